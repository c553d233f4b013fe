import { expect, type Page, test } from '@playwright/test';
import { signedInState } from './helpers';

/** Types a dd/MM/yyyy date or an HH:mm time into an antd picker and commits it. */
async function typeInPicker(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test.describe('the due-date tool', () => {
  test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'tiepnhan')) });

  test('gives a reception officer the appointment: 27/10/2023 09:32 + 5 working days', async ({ page }) => {
    await page.goto('/can-bo');
    await page.getByRole('menu').getByText('Tính ngày hẹn trả').click();
    await expect(page).toHaveURL(/\/can-bo\/tinh-han$/);
    await typeInPicker(page, 'Ngày tiếp nhận', '27/10/2023');
    await typeInPicker(page, 'Giờ tiếp nhận', '09:32');
    await page.getByLabel('Thời hạn').fill('5');
    await page.getByRole('button', { name: 'Tính ngày hẹn' }).click();
    const result = page.getByTestId('due-result');
    await expect(result).toContainText('Thứ Sáu, 03/11/2023');
    await expect(result).toContainText('lúc 16:30');
    await expect(result).not.toContainText('Tính từ');

    // Received after closing time: counted from Monday's opening.
    await typeInPicker(page, 'Giờ tiếp nhận', '18:32');
    await page.getByRole('button', { name: 'Tính ngày hẹn' }).click();
    await expect(result).toContainText('Thứ Hai, 06/11/2023');
    await expect(result).toContainText('Tính từ Thứ Hai, 30/10/2023 lúc 07:00');
  });
});

test.describe('the public due-date tool', () => {
  test('warns when the period falls in a draft year, and counts working days with the days off', async ({ page }) => {
    await page.goto('/tinh-han?soNgay=5&donVi=WORKING_DAY');
    await typeInPicker(page, 'Ngày tiếp nhận', '03/02/2027');
    await typeInPicker(page, 'Giờ tiếp nhận', '08:00');
    await expect(page.getByLabel('Thời hạn')).toHaveValue('5');
    await page.getByRole('button', { name: 'Tính ngày hẹn' }).click();
    await expect(page.getByTestId('due-result')).toContainText('Tính theo lịch dự thảo');

    const from = page.getByPlaceholder('Từ ngày');
    await from.click();
    await from.fill('01/02/2026');
    await from.press('Enter');
    const to = page.getByPlaceholder('Đến ngày');
    await to.fill('01/03/2026');
    await to.press('Enter');
    await page.getByRole('button', { name: 'Đếm ngày làm việc' }).click();
    const counted = page.getByTestId('working-days-result');
    await expect(counted).toContainText('15 ngày làm việc');
    await expect(counted).toContainText('Thứ Ba, 17/02/2026');
    await expect(counted).toContainText('Nghỉ Tết Nguyên đán');
  });
});
