import type { Role } from '@mot-cua/contracts';
import type { ImportIssue } from '@mot-cua/contracts';
import { formatPath, parsePath, type PathSegment } from './catalog-import-issues';
import { CHANNEL_LABELS, LEVEL_LABELS } from './procedure';

/**
 * The layout of the .xlsx template: the values it accepts, its sheets and columns, and where in it each part of a
 * procedure is read (so that any later check can point at the cell to fix).
 */

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary shown in the template and accepted on import
// ---------------------------------------------------------------------------------------------------------------

export interface Choice {
  code: string;
  label: string;
  /** Other spellings accepted on import (compared without case). */
  aliases?: readonly string[];
}

export const UNIT_CHOICES: readonly Choice[] = [
  { code: 'WORKING_DAY', label: 'Ngày làm việc' },
  { code: 'CALENDAR_DAY', label: 'Ngày (tính cả ngày nghỉ)', aliases: ['Ngày lịch'] },
  { code: 'WORKING_HOUR', label: 'Giờ làm việc', aliases: ['Giờ'] },
  { code: 'SAME_DAY', label: 'Trong ngày' },
];

export const CHANNEL_CHOICES: readonly Choice[] = (
  ['IN_PERSON', 'POSTAL', 'ONLINE_FULL', 'ONLINE_PARTIAL'] as const
).map((code) => ({ code, label: CHANNEL_LABELS[code] }));

export const LEVEL_CHOICES: readonly Choice[] = (['PROVINCE', 'DISTRICT', 'COMMUNE'] as const).map((code) => ({
  code,
  label: LEVEL_LABELS[code],
}));

export const RULE_SET_CHOICES: readonly Choice[] = [
  { code: '2018', label: 'Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP' },
  { code: '2025', label: 'Nghị định số 118/2025/NĐ-CP và Thông tư số 03/2025/TT-VPCP' },
];

/** Labels as in docs/glossary.md. */
export const ROLE_CHOICES: readonly Choice[] = [
  { code: 'RECEPTION_OFFICER', label: 'Công chức tiếp nhận' },
  { code: 'SPECIALIST', label: 'Chuyên viên' },
  { code: 'AGENCY_LEADER', label: 'Lãnh đạo sở, ngành' },
  { code: 'CLERK', label: 'Văn thư' },
  { code: 'CENTER_LEADER', label: 'Lãnh đạo Trung tâm' },
  { code: 'ADMIN', label: 'Quản trị hệ thống' },
  { code: 'VIEWER', label: 'Người xem' },
] satisfies readonly (Choice & { code: Role })[];

export const STEP_AGENCY_CHOICES: readonly Choice[] = [
  { code: 'DECIDING', label: 'Cơ quan giải quyết' },
  { code: 'RECEIVING', label: 'Cơ quan tiếp nhận' },
  { code: 'COORDINATING', label: 'Cơ quan phối hợp (khi thủ tục có đúng một cơ quan phối hợp)' },
];

export const SOURCE_TAG_CHOICES: readonly Choice[] = [
  { code: 'S', label: 'Có nguồn chính thức' },
  { code: 'S*', label: 'Nguồn thứ cấp' },
  { code: 'D', label: 'Suy ra từ nguồn' },
  { code: 'D-rec', label: 'Đọc trong bản ghi chi tiết của Cơ sở dữ liệu quốc gia' },
  { code: 'E', label: 'Ước tính (giá trị mẫu, cần kiểm tra trước khi dùng thật)' },
];

export const YES_NO: readonly Choice[] = [
  { code: 'Có', label: 'Có', aliases: ['Y', 'Yes', 'X', 'Co', 'True', '1', 'Đúng'] },
  { code: 'Không', label: 'Không', aliases: ['N', 'No', 'Khong', 'False', '0', 'Sai'] },
];

// ---------------------------------------------------------------------------------------------------------------
// Sheets and columns
// ---------------------------------------------------------------------------------------------------------------

export type SheetKey = 'procedures' | 'cases' | 'steps' | 'channels' | 'checklist' | 'results' | 'legalBases';

export type ColumnKind = 'text' | 'number' | 'vnd' | 'integer';

