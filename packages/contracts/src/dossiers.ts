import { z } from 'zod';
import { agencyRefSchema } from './auth';
import { plainDateSchema } from './common';

/**
 * The states of a dossier (shared/domain/rules.md §4, transitions T1–T15, as checked in rules-verified.md:
 * Decree 61/2018 Art 17–20, Circular 01/2018), with the national portal's status code where there is one.
 */
export const DossierStatus = {
  /** T1: submitted online, waiting for the desk's check (portal code 1). */
  SUBMITTED_ONLINE: 'SUBMITTED_ONLINE',
  /** T3/T3': sent back once at intake with everything to complete (Form 02); no code yet, no clock. */
  INTAKE_NEEDS_SUPPLEMENT: 'INTAKE_NEEDS_SUPPLEMENT',
  /** T4: refused at intake (Form 03) (portal code 3). */
  REJECTED_AT_INTAKE: 'REJECTED_AT_INTAKE',
  /** T2: received, code and due date given (Form 01) (portal code 2). */
  RECEIVED: 'RECEIVED',
  /** T6: transferred to the competent agency and being processed (portal code 4). */
  IN_PROCESS: 'IN_PROCESS',
  /** T7: the agency asked, through the center, for a supplement (Form 02) (portal code 5). */
  SUPPLEMENT_REQUESTED: 'SUPPLEMENT_REQUESTED',
  /** T12: waiting for a tax or fee payment (portal code 6). */
  AWAITING_FINANCIAL_OBLIGATION: 'AWAITING_FINANCIAL_OBLIGATION',
  /** T15: withdrawn at the applicant's written request (portal code 7). */
  WITHDRAWN: 'WITHDRAWN',
  /** T9: processing stopped (not eligible, refused after appraisal, or the applicant asked) (portal code 8). */
  STOPPED: 'STOPPED',
  /** T13: result at the center, waiting to be handed over (portal code 9). */
  RESULT_READY: 'RESULT_READY',
  /** T14/T5: result handed over (portal code 10). */
  RETURNED: 'RETURNED',
} as const;
export type DossierStatus = (typeof DossierStatus)[keyof typeof DossierStatus];
export const dossierStatusSchema = z.enum(Object.values(DossierStatus) as [DossierStatus, ...DossierStatus[]]);

export const dossierChannelSchema = z.enum(['IN_PERSON', 'POSTAL', 'ONLINE'], {
  error: 'Kênh nộp phải là IN_PERSON, POSTAL hoặc ONLINE',
});
export type DossierChannel = z.infer<typeof dossierChannelSchema>;
export const DOSSIER_CHANNELS: readonly DossierChannel[] = dossierChannelSchema.options;
export const resultDeliverySchema = z.enum(['COUNTER', 'POST', 'ONLINE'], {
  error: 'Hình thức nhận kết quả phải là COUNTER, POST hoặc ONLINE',
});
export type ResultDelivery = z.infer<typeof resultDeliverySchema>;

/**
 * Số định danh cá nhân (12 digits: province of birth registration, century/sex, year, serial — Circular
 * 59/2021/TT-BCA Art 4), or a legacy 9-digit CMND.
 */
export const idNumberSchema = z
  .string()
  .trim()
  .regex(/^(\d{12}|\d{9})$/, 'Số định danh cá nhân gồm 12 chữ số (hoặc CMND cũ 9 chữ số)');
/** Vietnamese phone: 10-digit mobile (since 15/09/2018) or a landline with its area code; spaces and dots allowed. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, '').replace(/^\+84/, '0'))
  .pipe(
    z
      .string()
      .regex(/^0(3|5|7|8|9)\d{8}$|^02\d{8,9}$/, 'Số điện thoại phải có 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678)'),
  );

export const applicantSchema = z.strictObject({
  fullName: z.string().trim().min(2, 'Họ tên quá ngắn').max(200),
  idNumber: idNumberSchema,
  phone: phoneSchema,
  email: z.email('Thư điện tử không hợp lệ').max(200).optional(),
  address: z.string().trim().min(5, 'Địa chỉ quá ngắn').max(500),
});

export const intakeDocumentSchema = z.strictObject({
  checklistItemId: z.string().min(1).max(100),
  originals: z.number().int().min(0).max(100),
  copies: z.number().int().min(0).max(100),
});

export const createDossierBodySchema = z.strictObject({
  procedureCode: z
    .string()
    .trim()
    .regex(/^[1-9]\.\d{6}$/, 'Mã thủ tục có dạng 1.001193'),
  caseCode: z.string().trim().max(40).optional(),
  channel: dossierChannelSchema,
  applicant: applicantSchema,
  documents: z.array(intakeDocumentSchema).max(100),
  sets: z.number().int().min(1).max(20).optional(),
  resultDelivery: resultDeliverySchema,
  /** At the counter: receive (default), or give Form 02 listing everything to complete, once, or refuse (Form 03). */
  intakeDecision: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('RECEIVE') }),
      z.strictObject({
        type: z.literal('RETURN_FOR_COMPLETION'),
        items: z
          .array(
            z.strictObject({ name: z.string().trim().min(2).max(300), reason: z.string().trim().min(2).max(1000) }),
          )
          .min(1)
          .max(50),
      }),
      z.strictObject({ type: z.literal('REFUSE'), reason: z.string().trim().min(5).max(2000) }),
    ])
    .optional(),
  note: z.string().trim().max(2000).optional(),
});
export type CreateDossierBody = z.infer<typeof createDossierBodySchema>;

