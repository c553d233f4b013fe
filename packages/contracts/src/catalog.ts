import { z } from 'zod';
import { agencyRefSchema } from './auth';
import { durationUnitSchema } from './calendar';
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
