import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  demoApology,
  demoControlSheet,
  demoReceipt,
  demoRefusal,
  demoRegister,
  demoStopNotice,
  demoSupplementRequest,
} from './demo-views';
import {
  renderApologyPdf,
  renderControlSheetPdf,
  renderReceiptPdf,
  renderRefusalPdf,
  renderRegisterPdf,
  renderStopNoticePdf,
  renderSupplementRequestPdf,
} from './index';
import { renderPdf } from './pdf-render.io';

/**
 * Renders every form and reads it back with poppler (pdfinfo, pdftotext, pdfimages, pdffonts): page count and size,
 * the Vietnamese text as a reader would extract it, the embedded font and the QR image.
 */

const A5 = { width: 419.53, height: 595.28 };
const A4 = { width: 595.28, height: 841.89 };
const A4_LANDSCAPE = { width: A4.height, height: A4.width };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mot-cua-forms-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function save(pdf: Buffer): string {
  const file = path.join(dir, `form-${++counter}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

/** Extracted text with every run of whitespace as one space, so a phrase matches across a line wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface PdfFacts {
  pages: number;
  sizes: { width: number; height: number }[];
  text: string;
  pageText: (page: number) => string;
  images: number;
  fonts: string;
}

function inspect(pdf: Buffer): PdfFacts {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = save(pdf);
  const info = run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const perPage = run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  const sizes = [...perPage.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const imageList = run('pdfimages', ['-list', file]).split('\n').slice(2);
  return {
    pages,
    sizes,
    text: flat(run('pdftotext', [file, '-'])),
    pageText: (page) => flat(run('pdftotext', ['-f', String(page), '-l', String(page), file, '-'])),
    // Columns: page num type …; count the `image` rows, not their soft masks.
    images: imageList.filter((l) => l.trim().split(/\s+/)[2] === 'image').length,
    fonts: run('pdffonts', [file]),
  };
}

function expectPages(facts: PdfFacts, count: number, size: { width: number; height: number }) {
  expect(facts.pages).toBe(count);
  expect(facts.sizes).toHaveLength(count);
  for (const s of facts.sizes) {
    expect(s.width).toBeCloseTo(size.width, 1);
    expect(s.height).toBeCloseTo(size.height, 1);
  }
}

const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const CENTRE = ['UBND TỈNH HẢI DƯƠNG', 'TRUNG TÂM PHỤC VỤ', 'HÀNH CHÍNH CÔNG'];

function expectText(text: string, expected: string[]) {
  for (const s of expected) expect(text).toContain(s);
}

describe('Mẫu 01 receipt', () => {
  it('renders two A5 copies with the header, title, dossier code, dates, fee and QR', async () => {
    const facts = inspect(await renderReceiptPdf(demoReceipt('2018')));
    expectPages(facts, 2, A5);
    expectText(facts.text, [
      ...MOTTO,
      ...CENTRE,
      'Mẫu số 01',
      'Số: 0001/TTPVHCC',
      'Hải Dương, ngày 27 tháng 11 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ: 000.01.01.H26-261127-0001',
      '(Liên 1: Lưu)',
      '(Liên 2: Giao người nộp hồ sơ)',
      'NGUYỄN THỊ LAN',
      'Cấp Phiếu lý lịch tư pháp',
      'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
      '2. Số lượng hồ sơ: 01 (bộ)',
      '10 ngày làm việc',
      '09 giờ 32 phút, ngày 27/11/2026',
      '09 giờ 32 phút, ngày 11/12/2026',
      '200.000 đồng',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Văn Hùng',
    ]);
    // The lookup QR on each copy (one image object, drawn twice).
    expect(facts.images).toBe(2);
    // Tinos embedded as subsets, with ToUnicode maps (the `uni` column), so text extracts with its diacritics.
    expect(facts.fonts).toMatch(/Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(facts.fonts).toMatch(/Tinos-Bold/);
    expect(facts.fonts).toMatch(/Tinos-Italic/);
    // Each copy fits its own page: the signatures of copy 1 are on page 1.
    expectText(facts.pageText(1), ['(Liên 1: Lưu)', 'NGƯỜI TIẾP NHẬN HỒ SƠ', 'Nguyễn Thị Lan', 'Trần Văn Hùng']);
  });

  it('adds the personal identification number in the 2025 set, with a dotted leader when unknown', async () => {
    const view = demoReceipt('2025');
    const facts = inspect(
      await renderReceiptPdf({ ...view, applicant: { ...view.applicant, identityNumber: undefined }, copyLabels: [] }),
    );
    expectPages(facts, 1, A5);
    expect(facts.text).toContain('Số định danh cá nhân:');
    expect(facts.text).not.toContain('(Liên');
  });

  it('prints on A4 on request, still one page per copy', async () => {
    const facts = inspect(await renderReceiptPdf({ ...demoReceipt(), paper: 'A4', copyLabels: ['Liên 2: Giao'] }));
    expectPages(facts, 1, A4);
    expect(facts.images).toBe(1);
  });

  it('fits the electronic form with its organisation-signature box on one A5 page', async () => {
    const facts = inspect(await renderReceiptPdf({ ...demoReceipt('2025'), electronic: true, copyLabels: [] }));
    expectPages(facts, 1, A5);
    expect(facts.text).toContain('Chữ ký số của Tổ chức');
    expect(facts.text).toContain('(nếu là biểu mẫu điện tử)');
  });

  it('prints decomposed (NFD) input as composed Vietnamese', async () => {
    const view = demoReceipt();
    const facts = inspect(
      await renderReceiptPdf({
        ...view,
        applicant: { ...view.applicant, name: 'Nguyễn Thị Lan'.normalize('NFD') },
        procedureName: view.procedureName.normalize('NFD'),
      }),
    );
    expect(facts.text).toContain('NGUYỄN THỊ LAN');
    expect(facts.text).toContain('Cấp Phiếu lý lịch tư pháp');
  });

  it('renders the same view twice (a fresh definition per render)', async () => {
    const view = demoReceipt();
    const [a, b] = await Promise.all([renderReceiptPdf(view), renderReceiptPdf(view)]);
    expect(inspect(a).text).toBe(inspect(b).text);
  });
});

describe('Mẫu 02 supplement request', () => {
  it('lists every item with its reason and the guiding officer', async () => {
    const facts = inspect(await renderSupplementRequestPdf(demoSupplementRequest()));
    expectPages(facts, 1, A5);
    expectText(facts.text, [
      ...MOTTO,
      'Mẫu số 02',
      'Số: 0042/HDHS',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:',
      'Nội dung cần bổ sung, hoàn thiện',
      'Lý do',
      'Bổ sung bản sao có chứng thực Giấy khai sinh',
      'Người nộp hồ sơ không phải người yêu cầu cấp Phiếu',
      '0220 3 852 852',
      'NGƯỜI HƯỚNG DẪN',
    ]);
  });
});

describe('Mẫu 03 refusal', () => {
  it('states the reason and has both signers, without a number line', async () => {
    const facts = inspect(await renderRefusalPdf(demoRefusal()));
    expectPages(facts, 1, A5);
    expectText(facts.text, [
      ...MOTTO,
      'Mẫu số 03',
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      'LÊ VĂN ĐỨC',
      'không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
      'Ủy ban nhân dân cấp xã',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
    ]);
    expect(facts.text).not.toContain('Số:');
  });
});

describe('Mẫu 04 apology', () => {
  it('2018: A5 slip from the agency, with the new date, Nơi nhận and the signer', async () => {
    const facts = inspect(await renderApologyPdf(demoApology('2018')));
    expectPages(facts, 1, A5);
    expectText(facts.text, [
      'SỞ TƯ PHÁP',
      'Số: 15/PXL-STP',
      'Hải Dương, ngày 10 tháng 12 năm 2026',
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'Kính gửi: Ông/Bà NGUYỄN THỊ LAN',
      '09 giờ 32 phút, ngày 11/12/2026',
      'Thời gian hẹn trả kết quả lại: 09 giờ 30 phút, ngày 18/12/2026.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Vũ Thị Thanh Hương',
    ]);
  });

  it('2025: A4 letter with V/v line and the extension request', async () => {
    const facts = inspect(await renderApologyPdf(demoApology('2025')));
    expectPages(facts, 1, A4);
    expectText(facts.text, [
      'Số: 1520/STP-HCTP',
      'V/v xin lỗi và đề nghị gia hạn thời',
      'đề nghị gia hạn thời gian giải quyết hồ sơ',
      '030186004521',
      '000.01.01.H26-261127-0001',
      '18/12/2026',
    ]);
    expect(facts.text).not.toContain('PHIẾU XIN LỖI');
  });
});

describe('Mẫu 05 (2025) stop-processing notice', () => {
  it('is a Decree 30 notice with title, summary, grounds and signer', async () => {
    const facts = inspect(await renderStopNoticePdf(demoStopNotice()));
    expectPages(facts, 1, A4);
    expectText(facts.text, [
      ...MOTTO,
      'Mẫu số 05',
      'Số: 0007/TB-TTPVHCC',
      'THÔNG BÁO',
      'Về việc dừng giải quyết hồ sơ',
      'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;',
      'dừng giải quyết hồ sơ nêu trên kể từ ngày 03/12/2026',
      'Đỗ Minh Tuấn',
    ]);
  });

  it('does not exist in the 2018 set', async () => {
    await expect(renderStopNoticePdf({ ...demoStopNotice(), ruleSet: '2018' })).rejects.toThrow(/2025/);
  });
});

describe('control sheet (Mẫu 05 of 2018, Mẫu 06 of 2025)', () => {
  it('2018 on A5: one row per hand-over, header repeated on the next page, notes at the end', async () => {
    const facts = inspect(await renderControlSheetPdf(demoControlSheet('2018')));
    expectPages(facts, 2, A5);
    expectText(facts.text, [
      'Mẫu số 05',
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Kèm theo hồ sơ của: NGUYỄN THỊ LAN',
      'Cơ quan phối hợp giải quyết hồ sơ: Công an tỉnh Hải Dương',
      '14 giờ 10 phút, ngày 27/11/2026',
      'Người giao',
      'Người nhận',
      'Đúng hạn',
      'Trước hạn',
      'Quyết định số 45/2016/QĐ-TTg',
    ]);
    expect(facts.pageText(2)).toContain('THỜI GIAN GIAO, NHẬN HỒ SƠ');
  });

  it('2025 numbering and A4 on request', async () => {
    const facts = inspect(await renderControlSheetPdf({ ...demoControlSheet('2025'), paper: 'A4' }));
    expect(facts.sizes[0]).toEqual(A4);
    expect(facts.text).toContain('Mẫu số 06');
  });
});

describe('register (Mẫu 06 of 2018, Mẫu 07 of 2025)', () => {
  it('200 rows span several A4 landscape pages with the header rows repeated and pages numbered', async () => {
    const view = demoRegister('2018', 200);
    const facts = inspect(await renderRegisterPdf(view));
    expect(facts.pages).toBeGreaterThan(5);
    for (const s of facts.sizes) expect(s).toEqual(A4_LANDSCAPE);
    expectText(facts.pageText(1), [
      'Mẫu số 06',
      'SỔ THEO DÕI HỒ SƠ',
      'Quyển số: 01',
      'Từ ngày 01/11/2026 đến ngày 30/11/2026',
      'Ngày, tháng, năm',
      'Chuyển hồ',
    ]);
    for (let page = 2; page <= facts.pages; page++) {
      const text = facts.pageText(page);
      expectText(text, ['Mã hồ sơ', 'Tên TTHC', 'Ngày, tháng, năm', '(14)', String(page)]);
      expect(text).not.toContain('SỔ THEO DÕI HỒ SƠ');
    }
    // Every dossier is there exactly once, the last on the last page.
    // The code breaks after the unit part; pdftotext then drops the hyphen at the line end (its de-hyphenation).
    const codes = facts.text.match(/000\.01\.01\.H26-?\s?\d{6}-\d{4}/g) ?? [];
    expect(codes).toHaveLength(200);
    const last = view.rows.at(-1)!;
    expect(facts.pageText(facts.pages)).toContain(last.dossierCode.split('-').slice(1).join('-'));
  });

  it('2025 uses the 11-column set with the delivery method', async () => {
    const facts = inspect(await renderRegisterPdf(demoRegister('2025', 20)));
    expectText(facts.text, ['Mẫu số 07', 'Phương thức nhận', '(11)', 'Bưu chính', 'Trực tuyến']);
    expect(facts.text).not.toContain('(12)');
  });
});

describe('rendering engine', () => {
  it('refuses URLs and local files in a document definition (policies deny everything)', async () => {
    await expect(
      renderPdf(() => ({ content: [{ image: 'https://example.com/x.png' }], defaultStyle: { font: 'Tinos' } })),
    ).rejects.toThrow(/denied/i);
    await expect(
      renderPdf(() => ({ content: [{ image: '/etc/hostname' }], defaultStyle: { font: 'Tinos' } })),
    ).rejects.toThrow(/denied/i);
  });
});
