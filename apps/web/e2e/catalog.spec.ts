import { expect, test } from '@playwright/test';
import { keepScreenshot } from './helpers';

test.describe('the procedure catalog', () => {
  test('finds GPXD by its abbreviation and shows the papers to bring with their counts', async ({ page }, testInfo) => {
    await page.goto('/thu-tuc?q=gpxd');
    const link = page.getByRole('link', { name: /^Cấp giấy phép xây dựng mới công trình cấp đặc biệt/ });
    await expect(link).toBeVisible();
    await expect(page.getByText('4 thủ tục cho “gpxd”')).toBeVisible();
    await keepScreenshot(page, testInfo, 'catalog-search');

    await link.click();
    await expect(page).toHaveURL(/\/thu-tuc\/1\.013236$/);
    await expect(page.getByRole('heading', { level: 2, name: /^Cấp giấy phép xây dựng mới/ })).toBeVisible();
    const documents = page.getByTestId('document-list').getByRole('listitem');
    const application = documents.filter({ hasText: 'Đơn đề nghị cấp giấy phép xây dựng' });
    await expect(application).toContainText('Bản chính: 1');
    await expect(application).toContainText('Bản sao: 0');
    await expect(application).toContainText('Mẫu tại Phụ lục Thông tư số 15/2016/TT-BXD');
    await expect(documents.filter({ hasText: 'Bản sao giấy tờ hợp pháp về đất đai' })).toContainText('Bản sao: 1');
    await expect(page.getByText('Theo Nghị quyết HĐND tỉnh')).toBeVisible();
    await expect(page.getByText(/Một số thông tin là giá trị mẫu để minh họa/)).toBeVisible();
    await expect(page.getByText('Tầng 1, Thư viện tỉnh Hải Dương', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Giám đốc Sở ký giấy phép xây dựng')).toBeVisible();
  });

  test('prints the checklist on an A4 sheet', async ({ page }) => {
    await page.goto('/thu-tuc/1.013236');
    await page.getByRole('link', { name: 'In danh sách giấy tờ' }).click();
    await expect(page).toHaveURL(/\/thu-tuc\/1\.013236\/in$/);
    const sheet = page.getByTestId('print-sheet');
    await expect(sheet.getByRole('heading', { name: 'Danh sách giấy tờ cần chuẩn bị' })).toBeVisible();
    await expect(sheet).toContainText('Trung tâm Phục vụ hành chính công tỉnh Hải Dương');
    await expect(sheet).toContainText('Mã thủ tục: 1.013236');
    await expect(sheet).toContainText(/In ngày \d{2}\/\d{2}\/\d{4}/);
    await expect(sheet.getByRole('checkbox')).toHaveCount(5);
    await sheet.getByRole('checkbox').first().check();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'In' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test('corrects a typo, and suggests searches when nothing matches', async ({ page }) => {
    await page.goto('/thu-tuc?q=giay%20phep%20xay%20dunh');
    await expect(page.getByText('Kết quả gần đúng cho “giay phep xay dunh”')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Cấp giấy phép xây dựng/ }).first()).toBeVisible();

    await page.getByRole('searchbox').fill('qwertyuiop');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\?q=qwertyuiop$/);
    await expect(page.getByText('Không tìm thấy thủ tục nào cho “qwertyuiop”.')).toBeVisible();
    await page.getByRole('button', { name: 'Đăng ký khai sinh' }).click();
    await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' })).toBeVisible();
  });

  test('filters by online level, and pages through the catalog on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/thu-tuc');
    await page.getByRole('button', { name: /Bộ lọc/ }).click();
    await page.getByLabel('Mức độ trực tuyến').click();
    await page.getByTitle('Trực tuyến toàn trình').click();
    await expect(page).toHaveURL(/online=ONLINE_FULL/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ thủ tục$/);
    const tags = page.locator('.proc-item .ant-tag');
    await expect(tags.first()).toHaveText('Toàn trình');
    await expect(page.locator('.proc-item').filter({ hasText: 'Một phần' })).toHaveCount(0);
    await page.getByRole('listitem', { name: '2' }).click();
    await expect(page).toHaveURL(/page=2/);
  });
});