export const dossierCreatedSchema = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  status: dossierStatusSchema,
  receivedAt: z.string().nullable(),
  dueDate: plainDateSchema.nullable(),
  /** The appointment time, ISO 8601 with +07:00. */
  dueAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});

const supplementItemSchema = z.strictObject({
  name: z.string().trim().min(2).max(300),
  reason: z.string().trim().min(2).max(1000),
});

const actionBase = { expectedVersion: z.number().int().min(0) };
export const dossierActionBodySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('RECEIVE'), ...actionBase, note: z.string().max(2000).optional() }),
  z.strictObject({
    type: z.literal('RETURN_FOR_COMPLETION'),
    ...actionBase,
    items: z.array(supplementItemSchema).min(1).max(50),
    note: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('REFUSE'), ...actionBase, reason: z.string().trim().min(1).max(2000) }),
  z.strictObject({ type: z.literal('TRANSFER'), ...actionBase, note: z.string().max(2000).optional() }),
  z.strictObject({ type: z.literal('ASSIGN'), ...actionBase, assigneeId: z.uuid() }),
  z.strictObject({ type: z.literal('CLAIM'), ...actionBase }),
  z.strictObject({ type: z.literal('COMPLETE_STEP'), ...actionBase, note: z.string().max(2000).optional() }),
  z.strictObject({
    type: z.literal('REQUEST_SUPPLEMENT'),
    ...actionBase,
    items: z.array(supplementItemSchema).min(1).max(50),
    note: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('RECEIVE_SUPPLEMENT'), ...actionBase, note: z.string().max(2000).optional() }),
  z.strictObject({
    type: z.literal('REQUEST_PAYMENT'),
    ...actionBase,
    amountVnd: z.number().int().min(0).max(1e12).optional(),
    description: z.string().trim().min(2).max(1000),
  }),
  z.strictObject({
    type: z.literal('CONFIRM_PAYMENT'),
    ...actionBase,
    receiptNumber: z.string().trim().max(100).optional(),
  }),
  z.strictObject({
    type: z.literal('APOLOGIZE'),
    ...actionBase,
    reason: z.string().trim().min(1).max(2000),
    newDueDate: plainDateSchema,
  }),
  z.strictObject({
    type: z.literal('STOP'),
    ...actionBase,
    reason: z.string().trim().min(1).max(2000),
    requestedByApplicant: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal('WITHDRAW'), ...actionBase, reason: z.string().trim().min(1).max(2000) }),
  z.strictObject({
    type: z.literal('MARK_RESULT_READY'),
    ...actionBase,
    resultSummary: z.string().max(2000).optional(),
  }),
  z.strictObject({
    type: z.literal('RETURN_RESULT'),
    ...actionBase,
    deliveredBy: resultDeliverySchema,
    receivedBy: z.string().trim().min(1).max(200),
    signed: z.boolean(),
    note: z.string().max(2000).optional(),
  }),
]);
export type DossierActionBody = z.infer<typeof dossierActionBodySchema>;

export const dossierStepSchema = z.object({
  index: z.number().int(),
  name: z.string(),
  role: z.string(),
  agency: agencyRefSchema.nullable(),
  assignee: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  startedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  outcome: z.enum(['EARLY', 'ON_TIME', 'LATE']).nullable(),
  current: z.boolean(),
});

export const dossierEventSchema = z.object({
  version: z.number().int(),
  type: z.string(),
  at: z.string(),
  actor: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  actorAgency: agencyRefSchema.nullable(),
  form: z.string().nullable(),
  handover: z
    .object({
      from: agencyRefSchema.nullable(),
      to: agencyRefSchema.nullable(),
      outcome: z.enum(['EARLY', 'ON_TIME', 'LATE']).nullable(),
      /** Form 05 "Người giao": the person who handed the dossier over. */
      giver: z.string().nullable(),
      /** Form 05 "Người nhận": the first person of the receiving unit to act on it, or who took the result. */
      receiver: z.string().nullable(),
    })
    .nullable(),
  summary: z.string(),
});

