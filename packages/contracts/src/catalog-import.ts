import { z } from 'zod';
import { roleSchema } from './auth';
import { durationUnitSchema, MAX_DURATION_AMOUNT } from './calendar';
import { plainDateSchema } from './common';
import { agencyCodeSchema } from './org';

/**
 * The catalog exchange format (docs/catalog-import.md): what a department sends and what the center exports, as JSON
 * or as the .xlsx template. It mirrors the server's `Procedure`, with two differences: agencies are named by their
 * identifier code (mã định danh, the code departments know) instead of internal keys, and there is no `status`
 * (an import always creates drafts; publishing is a separate act).
 *
 * The schema checks shape, types and bounds. Business rules (code formats, steps adding up to the legal time, known
 * agencies) are the server's catalog rules, so that JSON and .xlsx imports get the same messages.
 */

export const CATALOG_FILE_FORMAT = 'mot-cua.catalog';
export const CATALOG_FILE_VERSION = 1;
/** One import replaces a department's catalog at most; a province publishes about 2,000 procedures in all. */
export const MAX_IMPORT_PROCEDURES = 5_000;
/** Rows per worksheet of an .xlsx import (header excluded). */
export const MAX_IMPORT_ROWS_PER_SHEET = 100_000;
export const MAX_DOCUMENT_COPIES = 100;
/** Ten billion đồng: above every fee in the national database, low enough to catch a misplaced separator. */
export const MAX_FEE_VND = 10_000_000_000;

const text = (max: number) => z.string().max(max);
const NAME_MAX = 2_000;
const NOTE_MAX = 4_000;
const CODE_MAX = 60;

export const channelFileSchema = z.enum(['IN_PERSON', 'POSTAL', 'ONLINE_FULL', 'ONLINE_PARTIAL'], {
  error: 'Cách thức phải là IN_PERSON, POSTAL, ONLINE_FULL hoặc ONLINE_PARTIAL',
});
export const procedureLevelFileSchema = z.enum(['PROVINCE', 'DISTRICT', 'COMMUNE'], {
  error: 'Cấp thực hiện phải là PROVINCE, DISTRICT hoặc COMMUNE',
});
export const ruleSetFileSchema = z.enum(['2018', '2025'], { error: 'Bộ quy định phải là "2018" hoặc "2025"' });

const sourceTag = z.enum(['S', 'S*', 'D', 'D-rec', 'E']);
/** One source tag, or two joined by `+` (e.g. `D-rec+E`), as in shared/data/haiduong-reference.md. */
export const sourceTagValueFileSchema = z.union([sourceTag, z.templateLiteral([sourceTag, '+', sourceTag])], {
  error: 'Nhãn nguồn phải là S, S*, D, D-rec, E hoặc hai nhãn nối bằng dấu + (ví dụ D-rec+E)',
});
/** Omitted tags mean S (sourced): a department declaring its own procedures is the source. */
export const sourceTagsFileSchema = z
  .strictObject({
    code: sourceTagValueFileSchema.default('S'),
    time: sourceTagValueFileSchema.default('S'),
    fee: sourceTagValueFileSchema.default('S'),
    docs: sourceTagValueFileSchema.default('S'),
  })
  .default({ code: 'S', time: 'S', fee: 'S', docs: 'S' });

export const durationFileSchema = z.strictObject({
  amount: z.number().min(0).max(MAX_DURATION_AMOUNT),
  unit: durationUnitSchema,
});

/** Who performs a step: a reference to the procedure's own agencies, or an agency by identifier code. */
export const stepAgencyFileSchema = z.union(
  [z.enum(['DECIDING', 'RECEIVING', 'COORDINATING']), z.strictObject({ code: agencyCodeSchema })],
  { error: 'Cơ quan thực hiện phải là DECIDING, RECEIVING, COORDINATING hoặc { "code": mã định danh cơ quan }' },
);

export const processStepFileSchema = z.strictObject({
  order: z.number().int().min(1).max(100),
  name: text(NAME_MAX),
  role: roleSchema,
  agency: stepAgencyFileSchema,
  duration: durationFileSchema,
});

export const procedureCaseFileSchema = z.strictObject({
  code: text(CODE_MAX),
  name: text(NAME_MAX),
  legalTime: durationFileSchema,
  sameDayCutoff: text(5).optional(),
  steps: z.array(processStepFileSchema).max(100),
  note: text(NOTE_MAX).optional(),
});

export const feeItemFileSchema = z.strictObject({
  name: text(NAME_MAX),
  /** null: the amount is set elsewhere (e.g. "theo Nghị quyết của HĐND tỉnh"). */
  amountVnd: z.number().int().min(0).max(MAX_FEE_VND).nullable(),
  basis: text(NAME_MAX),
  perUnit: text(200).optional(),
  caseCode: text(CODE_MAX).optional(),
  note: text(NOTE_MAX).optional(),
});

