import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFileSchema, STATUS_NOT_IN_FILE, type ProcedureFile } from '@mot-cua/contracts';
import { haiDuongAgencies } from '../../db/seed/haiduong-org';
import { catalogJson, parseCatalogJson, toDomainProcedures, toProcedureFiles, validateImport } from './catalog-import';
import { jsonSyntaxError } from './catalog-import-issues';
import { haiDuongProcedures } from './data/haiduong-procedures';
import { nationalCodeProblem } from './procedure';

const codeOfKey = new Map(haiDuongAgencies.map((a) => [a.key, a.code]));
// Two identifier codes were reused when a district became a town or city: a code means the agency valid today.
const keyOfCode = new Map(haiDuongAgencies.filter((a) => a.validTo === undefined).map((a) => [a.code, a.key]));
const knownKeys = new Set(haiDuongAgencies.map((a) => a.key));
const agencyCodeOf = (key: string) => codeOfKey.get(key)!;
const resolveAgency = (code: string) => keyOfCode.get(code);

const EXPORTED_AT = new Date('2026-01-15T02:00:00Z');
const demoFiles = () => toProcedureFiles(haiDuongProcedures, agencyCodeOf);
const demoJson = () => JSON.parse(catalogJson(demoFiles(), EXPORTED_AT)) as { procedures: Record<string, unknown>[] };

function importJson(text: string) {
  const parsed = parseCatalogJson(text);
  const validated = validateImport(parsed.procedures, resolveAgency, knownKeys, parsed.sourceRows);
  return { parsed, issues: [...parsed.issues, ...validated.issues], procedures: validated.procedures };
}

describe('the JSON round trip', () => {
  it('reads back the 75 demo procedures exactly, as drafts, with no issue', () => {
    const { parsed, issues, procedures } = importJson(catalogJson(demoFiles(), EXPORTED_AT));
    expect(issues).toEqual([]);
    expect(parsed.procedures).toStrictEqual(demoFiles());
    expect(procedures).toStrictEqual(haiDuongProcedures.map((p) => ({ ...p, status: 'DRAFT' })));
  });

  it('writes a file the documented schema accepts, with its format, version and time of export', () => {
    const text = catalogJson(demoFiles(), EXPORTED_AT);
    const file = catalogFileSchema.parse(JSON.parse(text));
    expect(file.format).toBe('mot-cua.catalog');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-01-15T02:00:00.000Z');
    expect(text).toContain('\n  "procedures": [\n');
    expect(text).not.toContain('"status"');
    expect(text).not.toContain('AgencyKey');
  });

  it('exports agencies by identifier code, steps by reference or by code', () => {
    const files = demoFiles();
    const p = files.find((f) => f.code === '2.001610')!;
    expect(p.decidingAgencyCode).toBe('000.00.05.H26');
    expect(p.receivingAgencyCode).toBe('000.01.01.H26');
    expect(p.coordinatingAgencyCodes).toEqual(['000.00.32.H26']);
    const stepAgencies = files.flatMap((f) => f.cases.flatMap((c) => c.steps.map((s) => s.agency)));
    expect(stepAgencies).toContainEqual({ code: '000.00.11.H26' });
    expect(stepAgencies).toContain('COORDINATING');
  });
});