export const dossierDetailSchema = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  status: dossierStatusSchema,
  version: z.number().int(),
  ruleSet: z.enum(['2018', '2025']),
  channel: dossierChannelSchema,
  resultDelivery: resultDeliverySchema,
  procedure: z.object({
    code: z.string(),
    name: z.string(),
    caseCode: z.string().nullable(),
    versionId: z.uuid().nullable(),
  }),
  receivingAgency: agencyRefSchema,
  decidingAgency: agencyRefSchema,
  currentAgency: agencyRefSchema.nullable(),
  applicant: z.object({
    fullName: z.string(),
    /** Masked unless requested with reveal=true by staff allowed to read personal data (the read is audited). */
    idNumber: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    address: z.string(),
    masked: z.boolean(),
  }),
  documents: z.array(
    z.object({ checklistItemId: z.string(), name: z.string(), originals: z.number().int(), copies: z.number().int() }),
  ),
  sets: z.number().int(),
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  dueDate: plainDateSchema.nullable(),
  originalDueDate: plainDateSchema.nullable(),
  resultReadyAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  outcome: z.enum(['EARLY', 'ON_TIME', 'LATE']).nullable(),
  overdue: z.boolean(),
  apologyCount: z.number().int(),
  supplementCount: z.number().int(),
  steps: z.array(dossierStepSchema),
  events: z.array(dossierEventSchema),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['COMPONENT', 'RESULT']),
      checklistItemId: z.string().nullable(),
      fileName: z.string(),
      contentType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
      uploadedAt: z.string(),
    }),
  ),
  forms: z.array(z.object({ kind: z.string(), title: z.string(), url: z.string() })),
  allowedActions: z.array(z.string()),
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;

export const DossierQueue = {
  TO_RECEIVE: 'to-receive',
  TO_TRANSFER: 'to-transfer',
  TO_ASSIGN: 'to-assign',
  MINE: 'mine',
  DUE_SOON: 'due-soon',
  OVERDUE: 'overdue',
  WAITING_APPLICANT: 'waiting-applicant',
  RESULTS_TO_RETURN: 'results-to-return',
  ALL: 'all',
} as const;
export type DossierQueue = (typeof DossierQueue)[keyof typeof DossierQueue];
export const dossierQueueSchema = z.enum(Object.values(DossierQueue) as [DossierQueue, ...DossierQueue[]], {
  error: `Hàng đợi phải là một trong: ${Object.values(DossierQueue).join(', ')}`,
});

/** Orders of a work-queue page: by due date or by reception time, `-` for descending. */
export const dossierListSortSchema = z.enum(['due', '-due', 'received', '-received'], {
  error: 'Sắp xếp theo: due, -due, received, -received',
});
export type DossierListSort = z.infer<typeof dossierListSortSchema>;

export const dossierListQuerySchema = z.object({
  queue: dossierQueueSchema.default('all'),
  q: z.string().max(200).optional(),
  status: dossierStatusSchema.optional(),
  channel: dossierChannelSchema.optional(),
  /** Days of reception (Vietnam time), both included. */
  receivedFrom: plainDateSchema.optional(),
  receivedTo: plainDateSchema.optional(),
  /** Default: the queue's own order (most urgent first, or newest first). */
  sort: dossierListSortSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .transform((n) => Math.min(n, 200)),
});

export const dossierListItemSchema = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  status: dossierStatusSchema,
  procedureCode: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  decidingAgency: agencyRefSchema,
  currentAgency: agencyRefSchema.nullable(),
  channel: dossierChannelSchema,
  receivedAt: z.string().nullable(),
  dueDate: plainDateSchema.nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
});
export const dossierListResponseSchema = z.object({
  items: z.array(dossierListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
/** Each queue's count, exact below 1,000; 1,000 means "1,000 or more" (the badges show 999+). */
export const dossierQueueCountsSchema = z.object({ counts: z.record(z.string(), z.number().int()) });

export const publicLookupQuerySchema = z.object({ verify: z.string().max(10).optional() });
export const publicDossierSchema = z.object({
  /** Null until the desk receives it: an online submission is tracked by its reference (the id). */
  code: z.string().nullable(),
  /** The submission reference (the dossier id), for an online applicant before a code is given. */
  reference: z.uuid(),
  channel: dossierChannelSchema,
  status: dossierStatusSchema,
  statusLabel: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  receivedAt: z.string().nullable(),
  dueDate: plainDateSchema.nullable(),
  steps: z.array(
    z.object({
      name: z.string(),
      agency: z.string().nullable(),
      completedAt: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
  resultReadyAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  /** What the applicant must complete (Form 02), while the dossier waits for it. */
  supplementItems: z.array(z.object({ name: z.string(), reason: z.string() })),
  /** Why the dossier was refused or stopped (Form 03 / the stop notice). */
  reason: z.string().nullable(),
  /** An online dossier sent back at intake may be completed and sent again from the portal, once. */
  canResubmit: z.boolean(),
});
