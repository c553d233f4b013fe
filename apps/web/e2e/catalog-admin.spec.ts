import { expect, type Page, test } from '@playwright/test';
import { apiAs, copyScreenshotToDocs, keepScreenshot, signedInState } from './helpers';

/**
 * The catalog administrator's work: a new procedure drafted, checked live (its steps must add up to the legal
 * time), published and found by citizens; renamed as version 2 with the change in its history; and the whole
 * catalog exported and imported back unchanged. The tests run in order on the same procedure.
 */
test.describe.configure({ mode: 'serial' });
test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'admin')) });

const CODE = '1.999101';
const NAME = 'Cấp giấy chứng nhận thử nghiệm Kỳ Lân';
const RENAMED = `${NAME} (sửa đổi)`;

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Thao tác với thủ tục' });

async function publish(page: Page, note: string) {
  await toolbar(page).getByRole('button', { name: 'Công bố' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Công bố phiên bản mới')).toBeVisible();
  await dialog.getByLabel('Nội dung thay đổi').fill(note);
  await dialog.getByRole('button', { name: 'Công bố' }).click();
}

test('creates a procedure, sees steps that do not add up, fixes them, publishes it, and citizens find it', async ({
  page,
}, testInfo) => {
  await page.goto('/can-bo');
  await page.getByRole('menu').getByText('Thủ tục hành chính').click();
  await expect(page).toHaveURL(/\/can-bo\/quan-tri\/thu-tuc$/);
  await expect(page.getByTestId('admin-procedures')).toContainText('Cấp bản sao Trích lục hộ tịch');
  await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/moi$/);

  // Thông tin chung: received at the center by default.
  await page.getByLabel('Mã thủ tục', { exact: true }).fill(CODE);
  await page.getByLabel('Tên thủ tục', { exact: true }).fill(NAME);
  await page.getByLabel('Lĩnh vực', { exact: true }).fill('Thử nghiệm');
  await page.getByLabel('Cơ quan giải quyết', { exact: true }).click();
  await page.getByLabel('Cơ quan giải quyết', { exact: true }).fill('Sở Tư pháp');
  await page.getByTitle('Sở Tư pháp (000.00.04.H26)').click();
  await expect(page.getByTestId('procedure-editor')).toContainText('Trung tâm Phục vụ hành chính công tỉnh Hải Dương');

  // Trường hợp & quy trình: the case code follows the procedure code; the sum is checked as the steps are typed.
  await tab(page, 'Trường hợp & quy trình');
  await expect(page.getByLabel('Mã trường hợp')).toHaveValue(`${CODE}.01`);
  await page.getByLabel('Tên trường hợp').fill('Trường hợp thông thường');
  await page.getByLabel('Thời hạn luật định của trường hợp 1').fill('3');
  await page.getByLabel('Nội dung bước 1').fill('Tiếp nhận, kiểm tra hồ sơ; chuyển Sở Tư pháp');
  await page.getByRole('button', { name: 'Thêm bước' }).click();
  await page.getByLabel('Nội dung bước 2').fill('Thẩm định hồ sơ, trình Lãnh đạo Sở ký');
  await page.getByLabel('Thời gian bước 2').fill('3');
  const sum = page.getByTestId('step-sum-0');
  await expect(sum).toHaveText(
    'Tổng thời gian các bước 4 ngày làm việc, thời hạn luật định 3 ngày làm việc: thừa 1 ngày.',
  );
  await expect(sum).toHaveClass(/step-sum--error/);
  await keepScreenshot(page, testInfo, 'catalog-admin', { fullPage: false });
  copyScreenshotToDocs('catalog-admin', 'catalog-admin');
  await page.getByLabel('Thời gian bước 2').fill('2');
  await expect(sum).toHaveText('Tổng thời gian các bước 3 ngày làm việc, khớp thời hạn luật định 3 ngày làm việc.');
  await expect(sum).toHaveClass(/step-sum--ok/);

  // Kênh nộp & phí: in person, as proposed. Thành phần hồ sơ: the id is made from the name.
  await tab(page, 'Kênh nộp & phí');
  await expect(page.getByTestId('channel-0')).toContainText('Trực tiếp');
  await tab(page, 'Thành phần hồ sơ');
  await page.getByRole('button', { name: 'Thêm thành phần' }).click();
  await page.getByLabel('Tên thành phần hồ sơ').fill('Tờ khai đề nghị cấp giấy chứng nhận');
  await page.getByLabel('Tên thành phần hồ sơ').blur();
  await expect(page.getByLabel('Mã thành phần')).toHaveValue('to-khai-de-nghi-cap-giay');
  await tab(page, 'Kết quả & căn cứ pháp lý');
  await page.getByRole('button', { name: 'Thêm kết quả' }).click();
  await page.getByLabel('Tên kết quả 1').fill('Giấy chứng nhận thử nghiệm');

  await publish(page, 'Công bố lần đầu (thử nghiệm)');
  await expect(page.getByText('Đã công bố phiên bản v1.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/can-bo/quan-tri/thu-tuc/${CODE.replace('.', '\\.')}$`));
  await expect(page.locator('.editor-head')).toContainText('Đã công bố');
  await expect(page.locator('.editor-head')).toContainText('Đang áp dụng v1');

  await page.goto('/thu-tuc?q=ky%20lan');
  await page.getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
  await expect(page.getByText('Thẩm định hồ sơ, trình Lãnh đạo Sở ký')).toBeVisible();
});

test('renames it, publishes version 2, and the history shows what changed', async ({ page }, testInfo) => {
  await page.goto('/can-bo/quan-tri/thu-tuc');
  await page.getByPlaceholder('Tìm theo mã, tên, lĩnh vực, cơ quan').fill('ky lan');
  const row = page.getByTestId('admin-procedures').getByRole('row').filter({ hasText: CODE });
  await expect(row).toContainText('Đã công bố');
  await expect(row.getByRole('link', { name: NAME })).toHaveAttribute(
    'href',
    new RegExp(`${CODE.replace('.', '\\.')}$`),
  );
  // Open the editor by its address: the list re-renders while the search settles, which can swallow a click.
  await page.goto(`/can-bo/quan-tri/thu-tuc/${CODE}`);
  await expect(page.getByTestId('procedure-editor')).toBeVisible();

  await page.getByLabel('Tên thủ tục', { exact: true }).fill(RENAMED);
  await expect(page.getByTestId('unsaved')).toBeVisible();
  await publish(page, 'Sửa tên theo văn bản thử nghiệm');
  await expect(page.getByText('Đã công bố phiên bản v2.')).toBeVisible();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);

  await tab(page, 'Lịch sử phiên bản');
  const versions = page.getByTestId('version-table').getByRole('row');
  await expect(versions.nth(1)).toContainText('v2');
  await expect(versions.nth(1)).toContainText('Đang áp dụng');
  await expect(versions.nth(1)).toContainText('Sửa tên theo văn bản thử nghiệm');
  await expect(versions.nth(2)).toContainText('Đã thay thế');
  const diff = page.getByTestId('version-diff');
  await expect(diff).toContainText('1 thay đổi từ v1 đến v2.');
  const change = diff.getByRole('row').filter({ hasText: 'Tên thủ tục' });
  await expect(change).toContainText(NAME);
  await expect(change).toContainText(RENAMED);
  await keepScreenshot(page, testInfo, 'catalog-admin-history', { fullPage: false });
});

test('does not overwrite a change another administrator saved meanwhile', async ({ page, baseURL }) => {
  await page.goto(`/can-bo/quan-tri/thu-tuc/${CODE}`);
  await expect(page.getByTestId('procedure-editor')).toBeVisible();
  await page.getByLabel('Tên thủ tục', { exact: true }).fill(`${RENAMED} — bản của tôi`);

  // Another administrator saves a draft of the same procedure first.
  const other = await apiAs(baseURL, 'admin');
  const url = `/api/admin/catalog/procedures/${CODE}`;
  const current = (await (await other.get(url)).json()) as { procedure: Record<string, unknown> };
  const theirs = await other.put(`${url}/draft`, { data: { ...current.procedure, name: `${RENAMED} — bản khác` } });
  expect(theirs.status()).toBe(200);

  await toolbar(page).getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByTestId('procedure-issues')).toContainText(
    /Thủ tục 1\.999101 đã được thay đổi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}, sau khi bạn mở/,
  );
  // Their draft is intact; it is discarded so the next test starts from the published version.
  expect(((await (await other.get(url)).json()) as { procedure: { name: string } }).procedure.name).toBe(
    `${RENAMED} — bản khác`,
  );
  expect((await other.delete(`${url}/draft`)).status()).toBe(204);
  await other.dispose();
});