describe('bad JSON files', () => {
  it('names the path of an unknown field, and still reads the other procedures', () => {
    const file = demoJson();
    (file.procedures[2]!.cases as Record<string, unknown>[])[0]!.legalTimeDays = 3;
    const { parsed } = importJson(JSON.stringify(file));
    expect(parsed.issues).toEqual([
      {
        sheet: 'JSON',
        row: 3,
        field: 'procedures[2].cases[0].legalTimeDays',
        code: 'SCHEMA',
        message: 'Trường "legalTimeDays" không thuộc định dạng tệp (tên trường phân biệt chữ hoa, chữ thường)',
      },
    ]);
    expect(parsed.procedures).toHaveLength(74);
  });

  it('names the right procedure after one left out for a schema problem', () => {
    const file = demoJson();
    (file.procedures[2]!.cases as Record<string, unknown>[])[0]!.legalTimeDays = 3;
    file.procedures[4]!.decidingAgencyCode = '000.00.99.H26';
    file.procedures[6]!.code = file.procedures[5]!.code;
    const { issues } = importJson(JSON.stringify(file));
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [3, 'procedures[2].cases[0].legalTimeDays', 'SCHEMA'],
      [5, 'procedures[4].decidingAgencyCode', 'UNKNOWN_AGENCY'],
      ...issues.slice(2, -1).map((i) => [7, i.field, i.code]),
      [7, 'procedures[6].code', 'DUPLICATE_CODE'],
    ]);
    expect(issues.at(-1)!.message).toContain('thủ tục thứ 6 trong tệp');
  });

  it('explains why a status is refused', () => {
    const file = demoJson();
    file.procedures[0]!.status = 'PUBLISHED';
    const { parsed } = importJson(JSON.stringify(file));
    expect(parsed.issues).toEqual([
      expect.objectContaining({ field: 'procedures[0].status', message: STATUS_NOT_IN_FILE }),
    ]);
  });

  it('reports wrong types, values and bounds in Vietnamese, one issue per field', () => {
    const file = demoJson();
    const p = file.procedures[0]!;
    p.level = 'TINH';
    p.decidingAgencyCode = 'Sở KH&ĐT';
    (p.checklist as Record<string, unknown>[])[0]!.copies = 101;
    ((p.cases as Record<string, unknown>[])[0]!.legalTime as Record<string, unknown>).amount = '3';
    const { parsed } = importJson(JSON.stringify(file));
    expect(parsed.issues.map((i) => [i.field, i.message])).toEqual([
      ['procedures[0].level', 'Cấp thực hiện phải là PROVINCE, DISTRICT hoặc COMMUNE'],
      ['procedures[0].decidingAgencyCode', 'Mã định danh phải có dạng 000.00.00.H26'],
      ['procedures[0].cases[0].legalTime.amount', 'Giá trị phải là một số, đang là chuỗi "3"'],
      ['procedures[0].checklist[0].copies', 'Giá trị tối đa là 100'],
    ]);
  });

  it('reports malformed JSON once, with the line and column', () => {
    const text =
      '{\n  "format": "mot-cua.catalog",\n  "version": 1,\n  "procedures": [\n    { "code": "1.001193", }\n  ]\n}';
    const { parsed } = importJson(text);
    expect(parsed.procedures).toEqual([]);
    expect(parsed.issues).toEqual([
      {
        sheet: 'JSON',
        row: 0,
        code: 'JSON_SYNTAX',
        message: 'Tệp không phải JSON hợp lệ ở dòng 5, cột 27: Dấu phẩy thừa trước "}"',
      },
    ]);
  });

  it('says when the file is not a catalog file at all', () => {
    const { parsed } = importJson(JSON.stringify({ format: 'other', version: 2, items: [] }));
    expect(parsed.issues.map((i) => i.field)).toEqual(['format', 'version', 'procedures', 'items']);
    expect(parsed.issues[0]!.message).toContain('không phải tệp danh mục thủ tục của Một Cửa');
    expect(parsed.issues.every((i) => i.row === 0)).toBe(true);
  });

  it('refuses more than 5,000 procedures with one issue', () => {
    const text = JSON.stringify({
      format: 'mot-cua.catalog',
      version: 1,
      procedures: Array.from({ length: 5_001 }, () => ({})),
    });
    const { parsed } = importJson(text);
    expect(parsed.procedures).toEqual([]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ sheet: 'JSON', row: 0, field: 'procedures', code: 'LIMIT' }),
    ]);
    expect(parsed.issues[0]!.message).toContain('5.001 thủ tục');
  });
});

