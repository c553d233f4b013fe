import { z } from 'zod';
import { agencyRefSchema } from './auth';
import { durationUnitSchema } from './calendar';
import { importIssueSchema, procedureFileSchema } from './catalog-import';
import { MAX_PAGE_SIZE } from './common';

export const ProcedureChannel = {
  IN_PERSON: 'IN_PERSON',
  POSTAL: 'POSTAL',
  ONLINE_FULL: 'ONLINE_FULL',
  ONLINE_PARTIAL: 'ONLINE_PARTIAL',
} as const;
export type ProcedureChannel = (typeof ProcedureChannel)[keyof typeof ProcedureChannel];
export const procedureChannelSchema = z.enum(['IN_PERSON', 'POSTAL', 'ONLINE_FULL', 'ONLINE_PARTIAL']);
export const procedureLevelSchema = z.enum(['PROVINCE', 'DISTRICT', 'COMMUNE']);
export const onlineLevelSchema = z.enum(['ONLINE_FULL', 'ONLINE_PARTIAL', 'NONE']);
export const procedureStatusSchema = z.enum(['DRAFT', 'PUBLISHED', 'SUSPENDED']);

export const durationSchema = z.object({
  amount: z.number(),
  unit: durationUnitSchema,
  /** "10 ngày làm việc", "trong ngày". */
  label: z.string(),
});

export const procedureListQuerySchema = z.object({
  q: z.string().max(200, 'Từ khóa tối đa 200 ký tự').optional(),
  /** The deciding agency's identifier code (or id). */
  agency: z.string().max(64).optional(),
  field: z.string().max(200).optional(),
  level: procedureLevelSchema.optional(),
  online: onlineLevelSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  // Absurd page sizes are capped, not refused.
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .transform((n) => Math.min(n, MAX_PAGE_SIZE)),
});

export const procedureListItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  agency: z.object({ code: z.string(), name: z.string() }),
  field: z.string(),
  level: procedureLevelSchema,
  onlineLevel: onlineLevelSchema,
  legalTime: durationSchema.nullable(),
});
export type ProcedureListItem = z.infer<typeof procedureListItemSchema>;

export const procedureListResponseSchema = z.object({
  items: z.array(procedureListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** True when nothing matched every word and the items are similar spellings (typo tolerance). */
  approximate: z.boolean(),
});

export const feeItemSchema = z.object({
  name: z.string(),
  /** null: set elsewhere, e.g. "theo Nghị quyết HĐND tỉnh". */
  amountVnd: z.number().nullable(),
  basis: z.string(),
  perUnit: z.string().optional(),
  caseCode: z.string().optional(),
  note: z.string().optional(),
});

export const checklistItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  required: z.boolean(),
  originals: z.number().int(),
  copies: z.number().int(),
  formTemplate: z.string().optional(),
  eForm: z.boolean().optional(),
  caseCodes: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export const processStepSchema = z.object({
  order: z.number().int(),
  name: z.string(),
  role: z.string(),
  agency: agencyRefSchema.nullable(),
  duration: durationSchema,
});

export const procedureDetailSchema = z.object({
  id: z.uuid(),
  versionId: z.uuid(),
  version: z.number().int(),
  code: z.string(),
  localCode: z.string().optional(),
  name: z.string(),
  field: z.string(),
  level: procedureLevelSchema,
  ruleSet: z.enum(['2018', '2025']),
  status: procedureStatusSchema,
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  decidingAgency: agencyRefSchema,
  decidingBodyNote: z.string().optional(),
  receivingAgency: agencyRefSchema,
  coordinatingAgencies: z.array(agencyRefSchema),
  onlineLevel: onlineLevelSchema,
  cases: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      legalTime: durationSchema,
      sameDayCutoff: z.string().optional(),
      steps: z.array(processStepSchema),
      note: z.string().optional(),
    }),
  ),
  channels: z.array(
    z.object({
      channel: procedureChannelSchema,
      label: z.string(),
      fees: z.array(feeItemSchema),
      time: durationSchema.optional(),
      note: z.string().optional(),
    }),
  ),
  documents: z.array(checklistItemSchema),
  results: z.array(z.object({ name: z.string(), electronic: z.boolean().optional() })),
  legalBases: z.array(z.object({ code: z.string(), name: z.string() })),
  receivedAtCenter: z.boolean(),
  processedWhollyAtCenter: z.boolean(),
  interAgency: z.boolean(),
  sources: z.object({ code: z.string(), time: z.string(), fee: z.string(), docs: z.string() }),
  /** True when some values are demo estimates (source tag E) to verify before real use. */
  hasDemoValues: z.boolean(),
  notes: z.array(z.string()),
  publishedAt: z.string().nullable(),
});
export type ProcedureDetail = z.infer<typeof procedureDetailSchema>;

export const procedureCodeParamsSchema = z.object({
  code: z.string().regex(/^[1-9]\.\d{6}$/, 'Mã thủ tục có dạng 1.001193'),
});

export const procedureFieldsResponseSchema = z.object({ items: z.array(z.string()) });

// ---------------------------------------------------------------------------------------------------------------
// Administration of the catalog (permission catalog.manage): drafts, versions, publishing, import and export
// ---------------------------------------------------------------------------------------------------------------

/** DRAFT (being edited), PUBLISHED (in force), SUPERSEDED (an older published version). */
export const procedureVersionStatusSchema = z.enum(['DRAFT', 'PUBLISHED', 'SUPERSEDED']);
export type ProcedureVersionStatus = z.infer<typeof procedureVersionStatusSchema>;