export const channelOfferFileSchema = z.strictObject({
  channel: channelFileSchema,
  fees: z.array(feeItemFileSchema).max(100),
  time: durationFileSchema.optional(),
  note: text(NOTE_MAX).optional(),
});

export const checklistItemFileSchema = z.strictObject({
  id: text(100),
  name: text(NAME_MAX),
  originals: z.number().int().min(0).max(MAX_DOCUMENT_COPIES),
  copies: z.number().int().min(0).max(MAX_DOCUMENT_COPIES),
  required: z.boolean(),
  formTemplate: text(NAME_MAX).optional(),
  eForm: z.boolean().optional(),
  caseCodes: z.array(text(CODE_MAX)).max(100).optional(),
  note: text(NOTE_MAX).optional(),
});

// Results and legal bases have no rule of their own in the catalog rules: their emptiness is checked here.
export const resultTypeFileSchema = z.strictObject({
  name: text(NAME_MAX).trim().min(1),
  electronic: z.boolean().optional(),
});

export const legalBasisFileSchema = z.strictObject({
  code: text(200).trim().min(1),
  name: text(NAME_MAX).trim().min(1),
});

/** One procedure as exchanged with departments. */
export const procedureFileSchema = z.strictObject({
  code: text(CODE_MAX),
  localCode: text(CODE_MAX).optional(),
  relatedCodes: z
    .array(z.strictObject({ code: text(CODE_MAX), note: text(NOTE_MAX) }))
    .max(50)
    .optional(),
  name: text(NAME_MAX),
  field: text(500),
  level: procedureLevelFileSchema,
  decidingAgencyCode: agencyCodeSchema,
  receivingAgencyCode: agencyCodeSchema,
  coordinatingAgencyCodes: z.array(agencyCodeSchema).max(50).default([]),
  decidingBodyNote: text(NOTE_MAX).optional(),
  ruleSet: ruleSetFileSchema,
  effectiveFrom: plainDateSchema,
  effectiveTo: plainDateSchema.nullable().default(null),
  cases: z.array(procedureCaseFileSchema).max(100),
  channels: z.array(channelOfferFileSchema).max(10),
  checklist: z.array(checklistItemFileSchema).max(500),
  results: z.array(resultTypeFileSchema).max(50),
  legalBases: z.array(legalBasisFileSchema).max(200),
  receivedAtCenter: z.boolean(),
  processedWhollyAtCenter: z.boolean(),
  interAgency: z.boolean(),
  sources: sourceTagsFileSchema,
  seedRow: z.number().int().min(1).max(100_000).optional(),
  seedSrc: text(200).optional(),
  notes: z.array(text(NOTE_MAX)).max(50).optional(),
});

const envelopeShape = {
  format: z.literal(CATALOG_FILE_FORMAT, {
    error: `Trường "format" phải là "${CATALOG_FILE_FORMAT}": tệp này không phải tệp danh mục thủ tục của Một Cửa`,
  }),
  version: z.literal(CATALOG_FILE_VERSION, {
    error: `Trường "version" phải là ${CATALOG_FILE_VERSION}: phiên bản định dạng này chưa được hỗ trợ`,
  }),
  exportedAt: z.iso
    .datetime({ offset: true, error: 'Thời điểm xuất phải theo ISO 8601 có múi giờ, ví dụ 2026-01-31T08:00:00Z' })
    .optional(),
};

/** The whole JSON exchange file. */
export const catalogFileSchema = z.strictObject({
  ...envelopeShape,
  procedures: z.array(procedureFileSchema).max(MAX_IMPORT_PROCEDURES),
});

/** The file without its procedures checked, so that each procedure can be checked (and reported) on its own. */
export const catalogFileEnvelopeSchema = z.strictObject({
  ...envelopeShape,
  procedures: z.array(z.unknown()),
});

export type ChannelFile = z.infer<typeof channelFileSchema>;
export type SourceTagValueFile = z.infer<typeof sourceTagValueFileSchema>;
export type DurationFile = z.infer<typeof durationFileSchema>;
export type StepAgencyFile = z.infer<typeof stepAgencyFileSchema>;
export type ProcessStepFile = z.infer<typeof processStepFileSchema>;
export type ProcedureCaseFile = z.infer<typeof procedureCaseFileSchema>;
export type FeeItemFile = z.infer<typeof feeItemFileSchema>;
export type ChannelOfferFile = z.infer<typeof channelOfferFileSchema>;
export type ChecklistItemFile = z.infer<typeof checklistItemFileSchema>;
export type ResultTypeFile = z.infer<typeof resultTypeFileSchema>;
export type LegalBasisFile = z.infer<typeof legalBasisFileSchema>;
/** A procedure after parsing (defaults filled in). */
export type ProcedureFile = z.infer<typeof procedureFileSchema>;
/** A procedure as it may be written in a file (fields with defaults may be left out). */
export type ProcedureFileInput = z.input<typeof procedureFileSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Import issues
// ---------------------------------------------------------------------------------------------------------------

