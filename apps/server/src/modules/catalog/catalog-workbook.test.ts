import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureFile } from '@mot-cua/contracts';
import { haiDuongAgencies } from '../../db/seed/haiduong-org';
import { toProcedureFiles, validateImport } from './catalog-import';
import { buildCatalogWorkbook, parseCatalogWorkbook } from './catalog-workbook';
import { GUIDE_SHEET_NAME, locateInWorkbook, SHEETS, type WorkbookSourceRows } from './catalog-workbook-layout';
import { haiDuongProcedures } from './data/haiduong-procedures';
import { nationalCodeProblem } from './procedure';

// Export maps key → code; import resolves a code to the agency valid today (two codes were reused after a
// district became a city or town: the version without validTo is the current one).
const codeOfKey = new Map(haiDuongAgencies.map((a) => [a.key, a.code]));
const keyOfCode = new Map(haiDuongAgencies.filter((a) => a.validTo === undefined).map((a) => [a.code, a.key]));
const knownKeys = new Set(haiDuongAgencies.map((a) => a.key));
const agencyCodeOf = (key: string) => codeOfKey.get(key)!;
const resolveAgency = (code: string) => keyOfCode.get(code);

const demoFiles = () => toProcedureFiles(haiDuongProcedures, agencyCodeOf);

async function importWorkbook(buffer: Buffer) {
  const parsed = await parseCatalogWorkbook(buffer);
  const validated = validateImport(parsed.procedures, resolveAgency, knownKeys, parsed.sourceRows);
  return { parsed, issues: [...parsed.issues, ...validated.issues], procedures: validated.procedures };
}

/** Opens a workbook, lets the test edit it as a user would in Excel, and saves it again. */
async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;

let demoWorkbook: Buffer;
beforeAll(async () => {
  demoWorkbook = await buildCatalogWorkbook(demoFiles());
});

describe('the workbook round trip', () => {
  it('reads back the 75 demo procedures exactly, as drafts, with no issue', async () => {
    const { parsed, issues, procedures } = await importWorkbook(demoWorkbook);
    expect(issues).toEqual([]);
    expect(parsed.procedures).toHaveLength(75);
    expect(procedures).toStrictEqual(haiDuongProcedures.map((p) => ({ ...p, status: 'DRAFT' })));
  });

  it('reads back the exchange files exactly (the file level, before agencies are resolved)', async () => {
    const parsed = await parseCatalogWorkbook(demoWorkbook);
    expect(parsed.procedures).toStrictEqual(demoFiles());
    expect(parsed.sourceRows).toHaveLength(75);
  });

  it('reads the empty template as no procedure and no issue', async () => {
    const parsed = await parseCatalogWorkbook(await buildCatalogWorkbook([]));
    expect(parsed.procedures).toEqual([]);
    expect(parsed.issues).toEqual([]);
  });
});

