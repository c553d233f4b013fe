// exceljs is CommonJS: Node's ESM loader sees only its default export.
import ExcelJS, {
  type Cell,
  type CellValue,
  type DataValidation,
  type Row,
  type Workbook,
  type Worksheet,
} from 'exceljs';
import {
  MAX_IMPORT_PROCEDURES,
  MAX_IMPORT_ROWS_PER_SHEET,
  procedureFileSchema,
  type ChannelOfferFile,
  type ChecklistItemFile,
  type DurationFile,
  type ImportIssue,
  type LegalBasisFile,
  type ProcedureCaseFile,
  type ProcedureFile,
  type ProcessStepFile,
  type ResultTypeFile,
} from '@mot-cua/contracts';
import { schemaProblems } from './catalog-import-issues';
import {
  CHANNEL_CHOICES,
  choiceList,
  columnLetter,
  GUIDE_SHEET_NAME,
  LEVEL_CHOICES,
  locatedIssue,
  ROLE_CHOICES,
  RULE_SET_CHOICES,
  SHEET_NAMES,
  SHEETS,
  SOURCE_TAG_CHOICES,
  STEP_AGENCY_CHOICES,
  UNIT_CHOICES,
  YES_NO,
  type Choice,
  type SheetKey,
  type SheetSpec,
  type WorkbookColumns,
  type WorkbookSourceRows,
} from './catalog-workbook-layout';

/**
 * The .xlsx template departments fill to send their procedures, and its reader. One sheet per list of the
 * procedure (cases, steps, channels and fees, documents, results, legal bases), linked by the procedure code, so
 * that a department can fill it row by row without nesting. Headers are matched by name, not position, so columns
 * may be reordered; every issue names the sheet, the row as Excel numbers it and the column letter.
 * The layout (sheets, columns, accepted values) is in catalog-workbook-layout.ts.
 */

// ---------------------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------------------

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
/** Dropdowns reach this many rows below the data, so that new rows get them too. */
const VALIDATION_SPARE_ROWS = 1_000;

const yesNo = (b: boolean | undefined) => (b === undefined ? null : b ? 'Có' : 'Không');

/** `2019-03-01` → `01/03/2019`, the way dates are written in Vietnam. */
function vietnameseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

type RowValues = Record<string, string | number | null>;

function procedureRows(procedures: readonly ProcedureFile[]): Record<SheetKey, RowValues[]> {
  const out: Record<SheetKey, RowValues[]> = {
    procedures: [],
    cases: [],
    steps: [],
    channels: [],
    checklist: [],
    results: [],
    legalBases: [],
  };
  for (const p of procedures) {
    out.procedures.push({
      code: p.code,
      localCode: p.localCode ?? null,
      name: p.name,
      field: p.field,
      level: p.level,
      decidingAgencyCode: p.decidingAgencyCode,
      receivingAgencyCode: p.receivingAgencyCode,
      coordinatingAgencyCodes: p.coordinatingAgencyCodes.join('; ') || null,
      decidingBodyNote: p.decidingBodyNote ?? null,
      ruleSet: p.ruleSet,
      effectiveFrom: vietnameseDate(p.effectiveFrom),
      effectiveTo: p.effectiveTo === null ? null : vietnameseDate(p.effectiveTo),
      receivedAtCenter: yesNo(p.receivedAtCenter),
      processedWhollyAtCenter: yesNo(p.processedWhollyAtCenter),
      interAgency: yesNo(p.interAgency),
      'sources.code': p.sources.code,
      'sources.time': p.sources.time,
      'sources.fee': p.sources.fee,
      'sources.docs': p.sources.docs,
      notes: p.notes?.join('\n') || null,
      relatedCodes: p.relatedCodes?.map((r) => (r.note ? `${r.code}: ${r.note}` : r.code)).join('\n') || null,
      seedRow: p.seedRow ?? null,
      seedSrc: p.seedSrc ?? null,
    });
    for (const c of p.cases) {
      out.cases.push({
        procedureCode: p.code,
        code: c.code,
        name: c.name,
        'legalTime.amount': c.legalTime.amount,
        'legalTime.unit': c.legalTime.unit,
        sameDayCutoff: c.sameDayCutoff ?? null,
        note: c.note ?? null,
      });
      for (const s of c.steps) {
        out.steps.push({
          procedureCode: p.code,
          caseCode: c.code,
          order: s.order,
          name: s.name,
          role: s.role,
          agency: typeof s.agency === 'string' ? s.agency : s.agency.code,
          'duration.amount': s.duration.amount,
          'duration.unit': s.duration.unit,
        });
      }
    }
    for (const ch of p.channels) {
      const channelCells = {
        procedureCode: p.code,
        channel: ch.channel,
        'time.amount': ch.time?.amount ?? null,
        'time.unit': ch.time?.unit ?? null,
        note: ch.note ?? null,
      };
      if (ch.fees.length === 0) out.channels.push(channelCells);
      ch.fees.forEach((f, i) => {
        // The channel's own time and note are written once, on its first row, so that there is one place to edit.
        const head = i === 0 ? channelCells : { procedureCode: p.code, channel: ch.channel };
        out.channels.push({
          ...head,
          'fee.name': f.name,
          'fee.amountVnd': f.amountVnd,
          'fee.basis': f.basis,
          'fee.perUnit': f.perUnit ?? null,
          'fee.caseCode': f.caseCode ?? null,
          'fee.note': f.note ?? null,
        });
      });
    }
    for (const item of p.checklist) {
      out.checklist.push({
        procedureCode: p.code,
        id: item.id,
        name: item.name,
        originals: item.originals,
        copies: item.copies,
        required: yesNo(item.required),
        formTemplate: item.formTemplate ?? null,
        eForm: yesNo(item.eForm),
        caseCodes: item.caseCodes?.join('; ') ?? null,
        note: item.note ?? null,
      });
    }
    for (const r of p.results)
      out.results.push({ procedureCode: p.code, name: r.name, electronic: yesNo(r.electronic) });
    for (const l of p.legalBases) out.legalBases.push({ procedureCode: p.code, code: l.code, name: l.name });
  }
  return out;
}

