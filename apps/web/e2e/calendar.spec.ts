import { expect, test } from '@playwright/test';
import { keepScreenshot, signedInState } from './helpers';

test.describe('calendar administration', () => {
  test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'admin')) });

  test('shows the official 2026 year with its Tết days, and 2027 as a draft', async ({ page }, testInfo) => {
    await page.goto('/can-bo');
    await page.getByRole('menu').getByText('Lịch làm việc').click();
    await expect(page).toHaveURL(/\/can-bo\/quan-tri\/lich$/);
    await page.goto('/can-bo/quan-tri/lich?nam=2026');
    await expect(page.getByText('Chính thức', { exact: true })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Nghỉ Tết Nguyên đán' })).toHaveCount(5);
    await expect(page.locator('tr[data-row-key="2026-02-17"]')).toContainText('Thứ Ba');
    await expect(page.locator('[data-date="2026-02-17"]')).toHaveClass(/day--off/);
    await expect(page.locator('[data-date="2026-01-10"]')).toHaveClass(/day--makeup/);
    await expect(page.locator('[data-date="2026-11-24"]')).toHaveClass(/day--pending/);
    await page.locator('[data-date="2026-02-17"]').click();
    await expect(page.getByTestId('day-detail')).toContainText('Ngày 1 tháng 1 năm Bính Ngọ');
    await page.keyboard.press('Escape');
    await keepScreenshot(page, testInfo, 'calendar-admin');

    await page.getByRole('button', { name: 'Năm sau' }).click();
    await expect(page).toHaveURL(/nam=2027/);
    await expect(page.getByRole('alert').filter({ hasText: 'Năm 2027 chưa có lịch nghỉ chính thức' })).toBeVisible();
    await expect(page.getByText('Dự thảo', { exact: true })).toBeVisible();
  });

  test('adds a make-up Saturday to 2030 and saves it with a reason', async ({ page }) => {
    await page.goto('/can-bo/quan-tri/lich?nam=2030');
    await expect(page.getByText('Dự thảo', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    const drawer = page.getByRole('dialog');
    const date = drawer.getByLabel('Ngày', { exact: true });
    await date.click();
    await date.fill('05/01/2030');
    await date.press('Enter');
    await expect(drawer.getByText('Thứ Bảy, 05/01/2030')).toBeVisible();
    await drawer.getByLabel('Lý do').fill('Làm bù cho ngày 31/12/2029');
    await drawer.getByLabel('Nguồn').fill('Thông báo thử nghiệm số 1/TB-BNV');
    await drawer.getByRole('button', { name: 'Cập nhật vào bản sửa' }).click();
    await expect(page.getByText('Có 1 ngày thay đổi chưa lưu.')).toBeVisible();
    await expect(page.locator('[data-date="2030-01-05"]')).toHaveClass(/day--makeup/);

    await page.getByRole('button', { name: 'Xem dự thảo theo luật' }).click();
    await expect(page.getByTestId('proposal-removed')).toContainText('Thứ Bảy, 05/01/2030');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('proposal-removed')).toHaveCount(0);

    await page.getByRole('button', { name: 'Lưu lịch năm' }).click();
    const modal = page.getByRole('dialog').filter({ hasText: 'Lưu lịch làm việc năm 2030' });
    await modal.getByRole('button', { name: 'Lưu lịch năm' }).click();
    await expect(modal.getByText('Hãy ghi lý do thay đổi (ít nhất 5 ký tự).')).toBeVisible();
    await modal.getByLabel('Lý do thay đổi').fill('Thử nhập ngày làm bù');
    await modal.getByRole('button', { name: 'Lưu lịch năm' }).click();
    await expect(page.getByText('Đã lưu lịch làm việc năm 2030.')).toBeVisible();
    await expect(page.getByText(/Cập nhật lúc/)).toBeVisible();
    await expect(page.getByText('Có 1 ngày thay đổi chưa lưu.')).toHaveCount(0);
  });

  test('keeps the due-date settings with their explanations', async ({ page }) => {
    await page.goto('/can-bo/quan-tri/lich?tab=thiet-lap');
    await expect(page.getByText('Hồ sơ tiếp nhận ngoài giờ hoặc vào ngày nghỉ')).toBeVisible();
    await expect(page.getByText(/Nghị định 61\/2018\/NĐ-CP Điều 19 khoản 9/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await expect(page.getByText('Hãy ghi lý do thay đổi (ít nhất 5 ký tự).')).toBeVisible();
  });
});

test.describe('a specialist', () => {
  test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'chuyenvien')) });

  test('has the due-date tool but not the calendar administration', async ({ page }) => {
    await page.goto('/can-bo');
    const menu = page.getByRole('menu');
    await expect(menu.getByText('Tính ngày hẹn trả')).toBeVisible();
    await expect(menu.getByText('Lịch làm việc')).toHaveCount(0);
    await page.goto('/can-bo/quan-tri/lich');
    await expect(page.getByText('Không có quyền truy cập')).toBeVisible();
  });
});