describe('the template', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildCatalogWorkbook([])) as never);
  });

  it('has the guide first, then one sheet per list, with Vietnamese names', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Hướng dẫn',
      'Thủ tục',
      'Trường hợp',
      'Quy trình',
      'Kênh nộp và phí',
      'Thành phần hồ sơ',
      'Kết quả',
      'Căn cứ pháp lý',
    ]);
  });

  it('has bold, frozen, filtered headers that name the English field in a comment', () => {
    for (const spec of SHEETS) {
      const ws = sheet(wb, spec.name);
      const header = ws.getRow(1);
      spec.columns.forEach((c, i) => {
        const cell = header.getCell(i + 1);
        expect(cell.value).toBe(c.header);
        expect(cell.font?.bold).toBe(true);
        const note = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('');
        expect(note).toContain(`Trường: ${c.key}`);
      });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
  });

  it('offers dropdowns on the enumerated columns', () => {
    const cases = sheet(wb, 'Trường hợp');
    expect(cases.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"WORKING_DAY,CALENDAR_DAY,WORKING_HOUR,SAME_DAY"'],
    });
    expect(sheet(wb, 'Quy trình').getCell('E500').dataValidation?.formulae?.[0]).toContain('RECEPTION_OFFICER');
    expect(sheet(wb, 'Thủ tục').getCell('M2').dataValidation?.formulae).toEqual(['"Có,Không"']);
  });

  it('lists the allowed values in the guide, with their Vietnamese labels', () => {
    const guide = sheet(wb, GUIDE_SHEET_NAME);
    const rows: string[] = [];
    guide.eachRow((row) => rows.push((row.values as unknown[]).filter((v) => typeof v === 'string').join(' | ')));
    const text = rows.join('\n');
    for (const expected of [
      'WORKING_DAY | Ngày làm việc',
      'SAME_DAY | Trong ngày',
      'ONLINE_FULL | Trực tuyến toàn trình',
      'RECEPTION_OFFICER | Công chức tiếp nhận',
      'COMMUNE | Cấp xã',
      'D-rec',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('problems reported by sheet, row and column', () => {
  it('points a malformed procedure code at Thủ tục row 3, column A', async () => {
    const files = demoFiles();
    const p = files[1]!;
    const bad = '2.00158';
    const renamed: ProcedureFile = {
      ...p,
      code: bad,
      cases: p.cases.map((c, i) => ({ ...c, code: `${bad}.0${i + 1}` })),
    };
    delete renamed.localCode;
    files[1] = renamed;
    const { issues } = await importWorkbook(await buildCatalogWorkbook(files));
    expect(issues).toEqual([
      {
        sheet: 'Thủ tục',
        row: 3,
        column: 'A',
        field: 'code',
        code: 'CODE_FORMAT',
        message: nationalCodeProblem(bad),
      },
    ]);
  });

  it('points an unknown agency code at its cell, in Thủ tục and in Quy trình', async () => {
    let stepRow = 0;
    const buffer = await edit(demoWorkbook, (wb) => {
      sheet(wb, 'Thủ tục').getCell('F2').value = '000.00.99.H26';
      const steps = sheet(wb, 'Quy trình');
      steps.eachRow((row, n) => {
        if (stepRow === 0 && row.getCell(6).value === codeOfKey.get('so-xay-dung')) stepRow = n;
      });
      steps.getCell(`F${stepRow}`).value = '000.00.98.H26';
    });
    const { issues } = await importWorkbook(buffer);
    expect(stepRow).toBeGreaterThan(1);
    expect(issues).toEqual([
      expect.objectContaining({
        sheet: 'Thủ tục',
        row: 2,
        column: 'F',
        field: 'decidingAgencyCode',
        code: 'UNKNOWN_AGENCY',
      }),
      expect.objectContaining({
        sheet: 'Quy trình',
        row: stepRow,
        column: 'F',
        field: 'agency',
        code: 'UNKNOWN_AGENCY',
      }),
    ]);
    expect(issues[0]!.message).toContain('"000.00.99.H26" (cơ quan giải quyết)');
    expect(issues[1]!.message).toContain('"000.00.98.H26" (cơ quan thực hiện bước)');
  });

  it('points steps that do not add up at every step row of the case, with the difference', async () => {
    // Demo procedure 1 (2.001610): five steps of 0.5 + 1 + 0.5 + 0.5 + 0.5 = 3 working days in rows 2–6.
    const buffer = await edit(demoWorkbook, (wb) => {
      sheet(wb, 'Quy trình').getCell('G4').value = '1,5'; // typed as text, with a decimal comma
    });
    const { issues } = await importWorkbook(buffer);
    expect(issues).toEqual([
      {
        sheet: 'Quy trình',
        row: 2,
        rows: [2, 3, 4, 5, 6],
        column: 'G',
        field: 'duration.amount',
        code: 'STEP_SUM',
        message: 'Tổng thời gian các bước 4 ngày làm việc, thời hạn luật định 3 ngày làm việc: thừa 1 ngày',
      },
    ]);
  });

  it('reports a cell it cannot read, and leaves that procedure out of the later checks', async () => {
    const buffer = await edit(demoWorkbook, (wb) => {
      sheet(wb, 'Trường hợp').getCell('D2').value = 'ba ngày';
      sheet(wb, 'Thủ tục').getCell('M3').value = 'Có thể';
      sheet(wb, 'Thủ tục').getCell('K4').value = '31/02/2019';
    });
    const { parsed, issues } = await importWorkbook(buffer);
    expect(issues).toEqual([
      expect.objectContaining({ sheet: 'Thủ tục', row: 3, column: 'M', code: 'INVALID_VALUE' }),
      expect.objectContaining({ sheet: 'Thủ tục', row: 4, column: 'K', code: 'INVALID_VALUE' }),
      expect.objectContaining({ sheet: 'Trường hợp', row: 2, column: 'D', code: 'INVALID_VALUE' }),
    ]);
    expect(issues[0]!.message).toBe('"Có thể" không hợp lệ: ghi Có hoặc Không (chấp nhận Y/N, x)');
    expect(issues[1]!.message).toContain('dd/MM/yyyy');
    expect(issues[2]!.message).toContain('"ba ngày" không phải là số');
    // No "steps do not add up" pile-up for the case whose time could not be read.
    expect(parsed.procedures).toHaveLength(72);
  });

  it('checks bounds and agency code formats with the exchange schema, at the cell', async () => {
    const buffer = await edit(demoWorkbook, (wb) => {
      sheet(wb, 'Thủ tục').getCell('G2').value = 'Sở Kế hoạch và Đầu tư';
      sheet(wb, 'Thành phần hồ sơ').getCell('D2').value = 500;
      sheet(wb, 'Kết quả').getCell('B4').value = '  ';
    });
    const { issues } = await importWorkbook(buffer);
    expect(issues).toEqual([
      expect.objectContaining({
        sheet: 'Thủ tục',
        row: 2,
        column: 'G',
        field: 'receivingAgencyCode',
        message: 'Mã định danh phải có dạng 000.00.00.H26',
      }),
      expect.objectContaining({ sheet: 'Thành phần hồ sơ', row: 2, column: 'D', message: 'Giá trị tối đa là 100' }),
      expect.objectContaining({ sheet: 'Kết quả', row: 4, column: 'B', message: 'Không được để trống' }),
    ]);
  });

  it('reports rows naming a procedure or a case that is not declared', async () => {
    const buffer = await edit(demoWorkbook, (wb) => {
      sheet(wb, 'Trường hợp').addRow(['9.999999', '9.999999.01', 'Trường hợp lạc', 1, 'WORKING_DAY']);
      sheet(wb, 'Quy trình').getCell('B2').value = '2.001610.09';
    });
    const { issues } = await importWorkbook(buffer);
    const cases = sheet(await loaded(buffer), 'Trường hợp');
    expect(issues).toEqual([
      expect.objectContaining({ sheet: 'Trường hợp', row: cases.rowCount, column: 'A', code: 'UNKNOWN_PROCEDURE' }),
      expect.objectContaining({ sheet: 'Quy trình', row: 2, column: 'B', code: 'UNKNOWN_CASE' }),
    ]);
    expect(issues[0]!.message).toContain('"9.999999" không có ở trang "Thủ tục"');
  });

  it('reports a procedure declared twice', async () => {
    const buffer = await edit(demoWorkbook, (wb) => {
      sheet(wb, 'Thủ tục').getCell('A3').value = '2.001610';
    });
    const { issues } = await importWorkbook(buffer);
    expect(issues).toContainEqual(
      expect.objectContaining({ sheet: 'Thủ tục', row: 3, column: 'A', code: 'DUPLICATE_CODE' }),
    );
  });
});

async function loaded(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  return wb;
}

describe('tolerance', () => {
  it('reads what Excel and people make of the values: numbers, yes/no words, dates, labels, order, blank rows', async () => {
    const buffer = await edit(demoWorkbook, (wb) => {
      const procedures = sheet(wb, 'Thủ tục');
      procedures.getCell('A2').value = 2.00161; // "2.001610" typed into a General cell
      procedures.getCell('K2').value = new Date(Date.UTC(2019, 2, 1)); // a real Excel date
      procedures.getCell('K3').value = '2019-03-01';
      procedures.getCell('K4').value = 43525; // the date serial of 01/03/2019
      procedures.getCell('M2').value = 'x';
      procedures.getCell('N2').value = 'N';
      procedures.getCell('O2').value = 'y';
      procedures.getCell('E2').value = 'cấp tỉnh';
      const cases = sheet(wb, 'Trường hợp');
      cases.getCell('D2').value = '3'; // a number stored as text
      cases.getCell('E2').value = 'Ngày làm việc';
      const steps = sheet(wb, 'Quy trình');
      // Rows of a case in another order: the order column decides.
      const [first, second] = [steps.getRow(2).values, steps.getRow(3).values] as unknown[][];
      steps.getRow(2).values = second!.slice(1) as ExcelJS.CellValue[];
      steps.getRow(3).values = first!.slice(1) as ExcelJS.CellValue[];
      steps.getCell('E4').value = 'Chuyên viên';
      steps.getCell('F4').value = 'cơ quan phối hợp';
      // Formatted but empty rows after the data.
      const last = steps.rowCount;
      for (let r = last + 1; r <= last + 20; r++) steps.getCell(`D${r}`).value = '   ';
    });
    const { issues, procedures } = await importWorkbook(buffer);
    expect(issues).toEqual([]);
    expect(procedures).toStrictEqual(haiDuongProcedures.map((p) => ({ ...p, status: 'DRAFT' })));
  });

  it('finds columns by their header, wherever they are', async () => {
    const buffer = await edit(demoWorkbook, (wb) => {
      const results = sheet(wb, 'Kết quả');
      results.spliceColumns(1, 0, []); // a new empty column A: everything moves one to the right
      results.getCell('D3').value = 'có lẽ';
    });
    const { issues } = await importWorkbook(buffer);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'Kết quả', row: 3, column: 'D', field: 'electronic' })]);
  });
});

