import { expect, test } from '@playwright/test';
import { keepScreenshot } from './helpers';

test.describe('public portal', () => {
  test('shows the center, its office hours and its agencies without login', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Trung tâm Phục vụ hành chính công tỉnh Hải Dương' }),
    ).toBeVisible();
    await expect(page.getByText('Mùa hè (01/4 – 31/10)')).toBeVisible();
    await expect(page.getByText('07:00 – 11:30')).toBeVisible();
    await expect(page.getByText('Sở Tư pháp', { exact: true })).toBeVisible();
    await expect(page.getByText('Công an tỉnh Hải Dương')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Đăng nhập cán bộ' })).toBeVisible();
    await keepScreenshot(page, testInfo, 'portal-home');
  });

  test('sends a procedure search to the catalog, which finds it', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('searchbox')
      .or(page.getByPlaceholder(/Nhập tên thủ tục/))
      .first()
      .fill('lý lịch tư pháp');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page).toHaveURL(/\/thu-tuc\?q=l%C3%BD/);
    await expect(page.getByRole('searchbox')).toHaveValue('lý lịch tư pháp');
    await expect(page.getByRole('link', { name: /^Cấp Phiếu lý lịch tư pháp/ })).toBeVisible();
  });

  test('opens the catalog from the quick link', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Dịch vụ thường dùng' })
      .getByRole('link', { name: /Thủ tục hành chính/ })
      .click();
    await expect(page).toHaveURL(/\/thu-tuc$/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ thủ tục$/);
  });
});