describe('catalog rules on an import', () => {
  const edited = (change: (files: ProcedureFile[]) => void) => {
    const files = demoFiles();
    change(files);
    return validateImport(files, resolveAgency, knownKeys);
  };

  it('reports every problem, not the first: code format, unknown agency, steps that do not add up', () => {
    const { issues } = edited((files) => {
      files[0]!.code = '2.00161';
      delete files[0]!.localCode;
      files[0]!.cases[0]!.code = '2.00161.01';
      files[3]!.receivingAgencyCode = '000.00.99.H26';
      files[5]!.cases[0]!.steps[0]!.duration.amount = 0.25;
    });
    expect(issues).toEqual([
      {
        sheet: 'JSON',
        row: 1,
        field: 'procedures[0].code',
        code: 'CODE_FORMAT',
        message: nationalCodeProblem('2.00161'),
      },
      expect.objectContaining({
        sheet: 'JSON',
        row: 4,
        field: 'procedures[3].receivingAgencyCode',
        code: 'UNKNOWN_AGENCY',
      }),
      {
        sheet: 'JSON',
        row: 6,
        field: 'procedures[5].cases[0].steps',
        code: 'STEP_SUM',
        message: 'Tổng thời gian các bước 2,75 ngày làm việc, thời hạn luật định 3 ngày làm việc: thiếu 0,25 ngày',
      },
    ]);
  });

  it('names agencies by the code written in the file, not by internal key', () => {
    const { issues } = edited((files) => {
      const p = files.find((f) => f.cases.some((c) => c.steps.some((s) => typeof s.agency === 'object')))!;
      const step = p.cases.flatMap((c) => c.steps).find((s) => typeof s.agency === 'object')!;
      step.agency = { code: '000.00.16.H26' }; // Sở Y tế, known but not part of this procedure
    });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ code: 'STEP_AGENCY' });
    expect(issues[0]!.message).toContain('"000.00.16.H26"');
    expect(issues[0]!.message).not.toContain('so-y-te');
    // The coordinating agency whose step it was has no step left.
    expect(issues[1]).toMatchObject({ code: 'INTER_AGENCY' });
    expect(issues[1]!.message).toMatch(/"000\.00\.\d\d\.H26"/);
  });

  it('reports a code repeated in the file at its second occurrence', () => {
    const { issues } = edited((files) => {
      files[4] = { ...files[4]!, code: files[1]!.code, localCode: files[1]!.localCode, cases: files[1]!.cases };
    });
    expect(issues).toEqual([
      {
        sheet: 'JSON',
        row: 5,
        field: 'procedures[4].code',
        code: 'DUPLICATE_CODE',
        message: `Mã thủ tục ${demoFiles()[1]!.code} đã có ở thủ tục thứ 2 trong tệp`,
      },
    ]);
  });

  it('converts to drafts with agency keys, keeping an unknown code in place and reporting it', () => {
    const files = demoFiles().slice(0, 1);
    files[0]!.coordinatingAgencyCodes = ['000.00.77.H26'];
    const { procedures, issues } = toDomainProcedures(files, resolveAgency);
    expect(procedures[0]).toMatchObject({
      status: 'DRAFT',
      decidingAgencyKey: 'so-khdt',
      coordinatingAgencyKeys: ['000.00.77.H26'],
    });
    expect(issues).toEqual([
      expect.objectContaining({ field: 'procedures[0].coordinatingAgencyCodes[0]', code: 'UNKNOWN_AGENCY' }),
    ]);
  });

  it('resolves a reused code to the agency valid today', () => {
    const files = demoFiles().slice(0, 1);
    files[0]!.decidingAgencyCode = '000.00.21.H26';
    const { procedures } = toDomainProcedures(files, resolveAgency);
    expect(procedures[0]!.decidingAgencyKey).toBe('ubnd-tp-chi-linh');
  });
});

describe('JSON syntax errors', () => {
  it('agrees with JSON.parse on whether text is well formed', () => {
    const accepts = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', 'x', '{', '['))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        expect(jsonSyntaxError(text) === undefined).toBe(accepts(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('locates common hand-editing mistakes', () => {
    expect(jsonSyntaxError('{"a": 1 "b": 2}')).toMatchObject({
      line: 1,
      column: 9,
      message: 'Thiếu dấu phẩy (,) hoặc dấu đóng } trước """',
    });
    expect(jsonSyntaxError('{\n  "a": [1, 2,]\n}')).toMatchObject({ line: 2, column: 14 });
    expect(jsonSyntaxError("{'a': 1}")?.message).toContain('dấu nháy kép');
    expect(jsonSyntaxError('{"a": "x')).toMatchObject({
      offset: 6,
      message: 'Chuỗi mở bằng dấu " nhưng không có dấu " đóng',
    });
    expect(jsonSyntaxError('{"a": [')?.message).toBe('Tệp kết thúc khi còn thiếu một giá trị');
    expect(jsonSyntaxError('['.repeat(100_000))).toMatchObject({ offset: 100_000 });
  });
});