/** exceljs keeps data validations in a model its typings do not declare; a range address is written as one rule. */
function addValidation(ws: Worksheet, range: string, validation: DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations.add(
    range,
    validation,
  );
}

function writeDataSheet(wb: Workbook, spec: SheetSpec, rows: readonly RowValues[]): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1, activeCell: 'B2' }] });
  ws.columns = spec.columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.kind === 'vnd' ? { numFmt: '#,##0' } : c.kind ? {} : { numFmt: '@' },
  }));
  const header = ws.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.note = `Trường: ${c.key}${c.required ? ' (bắt buộc)' : ''}\n${c.hint}${c.example ? `\nVí dụ: ${c.example}` : ''}`;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.numFmt = 'General';
  });
  header.height = 45;
  for (const values of rows) ws.addRow(values);
  const last = columnLetter(spec.columns.length);
  ws.autoFilter = `A1:${last}1`;
  const lastRow = rows.length + 1 + VALIDATION_SPARE_ROWS;
  spec.columns.forEach((c, i) => {
    if (!c.choices) return;
    const letter = columnLetter(i + 1);
    addValidation(ws, `${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.choices.map((x) => x.code).join(',')}"`],
      showErrorMessage: c.strict === true,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: `Giá trị được chấp nhận: ${c.choices.map((x) => x.code).join(', ')}`.slice(0, 255),
    });
  });
  for (let r = 2; r <= rows.length + 1; r++) ws.getRow(r).alignment = { vertical: 'top', wrapText: true };
}

function writeGuide(wb: Workbook): void {
  const ws = wb.addWorksheet(GUIDE_SHEET_NAME);
  ws.columns = [
    { width: 20 },
    { width: 8 },
    { width: 30 },
    { width: 26 },
    { width: 10 },
    { width: 70 },
    { width: 28 },
  ].map((c) => ({ ...c, style: { alignment: { vertical: 'top', wrapText: true } } }));
  const paragraph = (text: string, font: Partial<Cell['font']> = {}) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 7);
    row.getCell(1).font = font;
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    // Merged cells do not grow with their text: give long paragraphs room for their lines.
    row.height = Math.max(15, Math.ceil(text.length / 150) * 15);
  };
  const heading = (text: string) => {
    ws.addRow([]);
    paragraph(text, { bold: true, size: 12 });
  };
  const tableHeader = (values: string[]) => {
    const row = ws.addRow(values);
    row.font = { bold: true };
    row.eachCell((cell) => (cell.fill = HEADER_FILL));
  };

  paragraph('Mẫu nhập danh mục thủ tục hành chính — Một Cửa', { bold: true, size: 14 });
  paragraph(
    'Tệp này dùng để gửi danh mục thủ tục của sở, ngành cho Trung tâm Phục vụ hành chính công. Mỗi trang tính là một danh sách; các trang nối với nhau bằng mã thủ tục (và mã trường hợp).',
  );
  heading('Cách điền');
  for (const line of [
    '1. Trang "Thủ tục": mỗi dòng một thủ tục. Các trang còn lại: mỗi dòng một phần của thủ tục, ghi mã thủ tục ở cột đầu.',
    '2. Không đổi tên trang tính và tiêu đề cột ở dòng 1 (được đổi thứ tự cột). Di chuột vào tiêu đề để xem tên trường và cách ghi.',
    '3. Cơ quan ghi bằng mã định danh (dạng 000.00.00.H26), không ghi tên. Nhiều mã trong một ô: cách nhau bởi dấu chấm phẩy (;).',
    '4. Ngày ghi dd/MM/yyyy (01/03/2019) hoặc YYYY-MM-DD (2019-03-01). Có/Không ghi "Có" hoặc "Không" (chấp nhận Y/N, x).',
    '5. Số thập phân được dùng dấu phẩy hoặc dấu chấm (7,5 hoặc 7.5). Mức thu ghi số đồng; để trống nếu mức thu theo Nghị quyết của HĐND tỉnh.',
    '6. Tổng thời gian các bước ở trang "Quy trình" của mỗi trường hợp phải bằng đúng thời hạn giải quyết của trường hợp đó (1 ngày làm việc = 8 giờ làm việc; ngày theo lịch chỉ cộng với ngày theo lịch).',
    '7. Khi nhập, hệ thống kiểm tra toàn bộ tệp trước: nếu có bất kỳ lỗi nào thì không ghi gì cả và trả về danh sách lỗi theo trang, dòng và cột. Thủ tục nhập vào là bản nháp; việc công bố làm riêng.',
    `8. Tối đa ${MAX_IMPORT_PROCEDURES.toLocaleString('vi-VN')} thủ tục và ${MAX_IMPORT_ROWS_PER_SHEET.toLocaleString('vi-VN')} dòng mỗi trang trong một lần nhập.`,
  ]) {
    paragraph(line);
  }

  heading('Giá trị được chấp nhận (ghi mã; tên tiếng Việt cũng được chấp nhận)');
  tableHeader(['Danh mục', '', 'Mã', 'Ý nghĩa']);
  const vocab: [string, readonly Choice[]][] = [
    ['Đơn vị thời hạn', UNIT_CHOICES],
    ['Cách thức nộp', CHANNEL_CHOICES],
    ['Vai trò', ROLE_CHOICES],
    ['Cơ quan thực hiện bước', STEP_AGENCY_CHOICES],
    ['Cấp thực hiện', LEVEL_CHOICES],
    ['Bộ quy định', RULE_SET_CHOICES],
    ['Nhãn nguồn', SOURCE_TAG_CHOICES],
    ['Có/Không', YES_NO.map((c) => ({ ...c, label: `Chấp nhận cả: ${c.aliases!.join(', ')}` }))],
  ];
  for (const [name, choices] of vocab) {
    choices.forEach((c, i) => ws.addRow([i === 0 ? name : '', '', c.code, c.label]));
  }

  heading('Các trang và cột');
  tableHeader(['Trang', 'Cột', 'Tiêu đề', 'Tên trường', 'Bắt buộc', 'Cách ghi', 'Ví dụ']);
  for (const spec of SHEETS) {
    ws.addRow([spec.name, '', `Mỗi dòng: ${spec.row}`]).font = { italic: true };
    spec.columns.forEach((c, i) => {
      const hint = c.choices ? `${c.hint}. Giá trị: ${choiceList(c.choices)}` : c.hint;
      ws.addRow([spec.name, columnLetter(i + 1), c.header, c.key, c.required ? 'Có' : '', hint, c.example]);
    });
  }
}