export interface ColumnSpec {
  /** The field name (English), shown in the header comment and returned as `ImportIssue.field`. */
  key: string;
  header: string;
  width: number;
  required?: boolean;
  /** How to fill it (Vietnamese), shown in the header comment and the guide. */
  hint: string;
  example: string;
  /** Cell format: text columns are formatted as Text so that Excel does not turn codes and dates into numbers. */
  kind?: ColumnKind;
  /** Offered as a dropdown; `strict` warns when another value is typed. */
  choices?: readonly Choice[];
  strict?: boolean;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  /** What one row is. */
  row: string;
  columns: readonly ColumnSpec[];
}

const PROCEDURE_CODE_COLUMN: ColumnSpec = {
  key: 'procedureCode',
  header: 'Mã thủ tục',
  width: 12,
  required: true,
  hint: 'Mã thủ tục đã khai ở trang "Thủ tục"',
  example: '1.001193',
};

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'procedures',
    name: 'Thủ tục',
    row: 'một thủ tục',
    columns: [
      {
        key: 'code',
        header: 'Mã thủ tục',
        width: 12,
        required: true,
        hint: 'Mã trong Cơ sở dữ liệu quốc gia về thủ tục hành chính: một chữ số từ 1 đến 6, dấu chấm, 6 chữ số',
        example: '1.001193',
      },
      {
        key: 'localCode',
        header: 'Mã thủ tục địa phương',
        width: 24,
        hint: 'Mã thủ tục kèm mã định danh cơ quan công bố; để trống nếu không có',
        example: '1.001193.000.00.00.H26',
      },
      {
        key: 'name',
        header: 'Tên thủ tục',
        width: 50,
        required: true,
        hint: 'Tên đầy đủ, không viết tắt',
        example: 'Đăng ký khai sinh',
      },
      { key: 'field', header: 'Lĩnh vực', width: 24, required: true, hint: 'Lĩnh vực của thủ tục', example: 'Hộ tịch' },
      {
        key: 'level',
        header: 'Cấp thực hiện',
        width: 13,
        required: true,
        hint: 'Cấp có thẩm quyền giải quyết',
        example: 'PROVINCE',
        choices: LEVEL_CHOICES,
        strict: true,
      },
      {
        key: 'decidingAgencyCode',
        header: 'Mã cơ quan giải quyết',
        width: 16,
        required: true,
        hint: 'Mã định danh của cơ quan có thẩm quyền quyết định (dạng 000.00.00.H26)',
        example: '000.00.04.H26',
      },
      {
        key: 'receivingAgencyCode',
        header: 'Mã cơ quan tiếp nhận',
        width: 16,
        required: true,
        hint: 'Mã định danh của nơi tiếp nhận hồ sơ (Trung tâm hoặc cơ quan giải quyết)',
        example: '000.01.01.H26',
      },
      {
        key: 'coordinatingAgencyCodes',
        header: 'Mã cơ quan phối hợp',
        width: 20,
        hint: 'Mã định danh các cơ quan phối hợp (thủ tục liên thông), cách nhau bởi dấu chấm phẩy',
        example: '000.00.32.H26; 000.00.33.H26',
      },
      {
        key: 'decidingBodyNote',
        header: 'Ghi chú về cơ quan giải quyết',
        width: 30,
        hint: 'Khi cơ quan thực sự quyết định là một đơn vị cụ thể hơn (ví dụ một phòng thuộc sở)',
        example: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
      },
      {
        key: 'ruleSet',
        header: 'Bộ quy định',
        width: 11,
        required: true,
        hint: 'Quy định về một cửa áp dụng',
        example: '2018',
        choices: RULE_SET_CHOICES,
        strict: true,
      },
      {
        key: 'effectiveFrom',
        header: 'Ngày có hiệu lực',
        width: 14,
        required: true,
        hint: 'dd/MM/yyyy hoặc YYYY-MM-DD',
        example: '01/03/2019',
      },
      {
        key: 'effectiveTo',
        header: 'Ngày hết hiệu lực',
        width: 14,
        hint: 'dd/MM/yyyy hoặc YYYY-MM-DD; để trống nếu còn hiệu lực',
        example: '',
      },
      {
        key: 'receivedAtCenter',
        header: 'Tiếp nhận tại Trung tâm',
        width: 12,
        required: true,
        hint: 'Có hoặc Không (chấp nhận Y/N, x)',
        example: 'Có',
        choices: YES_NO,
        strict: true,
      },
      {
        key: 'processedWhollyAtCenter',
        header: 'Giải quyết trọn vẹn tại Trung tâm',
        width: 14,
        required: true,
        hint: 'Có nếu tiếp nhận, giải quyết và trả kết quả ngay tại Trung tâm',
        example: 'Không',
        choices: YES_NO,
        strict: true,
      },
      {
        key: 'interAgency',
        header: 'Liên thông',
        width: 10,
        required: true,
        hint: 'Có nếu có cơ quan phối hợp',
        example: 'Không',
        choices: YES_NO,
        strict: true,
      },
      ...(['code', 'time', 'fee', 'docs'] as const).map((k): ColumnSpec => ({
        key: `sources.${k}`,
        header: { code: 'Nguồn: mã', time: 'Nguồn: thời hạn', fee: 'Nguồn: phí', docs: 'Nguồn: hồ sơ' }[k],
        width: 10,
        hint: 'Nhãn nguồn của nhóm giá trị (S, S*, D, D-rec, E hoặc hai nhãn nối bằng +); để trống là S',
        example: 'S',
        choices: SOURCE_TAG_CHOICES,
      })),
      {
        key: 'notes',
        header: 'Ghi chú',
        width: 40,
        hint: 'Mỗi ghi chú một dòng trong ô (Alt+Enter để xuống dòng)',
        example: '',
      },
      {
        key: 'relatedCodes',
        header: 'Mã liên quan',
        width: 30,
        hint: 'Mã khác của cùng thủ tục, mỗi mã một dòng trong ô, dạng "mã: ghi chú"',
        example: '1.115618: Mã thủ tục riêng của thành phố Hải Phòng',
      },
      {
        key: 'seedRow',
        header: 'Dòng bảng mẫu',
        width: 9,
        kind: 'integer',
        hint: 'Chỉ dùng cho dữ liệu mẫu; để trống',
        example: '',
      },
      { key: 'seedSrc', header: 'Nguồn bảng mẫu', width: 14, hint: 'Chỉ dùng cho dữ liệu mẫu; để trống', example: '' },
    ],
  },
  {
    key: 'cases',
    name: 'Trường hợp',
    row: 'một trường hợp giải quyết (mỗi thủ tục có ít nhất một)',
    columns: [
      PROCEDURE_CODE_COLUMN,
      {
        key: 'code',
        header: 'Mã trường hợp',
        width: 14,
        required: true,
        hint: 'Mã thủ tục kèm hai chữ số: .01, .02…',
        example: '1.001193.01',
      },
      {
        key: 'name',
        header: 'Tên trường hợp',
        width: 44,
        required: true,
        hint: 'Tên trường hợp',
        example: 'Đăng ký khai sinh',
      },
      {
        key: 'legalTime.amount',
        header: 'Thời hạn giải quyết',
        width: 11,
        required: true,
        kind: 'number',
        hint: 'Số ngày hoặc giờ theo quy định; được dùng số thập phân (7,5). Với "Trong ngày" ghi 1',
        example: '3',
      },
      {
        key: 'legalTime.unit',
        header: 'Đơn vị thời hạn',
        width: 15,
        required: true,
        hint: 'Cách tính thời hạn',
        example: 'WORKING_DAY',
        choices: UNIT_CHOICES,
        strict: true,
      },
      {
        key: 'sameDayCutoff',
        header: 'Giờ chốt trong ngày',
        width: 11,
        hint: 'Chỉ với đơn vị "Trong ngày": hồ sơ nhận sau giờ này (HH:MM) trả vào ngày làm việc tiếp theo',
        example: '15:00',
      },
      { key: 'note', header: 'Ghi chú', width: 30, hint: 'Ghi chú về trường hợp', example: '' },
    ],
  },
  {
    key: 'steps',
    name: 'Quy trình',
    row: 'một bước của quy trình nội bộ; tổng thời gian các bước của một trường hợp phải bằng thời hạn giải quyết',
    columns: [
      PROCEDURE_CODE_COLUMN,
      {
        key: 'caseCode',
        header: 'Mã trường hợp',
        width: 14,
        required: true,
        hint: 'Mã trường hợp đã khai ở trang "Trường hợp"',
        example: '1.001193.01',
      },
      {
        key: 'order',
        header: 'Thứ tự',
        width: 8,
        required: true,
        kind: 'integer',
        hint: 'Bước 1, 2, 3… liên tiếp trong mỗi trường hợp',
        example: '1',
      },
      {
        key: 'name',
        header: 'Tên bước',
        width: 44,
        required: true,
        hint: 'Việc làm ở bước này',
        example: 'Tiếp nhận, kiểm tra hồ sơ',
      },
      {
        key: 'role',
        header: 'Vai trò',
        width: 18,
        required: true,
        hint: 'Người thực hiện',
        example: 'RECEPTION_OFFICER',
        choices: ROLE_CHOICES,
        strict: true,
      },
      {
        key: 'agency',
        header: 'Cơ quan thực hiện',
        width: 16,
        required: true,
        hint: 'DECIDING, RECEIVING, COORDINATING hoặc mã định danh của một cơ quan tham gia thủ tục',
        example: 'RECEIVING',
        choices: STEP_AGENCY_CHOICES,
      },
      {
        key: 'duration.amount',
        header: 'Thời gian',
        width: 10,
        required: true,
        kind: 'number',
        hint: 'Số ngày hoặc giờ của bước; được dùng số thập phân (0,5)',
        example: '0,5',
      },
      {
        key: 'duration.unit',
        header: 'Đơn vị',
        width: 15,
        required: true,
        hint: 'Ngày làm việc và giờ làm việc cộng được với nhau (8 giờ một ngày); không dùng "Trong ngày" cho một bước',
        example: 'WORKING_DAY',
        choices: UNIT_CHOICES.filter((c) => c.code !== 'SAME_DAY'),
        strict: true,
      },
    ],
  },
  {
    key: 'channels',
    name: 'Kênh nộp và phí',
    row: 'một khoản phí, lệ phí của một cách thức nộp (một cách thức không thu phí: một dòng, để trống các cột phí)',
    columns: [
      PROCEDURE_CODE_COLUMN,
      {
        key: 'channel',
        header: 'Cách thức nộp',
        width: 17,
        required: true,
        hint: 'Cách thức nộp hồ sơ',
        example: 'IN_PERSON',
        choices: CHANNEL_CHOICES,
        strict: true,
      },
      {
        key: 'time.amount',
        header: 'Thời hạn riêng',
        width: 10,
        kind: 'number',
        hint: 'Chỉ khi cách thức này có thời hạn riêng; ghi ở một dòng của cách thức',
        example: '',
      },
      {
        key: 'time.unit',
        header: 'Đơn vị thời hạn riêng',
        width: 15,
        hint: 'Đơn vị của thời hạn riêng',
        example: '',
        choices: UNIT_CHOICES,
        strict: true,
      },
      { key: 'note', header: 'Ghi chú cách thức', width: 24, hint: 'Ghi chú về cách thức nộp', example: '' },
      {
        key: 'fee.name',
        header: 'Tên phí, lệ phí',
        width: 30,
        hint: 'Để trống các cột phí nếu cách thức này không thu phí',
        example: 'Lệ phí đăng ký khai sinh',
      },
      {
        key: 'fee.amountVnd',
        header: 'Mức thu (đồng)',
        width: 13,
        kind: 'vnd',
        hint: 'Số đồng (50000 hoặc 50.000); để trống nếu mức thu theo Nghị quyết của HĐND tỉnh',
        example: '8000',
      },
      {
        key: 'fee.basis',
        header: 'Căn cứ thu',
        width: 30,
        hint: 'Văn bản quy định mức thu',
        example: 'Thông tư số 85/2019/TT-BTC',
      },
      {
        key: 'fee.perUnit',
        header: 'Đơn vị tính',
        width: 10,
        hint: 'Một mức thu tính cho: bản, trang, hồ sơ…',
        example: 'bản',
      },
      {
        key: 'fee.caseCode',
        header: 'Áp dụng cho trường hợp',
        width: 14,
        hint: 'Mã trường hợp nếu khoản này chỉ áp dụng cho một trường hợp',
        example: '',
      },
      { key: 'fee.note', header: 'Ghi chú phí', width: 24, hint: 'Ghi chú về khoản phí', example: '' },
    ],
  },
  {
    key: 'checklist',
    name: 'Thành phần hồ sơ',
    row: 'một thành phần hồ sơ',
    columns: [
      PROCEDURE_CODE_COLUMN,
      {
        key: 'id',
        header: 'Mã thành phần',
        width: 20,
        required: true,
        hint: 'Mã ngắn, không trùng trong thủ tục, giữ nguyên giữa các lần sửa (hồ sơ đã nhận tham chiếu đến mã này)',
        example: 'to-khai',
      },
      {
        key: 'name',
        header: 'Tên thành phần hồ sơ',
        width: 44,
        required: true,
        hint: 'Tên giấy tờ',
        example: 'Tờ khai đăng ký khai sinh',
      },
      {
        key: 'originals',
        header: 'Số bản chính',
        width: 9,
        required: true,
        kind: 'integer',
        hint: 'Số nguyên từ 0 đến 100',
        example: '1',
      },
      {
        key: 'copies',
        header: 'Số bản sao',
        width: 9,
        required: true,
        kind: 'integer',
        hint: 'Số nguyên từ 0 đến 100',
        example: '0',
      },
      {
        key: 'required',
        header: 'Bắt buộc',
        width: 9,
        required: true,
        hint: 'Có hoặc Không',
        example: 'Có',
        choices: YES_NO,
        strict: true,
      },
      {
        key: 'formTemplate',
        header: 'Mẫu đơn, tờ khai',
        width: 30,
        hint: 'Tên, số hiệu mẫu nếu có',
        example: 'Mẫu ban hành kèm Thông tư số 04/2020/TT-BTP',
      },
      {
        key: 'eForm',
        header: 'Có biểu mẫu điện tử',
        width: 11,
        hint: 'Có nếu cổng dịch vụ công có biểu mẫu điện tử tương tác',
        example: 'Có',
        choices: YES_NO,
        strict: true,
      },
      {
        key: 'caseCodes',
        header: 'Áp dụng cho trường hợp',
        width: 18,
        hint: 'Mã các trường hợp, cách nhau bởi dấu chấm phẩy; để trống nếu áp dụng cho mọi trường hợp',
        example: '',
      },
      { key: 'note', header: 'Ghi chú', width: 30, hint: 'Ghi chú về thành phần hồ sơ', example: '' },
    ],
  },
  {
    key: 'results',
    name: 'Kết quả',
    row: 'một kết quả giải quyết',
    columns: [
      PROCEDURE_CODE_COLUMN,
      {
        key: 'name',
        header: 'Tên kết quả',
        width: 50,
        required: true,
        hint: 'Giấy tờ trả cho người nộp',
        example: 'Giấy khai sinh',
      },
      {
        key: 'electronic',
        header: 'Kết quả điện tử',
        width: 11,
        hint: 'Có nếu kết quả cũng được cấp dưới dạng điện tử',
        example: 'Có',
        choices: YES_NO,
        strict: true,
      },
    ],
  },
  {
    key: 'legalBases',
    name: 'Căn cứ pháp lý',
    row: 'một văn bản làm căn cứ',
    columns: [
      PROCEDURE_CODE_COLUMN,
      {
        key: 'code',
        header: 'Số, ký hiệu',
        width: 20,
        required: true,
        hint: 'Số, ký hiệu văn bản',
        example: '60/2014/QH13',
      },
      { key: 'name', header: 'Trích yếu', width: 60, required: true, hint: 'Tên văn bản', example: 'Luật Hộ tịch' },
    ],
  },
];