describe('malformed files', () => {
  it('turns a file that is not a workbook into one clear issue', async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const parsed = await parseCatalogWorkbook(random);
    expect(parsed.procedures).toEqual([]);
    expect(parsed.issues).toEqual([expect.objectContaining({ sheet: '', row: 0, code: 'FILE_FORMAT' })]);
    expect(parsed.issues[0]!.message).toContain('không phải là bảng tính .xlsx');
  });

  it('turns a truncated workbook into one clear issue', async () => {
    const parsed = await parseCatalogWorkbook(demoWorkbook.subarray(0, 3000));
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'FILE_FORMAT' })]);
  });

  it('says so when the file is an old .xls', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const parsed = await parseCatalogWorkbook(xls);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'FILE_FORMAT' })]);
    expect(parsed.issues[0]!.message).toContain('.xls');
  });

  it('reports a workbook of another kind as one issue, not one per sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Họ tên', 'Ngày sinh']);
    const parsed = await parseCatalogWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'FILE_FORMAT' })]);
  });

  it('reports a missing sheet and wrong headers, and reads nothing', async () => {
    const buffer = await edit(demoWorkbook, (wb) => {
      wb.removeWorksheet(sheet(wb, 'Kết quả').id);
      sheet(wb, 'Quy trình').getCell('G1').value = 'Số ngày';
    });
    const parsed = await parseCatalogWorkbook(buffer);
    expect(parsed.procedures).toEqual([]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ sheet: 'Quy trình', row: 1, column: 'G', code: 'UNKNOWN_COLUMN' }),
      expect.objectContaining({ sheet: 'Quy trình', row: 1, field: 'duration.amount', code: 'MISSING_COLUMN' }),
      expect.objectContaining({ sheet: 'Kết quả', row: 0, code: 'MISSING_SHEET' }),
    ]);
  });

  it('reports a sheet without its header row once', async () => {
    const buffer = await edit(await buildCatalogWorkbook([]), (wb) => {
      sheet(wb, 'Căn cứ pháp lý').spliceRows(1, 1);
    });
    const parsed = await parseCatalogWorkbook(buffer);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ sheet: 'Căn cứ pháp lý', row: 1, code: 'MISSING_COLUMN' }),
    ]);
  });

  it(`refuses more than 5,000 procedures with one issue`, async () => {
    const buffer = await edit(await buildCatalogWorkbook([]), (wb) => {
      const ws = sheet(wb, 'Thủ tục');
      for (let i = 0; i < 5_001; i++) ws.addRow([`1.${String(i).padStart(6, '0')}`]);
    });
    const parsed = await parseCatalogWorkbook(buffer);
    expect(parsed.procedures).toEqual([]);
    expect(parsed.issues).toEqual([expect.objectContaining({ sheet: 'Thủ tục', row: 5_002, code: 'LIMIT' })]);
    expect(parsed.issues[0]!.message).toContain('5.000');
  });
});

