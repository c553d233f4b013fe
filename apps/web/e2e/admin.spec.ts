import { expect, test } from '@playwright/test';
import { signedInState } from './helpers';

test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'admin')) });

test.describe('administration', () => {
  test('lists the agencies valid today, with demo codes flagged', async ({ page }) => {
    await page.goto('/can-bo');
    await page.getByRole('menu').getByText('Cơ quan', { exact: true }).click();
    await expect(page).toHaveURL(/\/can-bo\/quan-tri\/co-quan$/);
    const row = page.getByRole('row', { name: /Sở Tư pháp/ });
    await expect(row).toBeVisible();
    await expect(row).toContainText('000.00.04.H26');
    await expect(row).toContainText('mã demo');
    // A predecessor that ended in 2019 appears only with every period.
    await expect(page.getByText('Ủy ban nhân dân thị xã Chí Linh')).toHaveCount(0);
    await page.getByText('Tất cả các thời kỳ').click();
    await expect(page.getByText('Ủy ban nhân dân thị xã Chí Linh')).toBeVisible();
    await expect(page.getByRole('row', { name: /thị xã Chí Linh/ })).toContainText('28/02/2019');
  });

  test('edits the center phone and sees it saved (and on the portal)', async ({ page }) => {
    await page.goto('/can-bo/quan-tri/trung-tam');
    const phone = page.getByLabel('Điện thoại');
    await expect(phone).toHaveValue('0220 3 720 115');
    await phone.fill('0220 3 999 888');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu thông tin Trung tâm.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Điện thoại')).toHaveValue('0220 3 999 888');
    await page.goto('/');
    await expect(page.getByRole('link', { name: '0220 3 999 888' })).toBeVisible();
  });

  test('explains a bad e-mail next to the field instead of saving', async ({ page }) => {
    await page.goto('/can-bo/quan-tri/trung-tam');
    await page.getByLabel('Thư điện tử').fill('not-an-email');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Địa chỉ thư điện tử không hợp lệ.')).toBeVisible();
  });

  test('creates a counter for a department, and refuses a number already taken', async ({ page }) => {
    await page.goto('/can-bo/quan-tri/quay');
    await page.getByRole('button', { name: 'Thêm quầy' }).click();
    let drawer = page.getByRole('dialog');
    await drawer.getByLabel('Số quầy').fill('21');
    await drawer.getByLabel('Tên quầy').fill('Quầy 21 – Thử nghiệm');
    await drawer.getByLabel('Cơ quan tiếp nhận').fill('Tư pháp');
    await page.keyboard.press('Enter');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã thêm quầy.')).toBeVisible();
    const row = page.getByRole('row', { name: /Quầy 21 – Thử nghiệm/ });
    await expect(row).toContainText('Sở Tư pháp');
    await expect(row).toContainText('Khu A');

    await page.getByRole('button', { name: 'Thêm quầy' }).click();
    drawer = page.getByRole('dialog');
    await drawer.getByLabel('Số quầy').fill('21');
    await drawer.getByLabel('Tên quầy').fill('Quầy trùng số');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByRole('alert')).toContainText('đã tồn tại');
  });
});