export const adminProcedureListQuerySchema = z.object({
  /** Words of the code, name, field or deciding agency (no diacritics needed). */
  q: z.string().max(200, 'Từ khóa tối đa 200 ký tự').optional(),
  status: procedureStatusSchema.optional(),
});

export const adminProcedureListItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: procedureLevelSchema,
  status: procedureStatusSchema,
  /** The deciding agency. */
  agency: z.object({ code: z.string(), name: z.string() }),
  /** The version in force (null when never published). */
  publishedVersion: z.number().int().nullable(),
  /** The draft being edited, if any. */
  draftVersion: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type AdminProcedureListItem = z.infer<typeof adminProcedureListItemSchema>;

export const adminProcedureListResponseSchema = z.object({
  items: z.array(adminProcedureListItemSchema),
  total: z.number().int(),
});

/** A problem with one field of a procedure being edited: `path` is the field in the exchange format (`cases[0].steps`). */
export const procedureIssueSchema = z.object({
  path: z.string(),
  /** A catalog rule code: CODE_FORMAT, STEP_SUM, UNKNOWN_AGENCY… */
  code: z.string(),
  message: z.string(),
});
export type ProcedureIssue = z.infer<typeof procedureIssueSchema>;

export const procedureVersionSummarySchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: procedureVersionStatusSchema,
  changeNote: z.string().nullable(),
  createdAt: z.string(),
  /** Full name of the staff member who created the version (null: the system, e.g. the demo seed). */
  createdBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export type ProcedureVersionSummary = z.infer<typeof procedureVersionSummarySchema>;

/** One version with its content, agencies as identifier codes (the exchange format, docs/catalog-import.md). */
export const procedureVersionDetailSchema = procedureVersionSummarySchema.extend({ procedure: procedureFileSchema });
export type ProcedureVersionDetail = z.infer<typeof procedureVersionDetailSchema>;

/** A procedure for editing: its draft when there is one, else its published version. */
export const adminProcedureSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  status: procedureStatusSchema,
  /** The version shown in `procedure`. */
  version: procedureVersionSummarySchema,
  procedure: procedureFileSchema,
  /** Catalog rules the shown version breaks; empty when it may be published. */
  issues: z.array(procedureIssueSchema),
  publishedVersion: z.number().int().nullable(),
  draftVersion: z.number().int().nullable(),
  /** Every version, newest first. */
  versions: z.array(procedureVersionSummarySchema),
  updatedAt: z.string(),
  /**
   * Opaque token of this state of the procedure. Send it back as `If-Match` when saving, discarding or publishing
   * the draft: if someone changed the procedure meanwhile, the write is refused with 409 CONFLICT.
   */
  revision: z.string(),
});
export type AdminProcedure = z.infer<typeof adminProcedureSchema>;

export const procedureVersionParamsSchema = procedureCodeParamsSchema.extend({
  version: z.coerce.number().int().min(1).max(100_000),
});

export const procedureValidationResponseSchema = z.object({
  valid: z.boolean(),
  /** The version checked: the draft, or the published version when there is no draft. */
  version: z.number().int(),
  issues: z.array(procedureIssueSchema),
});

export const publishProcedureBodySchema = z.object({
  /** What changed and why, kept with the version (the history shows it). */
  note: z.string().trim().min(5, 'Hãy ghi nội dung thay đổi (ít nhất 5 ký tự)').max(2000),
});

export const procedureStatusChangeBodySchema = z.object({
  reason: z.string().trim().min(5, 'Hãy ghi lý do, ví dụ số văn bản (ít nhất 5 ký tự)').max(1000),
});

export const procedureDiffQuerySchema = z.object({
  /** Default: the version before `to`. */
  from: z.coerce.number().int().min(1).max(100_000).optional(),
  /** Default: the draft, else the published version. */
  to: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const procedureChangeSchema = z.object({
  /** e.g. `name`, `cases[1.001193.01].legalTime.amount`, `checklist[to-khai].copies`, `channels[POSTAL]`. */
  path: z.string(),
  /** Absent when the value was added. */
  before: z.unknown().optional(),
  /** Absent when the value was removed. */
  after: z.unknown().optional(),
});

export const procedureDiffResponseSchema = z.object({
  from: procedureVersionSummarySchema,
  to: procedureVersionSummarySchema,
  changes: z.array(procedureChangeSchema),
});
export type ProcedureDiff = z.infer<typeof procedureDiffResponseSchema>;

export const catalogFileFormatSchema = z.enum(['json', 'xlsx']);

export const catalogImportQuerySchema = z.object({
  format: catalogFileFormatSchema,
  /** validate: check and report only; apply: check, then write everything or nothing. */
  mode: z.enum(['validate', 'apply']).default('validate'),
});

export const catalogImportChangeSchema = z.enum(['NEW', 'UPDATED', 'UNCHANGED']);

export const catalogImportResultSchema = z.object({
  /** No issue: `mode=apply` writes (or wrote) the file. */
  valid: z.boolean(),
  /** True when this request wrote the catalog (mode=apply). */
  applied: z.boolean(),
  issues: z.array(importIssueSchema),
  summary: z.object({ new: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  /** Each procedure read from the file and what the import does (did) with it. */
  procedures: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      change: catalogImportChangeSchema,
      /** The version in force after the import (when applied), or the version it would replace. */
      version: z.number().int().nullable(),
    }),
  ),
});
export type CatalogImportResult = z.infer<typeof catalogImportResultSchema>;

export const catalogExportQuerySchema = z.object({
  format: catalogFileFormatSchema.default('xlsx'),
  /** Only procedures with this status; all when absent. Each is written as its published version (its draft when never published). */
  status: procedureStatusSchema.optional(),
});