test('exports the catalog as JSON and imports it back: every procedure unchanged', async ({
  page,
  baseURL,
}, testInfo) => {
  const admin = await apiAs(baseURL, 'admin');
  const { total } = (await (await admin.get('/api/admin/catalog/procedures')).json()) as { total: number };
  await admin.dispose();

  await page.goto('/can-bo/quan-tri/thu-tuc');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Xuất JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^danh-muc-thu-tuc-\d{8}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/nhap-tu-tep$/);
  const apply = page.getByRole('button', { name: /Nhập$/ });
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('import-chosen')).toContainText('Tệp JSON');
  await expect(apply).toBeDisabled();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();

  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Tệp hợp lệ: có thể nhập');
  await expect(result.locator('.ant-statistic').filter({ hasText: 'Không thay đổi' })).toContainText(String(total));
  await expect(result.locator('.ant-statistic').filter({ hasText: 'Thủ tục mới' })).toContainText('0');
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(result).toContainText('Đã nhập: 0 thủ tục mới, 0 thủ tục cập nhật');
  await expect(apply).toBeDisabled();
  const procedures = page.getByTestId('import-procedures');
  await expect(procedures.getByRole('row').nth(1)).toContainText('Không thay đổi');
  await expect(procedures.getByText('Mới', { exact: true })).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'catalog-import', { fullPage: false });
});