export const GUIDE_SHEET_NAME = 'Hướng dẫn';
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = Object.fromEntries(
  SHEETS.map((s) => [s.key, s.name]),
) as Record<SheetKey, string>;

/** Column letter of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Where each part of a procedure came from
// ---------------------------------------------------------------------------------------------------------------

/** Column letters by field key, per sheet, as found in the file (columns may have been moved). */
export type WorkbookColumns = Readonly<Record<SheetKey, Readonly<Record<string, string>>>>;

/** The rows a procedure was read from, so that later checks can point at the cell to fix. */
export interface WorkbookSourceRows {
  columns: WorkbookColumns;
  /** Row in "Thủ tục". */
  row: number;
  /** Row in "Trường hợp", and the rows of its steps in "Quy trình" (in step order). */
  cases: { row: number; steps: number[] }[];
  /** Rows in "Kênh nộp và phí": every row of the channel, and the row of each fee. */
  channels: { rows: number[]; fees: number[] }[];
  checklist: number[];
  results: number[];
  legalBases: number[];
}

export interface WorkbookLocation {
  sheet: string;
  row: number;
  column?: string;
  rows?: number[];
  field?: string;
}

/** Internal key fields of the domain model and their names in the file. */
const FILE_FIELD_NAMES: Readonly<Record<string, string>> = {
  decidingAgencyKey: 'decidingAgencyCode',
  receivingAgencyKey: 'receivingAgencyCode',
  coordinatingAgencyKeys: 'coordinatingAgencyCodes',
};