/**
 * The .xlsx workbook of `procedures`, in the template's layout; `buildCatalogWorkbook([])` is the empty template.
 * `generatedAt` stamps the file's properties (exceljs would otherwise use the current time).
 */
export async function buildCatalogWorkbook(
  procedures: readonly ProcedureFile[],
  options: { generatedAt?: Date } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Một Cửa';
  if (options.generatedAt) {
    wb.created = options.generatedAt;
    wb.modified = options.generatedAt;
  }
  writeGuide(wb);
  const rows = procedureRows(procedures);
  for (const spec of SHEETS) writeDataSheet(wb, spec, rows[spec.key]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

/** Larger files are refused before they are unzipped (the HTTP layer may set a lower limit). */
export const MAX_WORKBOOK_BYTES = 30 * 1024 * 1024;
/** Loader guards against a crafted file: rows and cells beyond these stop reading (real files stay far below). */
const LOAD_MAX_ROWS = MAX_IMPORT_ROWS_PER_SHEET * 2;
const LOAD_MAX_COLUMNS = 300;

export interface WorkbookParseResult {
  procedures: ProcedureFile[];
  issues: ImportIssue[];
  /** `sourceRows[i]` is where `procedures[i]` was read; pass it to `validateImport` to locate later issues. */
  sourceRows: WorkbookSourceRows[];
}

type Scalar = string | number | boolean | Date | null;

const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function matchChoice(choices: readonly Choice[], raw: string): string | undefined {
  const wanted = normalize(raw);
  for (const c of choices) {
    // A label's explanation in brackets need not be typed: "Cơ quan phối hợp" for "Cơ quan phối hợp (khi …)".
    const short = c.label.replace(/\s*\(.*\)$/, '');
    if ([c.code, c.label, short, ...(c.aliases ?? [])].some((x) => normalize(x) === wanted)) return c.code;
  }
  return undefined;
}

/** `d-rec+e` → `D-rec+E`: tags typed in another case. Anything else is left for the schema to explain. */
function canonicalSourceTag(raw: string): string {
  const parts = raw
    .split('+')
    .map((p) => SOURCE_TAG_CHOICES.find((c) => c.code.toLowerCase() === p.trim().toLowerCase())?.code);
  return parts.every((p) => p !== undefined) ? parts.join('+') : raw;
}

function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel's day 0 in the 1900 date system (with its 1900 leap-year bug accounted for from March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

interface SheetContext {
  spec: SheetSpec;
  /** Column number by field key. */
  columns: Map<string, number>;
  letters: Record<string, string>;
  issues: ImportIssue[];
}

/** Reads one row's cells by field key, converting tolerantly and recording an issue for each unreadable cell. */
class RowReader {
  /** An unreadable or missing value was reported: the row's procedure is left out of later checks. */
  failed = false;

  constructor(
    private readonly ctx: SheetContext,
    private readonly row: Row,
    readonly rowNumber: number,
  ) {}

  report(key: string, code: string, message: string): void {
    this.failed = true;
    this.ctx.issues.push({
      sheet: this.ctx.spec.name,
      row: this.rowNumber,
      column: this.ctx.letters[key],
      field: key,
      code,
      message,
    });
  }

  private header(key: string): string {
    return this.ctx.spec.columns.find((c) => c.key === key)?.header ?? key;
  }

  private missing(key: string): undefined {
    this.report(
      key,
      'REQUIRED',
      `Chưa ghi "${this.header(key)}": ${this.ctx.spec.columns.find((c) => c.key === key)?.hint ?? ''}`,
    );
    return undefined;
  }

  scalar(key: string): Scalar {
    const col = this.ctx.columns.get(key);
    if (col === undefined) return null;
    const value = unwrap(this.row.getCell(col).value);
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      this.report(key, 'INVALID_VALUE', `Ô có lỗi ${value.error}: ghi giá trị thay cho công thức lỗi`);
      return null;
    }
    if (typeof value === 'string') {
      const s = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
      return s === '' ? null : s;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return null;
    return value;
  }

  isBlank(keys: readonly string[]): boolean {
    return keys.every((k) => this.peek(k) === null);
  }

  /** The value without reporting anything (for deciding whether a group of cells is filled). */
  private peek(key: string): unknown {
    const col = this.ctx.columns.get(key);
    if (col === undefined) return null;
    const v = unwrap(this.row.getCell(col).value);
    return typeof v === 'string' && v.trim() === '' ? null : v;
  }

  text(key: string, required = false): string | undefined {
    const v = this.scalar(key);
    if (v === null) return required ? this.missing(key) : undefined;
    if (v instanceof Date) {
      this.report(
        key,
        'INVALID_VALUE',
        `Excel đã đổi ô "${this.header(key)}" thành ngày tháng: định dạng ô là Văn bản (Text) rồi ghi lại giá trị`,
      );
      return undefined;
    }
    return String(v);
  }

  /** A national procedure code: a number cell (1.00119 for 1.001190) is read back with its six decimals. */
  code(key: string, required = false): string | undefined {
    const v = this.scalar(key);
    if (typeof v === 'number' && v > 0 && v < 7 && Number(v.toFixed(6)) === v) return v.toFixed(6);
    return this.text(key, required);
  }

  number(key: string, required = false): number | undefined {
    const v = this.scalar(key);
    if (v === null) return required ? this.missing(key) : undefined;
    if (typeof v === 'number') return v;
    const s = String(v).replace(/\s/g, '');
    if (typeof v === 'string' && /^\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
    this.report(
      key,
      'INVALID_VALUE',
      `"${describe(v)}" không phải là số: ghi một số, có thể có phần thập phân (ví dụ 7,5)`,
    );
    return undefined;
  }

  integer(key: string, required = false): number | undefined {
    const v = this.scalar(key);
    if (v === null) return required ? this.missing(key) : undefined;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
    this.report(key, 'INVALID_VALUE', `"${describe(v)}" không phải là số nguyên: ghi một số nguyên không âm (ví dụ 1)`);
    return undefined;
  }

  /** Đồng: an integer, with or without thousands separators or a currency word; blank means "set elsewhere". */
  vnd(key: string): number | null | undefined {
    const v = this.scalar(key);
    if (v === null) return null;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string') {
      const s = v.replace(/\s*(đồng|đ|vnđ|vnd)\.?$/i, '').trim();
      if (/^\d+$/.test(s) || /^\d{1,3}([.,\s]\d{3})+$/.test(s)) return Number(s.replace(/[.,\s]/g, ''));
    }
    this.report(
      key,
      'INVALID_VALUE',
      `"${describe(v)}" không phải là số tiền: ghi số đồng (ví dụ 50000 hoặc 50.000); để trống nếu mức thu theo Nghị quyết của HĐND tỉnh`,
    );
    return undefined;
  }

  bool(key: string, required = false): boolean | undefined {
    const v = this.scalar(key);
    if (v === null) return required ? this.missing(key) : undefined;
    if (typeof v === 'boolean') return v;
    const code = matchChoice(YES_NO, String(v));
    if (code !== undefined) return code === 'Có';
    this.report(key, 'INVALID_VALUE', `"${describe(v)}" không hợp lệ: ghi Có hoặc Không (chấp nhận Y/N, x)`);
    return undefined;
  }

  /** YYYY-MM-DD from an Excel date, a date serial number, dd/MM/yyyy or YYYY-MM-DD. */
  date(key: string, required = false): string | undefined {
    const v = this.scalar(key);
    if (v === null) return required ? this.missing(key) : undefined;
    let iso: string | undefined;
    if (v instanceof Date) {
      // exceljs reads a date cell as midnight UTC of the date shown in the cell.
      iso = isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    } else if (typeof v === 'number' && Number.isInteger(v) && v > 0) {
      const d = new Date(EXCEL_EPOCH_MS + v * DAY_MS);
      iso = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    } else if (typeof v === 'string') {
      const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
      const intl = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
      if (vn) iso = isoDate(Number(vn[3]), Number(vn[2]), Number(vn[1]));
      else if (intl) iso = isoDate(Number(intl[1]), Number(intl[2]), Number(intl[3]));
    }
    if (iso) return iso;
    this.report(
      key,
      'INVALID_VALUE',
      `Ngày "${describe(v)}" không hợp lệ: ghi theo dạng dd/MM/yyyy (ví dụ 01/03/2019) hoặc YYYY-MM-DD`,
    );
    return undefined;
  }

  /** HH:MM from a time cell, a fraction of a day, or text such as 15:00, 9:30 or 15h. Other text is kept as is. */
  time(key: string): string | undefined {
    const v = this.scalar(key);
    if (v === null) return undefined;
    let minutes: number | undefined;
    if (v instanceof Date) minutes = v.getUTCHours() * 60 + v.getUTCMinutes();
    else if (typeof v === 'number' && v >= 0 && v < 1) minutes = Math.round(v * 24 * 60);
    else if (typeof v === 'string') {
      const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})?$/.exec(v);
      if (m) minutes = Number(m[1]) * 60 + Number(m[2] ?? 0);
      else return v;
    } else return String(v);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${hh}:${mm}`;
  }

  choice<T extends string>(key: string, choices: readonly Choice[], required = false): T | undefined {
    const v = this.scalar(key);
    if (v === null) return required ? this.missing(key) : undefined;
    const code = matchChoice(choices, String(v));
    if (code !== undefined) return code as T;
    this.report(key, 'INVALID_VALUE', `"${describe(v)}" không hợp lệ: ghi một trong ${choiceList(choices)}`);
    return undefined;
  }

  /** Values separated by semicolons (commas and line breaks are accepted too). */
  list(key: string): string[] {
    return (this.text(key) ?? '')
      .split(/[;,\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  lines(key: string): string[] {
    return (this.text(key) ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
}

function describe(v: Scalar): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** The value a cell shows: rich text joined, a formula's result, a hyperlink's text. */
function unwrap(value: CellValue): Scalar | { error: string } {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return { error: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return null;
    return typeof result === 'object' && !(result instanceof Date) ? { error: result.error } : result;
  }
  if ('text' in value) {
    // A hyperlink's text may itself be rich text.
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (typeof text === 'object' && text !== null && 'richText' in text) {
      return (text as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    }
  }
  return null;
}

const fileIssue = (code: string, message: string): ImportIssue => ({ sheet: '', row: 0, code, message });

/** Zip files start with "PK\3\4"; .xls (Excel 97–2003) files are OLE compound documents. */
function sniff(buffer: Buffer): 'zip' | 'xls' | 'other' {
  if (buffer.length >= 4 && buffer.readUInt32BE(0) === 0x504b0304) return 'zip';
  if (buffer.length >= 8 && buffer.readUInt32BE(0) === 0xd0cf11e0) return 'xls';
  return 'other';
}

async function loadWorkbook(buffer: Buffer): Promise<{ wb?: Workbook; issue?: ImportIssue }> {
  if (buffer.length === 0) return { issue: fileIssue('FILE_FORMAT', 'Tệp rỗng: hãy chọn tệp .xlsx đã điền theo mẫu') };
  if (buffer.length > MAX_WORKBOOK_BYTES) {
    return {
      issue: fileIssue(
        'FILE_TOO_LARGE',
        `Tệp lớn ${(buffer.length / 1024 / 1024).toFixed(1)} MB, vượt giới hạn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB: hãy chia thành nhiều tệp`,
      ),
    };
  }
  const kind = sniff(buffer);
  if (kind === 'xls') {
    return {
      issue: fileIssue(
        'FILE_FORMAT',
        'Tệp là định dạng Excel 97–2003 (.xls): hãy mở bằng Excel, chọn Lưu thành (Save As) định dạng .xlsx rồi gửi lại',
      ),
    };
  }
  const notXlsx = fileIssue(
    'FILE_FORMAT',
    'Tệp không phải là bảng tính .xlsx đọc được (tệp hỏng, hoặc là .csv, .ods, .pdf…): hãy dùng tệp mẫu tải từ hệ thống và lưu dạng .xlsx',
  );
  if (kind !== 'zip') return { issue: notXlsx };
  const wb = new ExcelJS.Workbook();
  // Validations and merged ranges are skipped: the loader expands them cell by cell, and a crafted range of
  // a million rows would hang it. The import reads values only.
  const options = {
    ignoreNodes: ['dataValidations', 'mergeCells', 'hyperlinks', 'conditionalFormatting', 'drawing', 'picture'],
    maxRows: LOAD_MAX_ROWS,
    maxCols: LOAD_MAX_COLUMNS,
  };
  try {
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0], options);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/Max row count/.test(message)) {
      return {
        issue: fileIssue(
          'LIMIT',
          `Một trang tính có quá ${MAX_IMPORT_ROWS_PER_SHEET.toLocaleString('vi-VN')} dòng: hãy chia thành nhiều tệp`,
        ),
      };
    }
    if (/Max column count/.test(message)) {
      return { issue: fileIssue('LIMIT', `Một dòng có quá ${LOAD_MAX_COLUMNS} ô: hãy dùng tệp mẫu`) };
    }
    return { issue: notXlsx };
  }
  return { wb };
}

const findSheet = (wb: Workbook, name: string) => wb.worksheets.find((ws) => normalize(ws.name) === normalize(name));

/** Matches the header row to the spec; missing or unknown columns make the sheet unreadable. */
function readHeader(ws: Worksheet, spec: SheetSpec, issues: ImportIssue[]): SheetContext | undefined {
  const columns = new Map<string, number>();
  const letters: Record<string, string> = {};
  const byName = new Map<string, string>();
  for (const c of spec.columns) {
    byName.set(normalize(c.header), c.key);
    byName.set(normalize(c.key), c.key);
  }
  let ok = true;
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    const value = unwrap(cell.value);
    const text = value === null || typeof value === 'object' ? '' : String(value);
    if (text.trim() === '') return;
    const key = byName.get(normalize(text)) ?? byName.get(normalize(text.split('\n')[0]!));
    if (key === undefined) {
      ok = false;
      issues.push({
        sheet: spec.name,
        row: 1,
        column: columnLetter(col),
        code: 'UNKNOWN_COLUMN',
        message: `Cột "${text}" không thuộc mẫu của trang "${spec.name}": xóa cột, hoặc sửa tiêu đề theo mẫu (xem trang "${GUIDE_SHEET_NAME}")`,
      });
    } else if (columns.has(key)) {
      ok = false;
      issues.push({
        sheet: spec.name,
        row: 1,
        column: columnLetter(col),
        field: key,
        code: 'UNKNOWN_COLUMN',
        message: `Cột "${text}" xuất hiện hai lần (cột ${letters[key]} và cột ${columnLetter(col)})`,
      });
    } else {
      columns.set(key, col);
      letters[key] = columnLetter(col);
    }
  });
  if (columns.size === 0 && ok) {
    issues.push({
      sheet: spec.name,
      row: 1,
      code: 'MISSING_COLUMN',
      message: `Trang "${spec.name}" không có dòng tiêu đề ở dòng 1: chép lại dòng tiêu đề từ tệp mẫu`,
    });
    return undefined;
  }
  for (const c of spec.columns) {
    if (!columns.has(c.key)) {
      ok = false;
      issues.push({
        sheet: spec.name,
        row: 1,
        field: c.key,
        code: 'MISSING_COLUMN',
        message: `Trang "${spec.name}" thiếu cột "${c.header}" ở dòng tiêu đề (dòng 1)`,
      });
    }
  }
  return ok ? { spec, columns, letters, issues } : undefined;
}

/** The non-blank data rows of a sheet, or a limit issue. */
function dataRows(ws: Worksheet, ctx: SheetContext, limit: number, what: string): RowReader[] | undefined {
  const rows: RowReader[] = [];
  const keys = ctx.spec.columns.map((c) => c.key);
  let over = false;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1 || over) return;
    const reader = new RowReader(ctx, row, n);
    if (reader.isBlank(keys)) return;
    if (rows.length === limit) {
      over = true;
      ctx.issues.push({
        sheet: ctx.spec.name,
        row: n,
        code: 'LIMIT',
        message: `Trang "${ctx.spec.name}" có hơn ${limit.toLocaleString('vi-VN')} ${what}: mỗi lần nhập tối đa ${limit.toLocaleString('vi-VN')}; hãy chia thành nhiều tệp`,
      });
      return;
    }
    rows.push(reader);
  });
  return over ? undefined : rows;
}

interface CaseDraft {
  row: number;
  code: string;
  file?: Omit<ProcedureCaseFile, 'steps'>;
  steps: { row: number; order: number; file?: ProcessStepFile }[];
}

interface ChannelDraft {
  rows: number[];
  fees: number[];
  file: ChannelOfferFile;
  timeRow?: number;
  noteRow?: number;
}

interface ProcedureDraft {
  row: number;
  /** A cell of this procedure (in any sheet) could not be read: it is reported and left out. */
  failed: boolean;
  head?: Omit<ProcedureFile, 'cases' | 'channels' | 'checklist' | 'results' | 'legalBases'>;
  cases: CaseDraft[];
  channels: Map<string, ChannelDraft>;
  checklist: { row: number; file?: ChecklistItemFile }[];
  results: { row: number; file?: ResultTypeFile }[];
  legalBases: { row: number; file?: LegalBasisFile }[];
}

function readProcedureRow(r: RowReader): { code?: string; head?: ProcedureDraft['head'] } {
  const code = r.code('code', true);
  const sources: Record<string, string> = {};
  for (const k of ['code', 'time', 'fee', 'docs']) {
    const tag = r.text(`sources.${k}`);
    if (tag !== undefined) sources[k] = canonicalSourceTag(tag);
  }
  const head = {
    code: code ?? '',
    localCode: r.text('localCode'),
    relatedCodes: r.lines('relatedCodes').map((line) => {
      const colon = line.indexOf(':');
      return colon < 0
        ? { code: line, note: '' }
        : { code: line.slice(0, colon).trim(), note: line.slice(colon + 1).trim() };
    }),
    name: r.text('name') ?? '',
    field: r.text('field') ?? '',
    level: r.choice<ProcedureFile['level']>('level', LEVEL_CHOICES, true),
    decidingAgencyCode: r.text('decidingAgencyCode', true),
    receivingAgencyCode: r.text('receivingAgencyCode', true),
    coordinatingAgencyCodes: r.list('coordinatingAgencyCodes'),
    decidingBodyNote: r.text('decidingBodyNote'),
    ruleSet: r.choice<ProcedureFile['ruleSet']>('ruleSet', RULE_SET_CHOICES, true),
    effectiveFrom: r.date('effectiveFrom', true),
    effectiveTo: r.date('effectiveTo') ?? null,
    receivedAtCenter: r.bool('receivedAtCenter', true),
    processedWhollyAtCenter: r.bool('processedWhollyAtCenter', true),
    interAgency: r.bool('interAgency', true),
    sources: sources as ProcedureFile['sources'],
    seedRow: r.integer('seedRow'),
    seedSrc: r.text('seedSrc'),
    notes: r.lines('notes'),
  };
  if (r.failed) return { code };
  return { code, head: compact(head) as ProcedureDraft['head'] };
}

/** Drops undefined fields and empty optional lists, so that a read procedure equals the one written. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && (k === 'relatedCodes' || k === 'notes' || k === 'caseCodes')) continue;
    out[k] = v;
  }
  return out as T;
}

/**
 * Read a workbook filled from the template. Never throws: a file that is not an .xlsx, lacks a sheet or a column,
 * or is too large gives issues. A procedure any of whose cells could not be read is reported and left out of
 * `procedures`, so that later checks (agencies, sums) do not pile consequences onto the same mistake.
 */
export async function parseCatalogWorkbook(buffer: Buffer): Promise<WorkbookParseResult> {
  const issues: ImportIssue[] = [];
  const empty = (): WorkbookParseResult => ({ procedures: [], issues, sourceRows: [] });
  const { wb, issue } = await loadWorkbook(buffer);
  if (!wb) {
    issues.push(issue!);
    return empty();
  }
  const present = SHEETS.filter((s) => findSheet(wb, s.name));
  if (present.length === 0) {
    issues.push(
      fileIssue(
        'FILE_FORMAT',
        `Tệp không theo mẫu danh mục thủ tục: không có trang nào trong số ${SHEETS.map((s) => `"${s.name}"`).join(', ')}. Hãy tải tệp mẫu từ hệ thống`,
      ),
    );
    return empty();
  }

  // Structure first: every sheet and column must be there before rows can be read by column.
  const contexts = new Map<SheetKey, SheetContext>();
  const sheets = new Map<SheetKey, Worksheet>();
  let structureOk = true;
  for (const spec of SHEETS) {
    const ws = findSheet(wb, spec.name);
    if (!ws) {
      structureOk = false;
      issues.push({
        sheet: spec.name,
        row: 0,
        code: 'MISSING_SHEET',
        message: `Thiếu trang tính "${spec.name}": thêm lại trang này theo tệp mẫu (được để trống nếu không có dữ liệu)`,
      });
      continue;
    }
    const ctx = readHeader(ws, spec, issues);
    if (!ctx) structureOk = false;
    else {
      contexts.set(spec.key, ctx);
      sheets.set(spec.key, ws);
    }
  }
  const procCtx = contexts.get('procedures');
  if (!procCtx) return empty();

  const procRows = dataRows(sheets.get('procedures')!, procCtx, MAX_IMPORT_PROCEDURES, 'thủ tục');
  if (!procRows) return empty();

  const drafts = new Map<string, ProcedureDraft>();
  const order: ProcedureDraft[] = [];
  for (const r of procRows) {
    const { code, head } = readProcedureRow(r);
    if (code === undefined) continue;
    const earlier = drafts.get(code);
    if (earlier) {
      // Rows of the other sheets name the procedure by code: with two rows they could belong to either.
      earlier.failed = true;
      r.report(
        'code',
        'DUPLICATE_CODE',
        `Mã thủ tục ${code} đã có ở dòng ${earlier.row}: mỗi thủ tục chỉ khai một dòng`,
      );
      continue;
    }
    const draft: ProcedureDraft = {
      row: r.rowNumber,
      failed: r.failed,
      head,
      cases: [],
      channels: new Map(),
      checklist: [],
      results: [],
      legalBases: [],
    };
    drafts.set(code, draft);
    order.push(draft);
  }

  /** The draft a child row belongs to, or an issue naming the unknown code. */
  const owner = (r: RowReader): ProcedureDraft | undefined => {
    const code = r.code('procedureCode', true);
    if (code === undefined) return undefined;
    const draft = drafts.get(code);
    if (!draft) {
      r.report(
        'procedureCode',
        'UNKNOWN_PROCEDURE',
        `Mã thủ tục "${code}" không có ở trang "${SHEET_NAMES.procedures}": khai thủ tục ở trang đó trước, hoặc sửa mã cho đúng`,
      );
    }
    return draft;
  };
  const childRows = (key: SheetKey): RowReader[] => {
    const ctx = contexts.get(key);
    if (!ctx) return [];
    const rows = dataRows(sheets.get(key)!, ctx, MAX_IMPORT_ROWS_PER_SHEET, 'dòng');
    if (!rows) structureOk = false;
    return rows ?? [];
  };

  for (const r of childRows('cases')) {
    const draft = owner(r);
    const code = r.code('code', true);
    const amount = r.number('legalTime.amount', true);
    const unit = r.choice<ProcedureCaseFile['legalTime']['unit']>('legalTime.unit', UNIT_CHOICES, true);
    const file = {
      code: code ?? '',
      name: r.text('name') ?? '',
      legalTime: { amount: amount!, unit: unit! },
      sameDayCutoff: r.time('sameDayCutoff'),
      note: r.text('note'),
    };
    if (!draft) continue;
    if (r.failed) draft.failed = true;
    // A case whose other cells are unreadable is still registered, so that its steps do not read as strays.
    if (code === undefined) continue;
    if (draft.cases.some((c) => c.code === code)) {
      const first = draft.cases.find((c) => c.code === code)!;
      r.report(
        'code',
        'DUPLICATE_CASE',
        `Mã trường hợp ${code} đã có ở dòng ${first.row}: mỗi trường hợp chỉ khai một dòng`,
      );
      draft.failed = true;
      continue;
    }
    draft.cases.push({ row: r.rowNumber, code, file: r.failed ? undefined : compact(file), steps: [] });
  }

  for (const r of childRows('steps')) {
    const draft = owner(r);
    const caseCode = r.code('caseCode', true);
    const order = r.integer('order', true);
    const agencyText = r.text('agency', true);
    const amount = r.number('duration.amount', true);
    const unit = r.choice<ProcessStepFile['duration']['unit']>('duration.unit', UNIT_CHOICES, true);
    const role = r.choice<ProcessStepFile['role']>('role', ROLE_CHOICES, true);
    const name = r.text('name') ?? '';
    if (!draft) continue;
    if (r.failed) draft.failed = true;
    if (caseCode === undefined) continue;
    const c = draft.cases.find((x) => x.code === caseCode);
    if (!c) {
      r.report(
        'caseCode',
        'UNKNOWN_CASE',
        `Trường hợp "${caseCode}" của thủ tục ${draft.head?.code ?? ''} không có ở trang "${SHEET_NAMES.cases}": khai trường hợp ở trang đó trước, hoặc sửa mã cho đúng`,
      );
      draft.failed = true;
      continue;
    }
    if (r.failed) continue;
    const reference = agencyText === undefined ? undefined : matchChoice(STEP_AGENCY_CHOICES, agencyText);
    const agency = (reference ?? { code: agencyText! }) as ProcessStepFile['agency'];
    c.steps.push({
      row: r.rowNumber,
      order: order!,
      file: { order: order!, name, role: role!, agency, duration: { amount: amount!, unit: unit! } },
    });
  }

  const FEE_KEYS = ['fee.name', 'fee.amountVnd', 'fee.basis', 'fee.perUnit', 'fee.caseCode', 'fee.note'];
  for (const r of childRows('channels')) {
    const draft = owner(r);
    const channel = r.choice<ChannelOfferFile['channel']>('channel', CHANNEL_CHOICES, true);
    const timeAmount = r.number('time.amount');
    const timeUnit = r.choice<DurationFile['unit']>('time.unit', UNIT_CHOICES);
    if ((timeAmount === undefined) !== (timeUnit === undefined) && !r.failed) {
      const missing = timeAmount === undefined ? 'time.amount' : 'time.unit';
      r.report(missing, 'REQUIRED', 'Thời hạn riêng cần cả số và đơn vị, hoặc để trống cả hai');
    }
    const note = r.text('note');
    const hasFee = !r.isBlank(FEE_KEYS);
    const fee = hasFee
      ? {
          name: r.text('fee.name', true) ?? '',
          amountVnd: r.vnd('fee.amountVnd'),
          basis: r.text('fee.basis') ?? '',
          perUnit: r.text('fee.perUnit'),
          caseCode: r.code('fee.caseCode'),
          note: r.text('fee.note'),
        }
      : undefined;
    if (!draft) continue;
    if (channel === undefined) {
      draft.failed = true;
      continue;
    }
    let group = draft.channels.get(channel);
    if (!group) {
      group = { rows: [], fees: [], file: { channel, fees: [] } };
      draft.channels.set(channel, group);
    }
    group.rows.push(r.rowNumber);
    if (timeAmount !== undefined && timeUnit !== undefined) {
      const time = { amount: timeAmount, unit: timeUnit };
      if (group.file.time && (group.file.time.amount !== time.amount || group.file.time.unit !== time.unit)) {
        r.report(
          'time.amount',
          'CONFLICT',
          `Cách thức ${channel} đã có thời hạn riêng khác ở dòng ${group.timeRow}: chỉ ghi ở một dòng`,
        );
      } else {
        group.file.time = time;
        group.timeRow = r.rowNumber;
      }
    }
    if (note !== undefined) {
      if (group.file.note !== undefined && group.file.note !== note) {
        r.report(
          'note',
          'CONFLICT',
          `Cách thức ${channel} đã có ghi chú khác ở dòng ${group.noteRow}: chỉ ghi ở một dòng`,
        );
      } else {
        group.file.note = note;
        group.noteRow = r.rowNumber;
      }
    }
    if (r.failed) draft.failed = true;
    else if (fee) {
      group.file.fees.push(compact(fee) as ChannelOfferFile['fees'][number]);
      group.fees.push(r.rowNumber);
    }
  }

  for (const r of childRows('checklist')) {
    const draft = owner(r);
    const file = {
      id: r.text('id') ?? '',
      name: r.text('name') ?? '',
      originals: r.integer('originals', true)!,
      copies: r.integer('copies', true)!,
      required: r.bool('required', true)!,
      formTemplate: r.text('formTemplate'),
      eForm: r.bool('eForm'),
      caseCodes: r.list('caseCodes'),
      note: r.text('note'),
    };
    if (!draft) continue;
    if (r.failed) draft.failed = true;
    draft.checklist.push({ row: r.rowNumber, file: r.failed ? undefined : compact(file) });
  }

  for (const r of childRows('results')) {
    const draft = owner(r);
    const file = { name: r.text('name') ?? '', electronic: r.bool('electronic') };
    if (!draft) continue;
    if (r.failed) draft.failed = true;
    draft.results.push({ row: r.rowNumber, file: r.failed ? undefined : compact(file) });
  }

  for (const r of childRows('legalBases')) {
    const draft = owner(r);
    const file = { code: r.text('code') ?? '', name: r.text('name') ?? '' };
    if (!draft) continue;
    if (r.failed) draft.failed = true;
    draft.legalBases.push({ row: r.rowNumber, file: r.failed ? undefined : compact(file) });
  }

  if (!structureOk) return empty();

  const columns = Object.fromEntries(SHEETS.map((s) => [s.key, contexts.get(s.key)!.letters])) as WorkbookColumns;
  const procedures: ProcedureFile[] = [];
  const sourceRows: WorkbookSourceRows[] = [];
  for (const draft of order) {
    if (draft.failed || !draft.head) continue;
    // Steps are numbered in the sheet; rows may be in any order.
    const cases = draft.cases.map((c) => ({ ...c, steps: [...c.steps].sort((a, b) => a.order - b.order) }));
    const channels = [...draft.channels.values()];
    const source: WorkbookSourceRows = {
      columns,
      row: draft.row,
      cases: cases.map((c) => ({ row: c.row, steps: c.steps.map((s) => s.row) })),
      channels: channels.map((ch) => ({ rows: ch.rows, fees: ch.fees })),
      checklist: draft.checklist.map((x) => x.row),
      results: draft.results.map((x) => x.row),
      legalBases: draft.legalBases.map((x) => x.row),
    };
    const file = {
      ...draft.head,
      cases: cases.map((c) => ({ ...c.file!, steps: c.steps.map((s) => s.file!) })),
      channels: channels.map((ch) => ch.file),
      checklist: draft.checklist.map((x) => x.file!),
      results: draft.results.map((x) => x.file!),
      legalBases: draft.legalBases.map((x) => x.file!),
    };
    // The exchange schema is the one source of bounds (lengths, quantities, amounts, code formats of agencies).
    const { data, problems } = schemaProblems(procedureFileSchema, file);
    if (problems.length > 0) {
      for (const p of problems) issues.push(locatedIssue(source, p.path, 'INVALID_VALUE', p.message));
      continue;
    }
    procedures.push(data as ProcedureFile);
    sourceRows.push(source);
  }
  return { procedures, issues, sourceRows };
}