describe('locating a path of a procedure in the workbook', () => {
  const columns = {} as WorkbookSourceRows['columns'];
  for (const spec of SHEETS) {
    (columns as Record<string, Record<string, string>>)[spec.key] = Object.fromEntries(
      spec.columns.map((c, i) => [c.key, String.fromCharCode(65 + i)]),
    );
  }
  const source: WorkbookSourceRows = {
    columns,
    row: 7,
    cases: [
      { row: 10, steps: [20, 21] },
      { row: 11, steps: [] },
    ],
    channels: [{ rows: [30, 31], fees: [30, 31] }],
    checklist: [40],
    results: [],
    legalBases: [50],
  };

  it('maps domain and file paths to the sheet, row and column to fix', () => {
    expect(locateInWorkbook(source, 'coordinatingAgencyKeys[1]')).toEqual({
      sheet: 'Thủ tục',
      row: 7,
      column: 'H',
      field: 'coordinatingAgencyCodes',
    });
    expect(locateInWorkbook(source, 'cases[0].legalTime')).toMatchObject({ sheet: 'Trường hợp', row: 10, column: 'D' });
    expect(locateInWorkbook(source, 'cases[0].steps[1].duration')).toMatchObject({
      sheet: 'Quy trình',
      row: 21,
      column: 'G',
    });
    expect(locateInWorkbook(source, 'cases[1].steps')).toEqual({ sheet: 'Trường hợp', row: 11 });
    expect(locateInWorkbook(source, 'channels[0].fees[1].amountVnd')).toMatchObject({
      sheet: 'Kênh nộp và phí',
      row: 31,
      column: 'G',
    });
    expect(locateInWorkbook(source, 'channels[0].time')).toMatchObject({ row: 30, column: 'C' });
    expect(locateInWorkbook(source, 'checklist[0].caseCodes')).toMatchObject({
      sheet: 'Thành phần hồ sơ',
      row: 40,
      column: 'I',
    });
    expect(locateInWorkbook(source, 'results')).toEqual({ sheet: 'Thủ tục', row: 7 });
    expect(locateInWorkbook(source, 'sources.fee')).toMatchObject({ sheet: 'Thủ tục', column: 'R' });
  });
});