/** A domain path (`coordinatingAgencyKeys[1]`) in the file's names (`coordinatingAgencyCodes[1]`). */
export function toFilePath(path: string): string {
  return path.replace(/^(decidingAgencyKey|receivingAgencyKey|coordinatingAgencyKeys)\b/, (m) => FILE_FIELD_NAMES[m]!);
}

/**
 * The cell where the value at `path` (a path into the procedure, in file or domain names) was read. A path to a
 * whole list points at its rows; a list with no rows (a procedure without cases) points at the procedure's row.
 */
export function locateInWorkbook(src: WorkbookSourceRows, path: string): WorkbookLocation {
  const seg = parsePath(toFilePath(path));
  const at = (sheet: SheetKey, row: number, rest: readonly PathSegment[], prefix = '', rows?: number[]) => {
    const key = columnKeyFor(src.columns[sheet], rest, prefix);
    const loc: WorkbookLocation = { sheet: SHEET_NAMES[sheet], row };
    if (key) {
      loc.column = src.columns[sheet][key];
      loc.field = key;
    }
    if (rows && rows.length > 1) loc.rows = rows;
    return loc;
  };
  const procedureRow = () => at('procedures', src.row, seg);
  const index = (i: PathSegment | undefined) => (typeof i === 'number' ? i : -1);

  switch (seg[0]) {
    case 'cases': {
      const c = src.cases[index(seg[1])];
      if (!c) return src.cases.length > 0 && seg.length === 1 ? at('cases', src.cases[0]!.row, []) : procedureRow();
      if (seg[2] !== 'steps') return at('cases', c.row, seg.slice(2));
      const step = c.steps[index(seg[3])];
      if (step !== undefined) return at('steps', step, seg.slice(4));
      // The whole list of steps (their sum): every step row, pointing at the durations.
      if (c.steps.length > 0) return at('steps', c.steps[0]!, ['duration', 'amount'], '', c.steps);
      return at('cases', c.row, []);
    }
    case 'channels': {
      const ch = src.channels[index(seg[1])];
      if (!ch) {
        const rows = src.channels.flatMap((x) => x.rows);
        return rows.length > 0 ? at('channels', rows[0]!, ['channel'], '', rows) : procedureRow();
      }
      if (seg[2] === 'fees') {
        const fee = ch.fees[index(seg[3])];
        if (fee !== undefined) return at('channels', fee, seg.slice(4), 'fee.');
      }
      return at('channels', ch.rows[0]!, seg.slice(2));
    }
    case 'checklist':
    case 'results':
    case 'legalBases': {
      const rows = src[seg[0]];
      const row = rows[index(seg[1])];
      if (row !== undefined) return at(seg[0], row, seg.slice(2));
      return rows.length > 0 ? at(seg[0], rows[0]!, [], '', rows) : procedureRow();
    }
    default:
      return procedureRow();
  }
}