/**
 * One problem found by an import, located where the user fixes it. For an .xlsx file: the sheet, the row as Excel
 * numbers it and the column letter. For a JSON file: sheet `JSON`, row = the procedure's position (1 = first) and
 * `field` = the path from the file's root. Row 0 means the file as a whole (sheet `''` for an .xlsx file).
 */
export const importIssueSchema = z.object({
  sheet: z.string(),
  row: z.number().int().min(0),
  /** Column letter in the sheet, e.g. `C`. */
  column: z.string().optional(),
  /** All rows concerned when the problem spans several (e.g. every step of a case whose steps do not add up). */
  rows: z.array(z.number().int().min(0)).optional(),
  /** .xlsx: the column's field name (as in the header comment); JSON: the path, e.g. `procedures[0].cases[1].name`. */
  field: z.string().optional(),
  /** A catalog rule code (CODE_FORMAT, STEP_SUM, UNKNOWN_AGENCY…) or a file code (FILE_FORMAT, SCHEMA…). */
  code: z.string(),
  /** Vietnamese: what is wrong and what is accepted. */
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** Codes of the problems an import finds before the catalog rules run (those use the catalog's own codes). */
export type ImportFileIssueCode =
  | 'FILE_FORMAT'
  | 'FILE_TOO_LARGE'
  | 'JSON_SYNTAX'
  | 'SCHEMA'
  | 'MISSING_SHEET'
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'LIMIT'
  | 'REQUIRED'
  | 'INVALID_VALUE'
  | 'UNKNOWN_PROCEDURE'
  | 'UNKNOWN_CASE'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_CASE'
  | 'CONFLICT'
  | 'UNKNOWN_AGENCY';

const TYPE_NAMES: Record<string, string> = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một đối tượng',
  null: 'null',
};

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'một danh sách';
  switch (typeof input) {
    case 'string':
      return `chuỗi "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
    case 'number':
      return `số ${input}`;
    case 'boolean':
      return String(input);
    case 'object':
      return 'một đối tượng';
    default:
      return typeof input;
  }
}

/** Why `status` is refused: said in full because it is the one field an export of the database has and a file has not. */
export const STATUS_NOT_IN_FILE =
  'Trường "status" không ghi trong tệp: thủ tục nhập vào luôn là bản nháp, việc công bố làm riêng';

const nf = (n: number | bigint) => Number(n).toLocaleString('vi-VN');

/**
 * Vietnamese messages for the schema's generic checks, written for the people who fill the files (the zod locale
 * speaks of "đầu vào" and types). Pass it per parse: `schema.safeParse(data, { error: catalogImportErrorMap })`.
 * Checks with their own message in the schema keep it.
 */
export const catalogImportErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `Thiếu giá trị bắt buộc (cần ${expected})`;
      return `Giá trị phải là ${expected}, đang là ${describeInput(issue.input)}`;
    }
    case 'too_small': {
      const min = nf(issue.minimum);
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'Không được để trống' : `Cần ít nhất ${min} ký tự`;
      }
      if (issue.origin === 'array') return `Cần ít nhất ${min} phần tử`;
      return issue.inclusive ? `Giá trị phải từ ${min} trở lên` : `Giá trị phải lớn hơn ${min}`;
    }
    case 'too_big': {
      const max = nf(issue.maximum);
      if (issue.origin === 'string') return `Dài quá ${max} ký tự`;
      if (issue.origin === 'array') return `Nhiều quá ${max} phần tử`;
      return issue.inclusive ? `Giá trị tối đa là ${max}` : `Giá trị phải nhỏ hơn ${max}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `Giá trị phải là ${JSON.stringify(issue.values[0])}`
        : `Giá trị phải là một trong: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1 && issue.keys[0] === 'status'
        ? STATUS_NOT_IN_FILE
        : `Trường không thuộc định dạng: ${issue.keys.map((k) => `"${k}"`).join(', ')} (tên trường phân biệt chữ hoa, chữ thường)`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'Giá trị không đúng định dạng' : `Giá trị không đúng định dạng ${issue.format}`;
    case 'invalid_union':
      return 'Giá trị không đúng kiểu nào được chấp nhận';
    default:
      return undefined;
  }
};
