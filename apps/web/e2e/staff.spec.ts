import { expect, test } from '@playwright/test';
import { keepScreenshot, login, loginAndWait, signedInState } from './helpers';

test.describe('staff sign-in', () => {
  test('a reception officer signs in and sees her workspace', async ({ page }, testInfo) => {
    await loginAndWait(page, 'tiepnhan');
    const user = page.getByTestId('current-user');
    await expect(user).toContainText('Trần Thị Lan');
    await expect(user).toContainText('Công chức tiếp nhận');
    const menu = page.getByRole('menu');
    await expect(menu.getByText('Bàn làm việc')).toBeVisible();
    await expect(menu.getByText('Tiếp nhận hồ sơ')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Xin chào, Trần Thị Lan' })).toBeVisible();
    await expect(page.getByText('Toàn Trung tâm', { exact: true })).toBeVisible();
    await keepScreenshot(page, testInfo, 'workspace-tiepnhan');
  });

  test('a wrong password is refused in Vietnamese', async ({ page }) => {
    await login(page, 'tiepnhan', 'sai-mat-khau');
    await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expect(page).toHaveURL(/\/dang-nhap$/);
  });

  test('the staff area sends visitors without a session to the login page, and back after login', async ({ page }) => {
    await page.goto('/can-bo/nhat-ky');
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/can-bo\/nhat-ky$/);
    await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible();
  });
});

test.describe('a specialist', () => {
  test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'chuyenvien')) });

  test('sees no administration and is refused the admin pages', async ({ page }) => {
    await page.goto('/can-bo');
    const menu = page.getByRole('menu');
    await expect(menu.getByText('Hồ sơ cần xử lý')).toBeVisible();
    await expect(menu.getByText('Quản trị')).toHaveCount(0);
    await expect(menu.getByText('Nhật ký hệ thống')).toHaveCount(0);
    await expect(page.getByText('Cơ quan của tôi', { exact: true })).toBeVisible();
    await page.goto('/can-bo/quan-tri/co-quan');
    await expect(page.getByText('Không có quyền truy cập')).toBeVisible();
  });
});

test.describe('a records clerk', () => {
  test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'vanthu')) });

  test('signs out, which ends the session', async ({ page }) => {
    await page.goto('/can-bo');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await page.goto('/can-bo');
    await expect(page).toHaveURL(/\/dang-nhap$/);
  });
});

test.describe('the center leader', () => {
  test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'lanhdao')) });

  test('switches the interface to English', async ({ page }) => {
    await page.goto('/can-bo');
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('menu').getByText('My desk')).toBeVisible();
    await expect(page.getByTestId('current-user')).toContainText('Center leader');
  });
});