/** The column holding a path's value: the longest prefix of the path that names a column. */
function columnKeyFor(columns: Readonly<Record<string, string>>, rest: readonly PathSegment[], prefix: string) {
  const names = rest.filter((s): s is string => typeof s === 'string');
  for (let n = names.length; n > 0; n--) {
    const key = prefix + names.slice(0, n).join('.');
    if (columns[key]) return key;
    if (columns[`${key}.amount`]) return `${key}.amount`;
  }
  return undefined;
}

/** "WORKING_DAY (Ngày làm việc), …": the accepted values, for messages and the guide. */
export function choiceList(choices: readonly Choice[]): string {
  return choices.map((c) => `${c.code} (${c.label})`).join(', ');
}

/** An issue at the cell holding `path` of a procedure read from a workbook. */
export function locatedIssue(
  source: WorkbookSourceRows,
  path: readonly PathSegment[] | string,
  code: string,
  message: string,
): ImportIssue {
  const loc = locateInWorkbook(source, typeof path === 'string' ? path : formatPath(path));
  const issue: ImportIssue = { sheet: loc.sheet, row: loc.row, code, message };
  if (loc.column) issue.column = loc.column;
  if (loc.rows) issue.rows = loc.rows;
  if (loc.field) issue.field = loc.field;
  return issue;
}
