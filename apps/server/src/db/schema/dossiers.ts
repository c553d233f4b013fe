import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  boolean,
} from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';
import { agencies } from './org';
import { users } from './auth';

/**
 * Dossiers keep their current state in columns (for lists, queues and reports in plain SQL) and their
 * history in the append-only `dossier_events`, which is also the Form 05 control sheet and audit evidence.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    /** Circular 01/2018 Art 19: <unit code>-YYMMDD-XXXX; null until received. */
    code: text('code'),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    ruleSet: text('rule_set').notNull(),
    channel: text('channel').notNull(),
    resultDelivery: text('result_delivery').notNull(),
    procedureCode: text('procedure_code').notNull(),
    procedureVersionId: uuid('procedure_version_id'),
    procedureName: text('procedure_name').notNull(),
    caseCode: text('case_code'),
    receivingAgencyId: uuid('receiving_agency_id')
      .notNull()
      .references(() => agencies.id),
    decidingAgencyId: uuid('deciding_agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Where the dossier is now (the agency of the current step), for the work queues. */
    currentAgencyId: uuid('current_agency_id').references(() => agencies.id),
    currentStepRole: text('current_step_role'),
    currentAssigneeId: uuid('current_assignee_id').references(() => users.id),
    // Applicant (personal data: masked in lists, reads by staff are audited).
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    /** Last 4 digits of the phone: the second factor of the public lookup. */
    applicantPhoneLast4: text('applicant_phone_last4').notNull(),
    applicantEmail: text('applicant_email'),
    applicantAddress: text('applicant_address').notNull(),
    /** Unaccented lower-case name, for search. */
    applicantNameSearch: text('applicant_name_search').notNull(),
    documents: jsonb('documents').notNull(),
    sets: integer('sets').notNull().default(1),
    /** The full decider state (steps, counters, dues) as `evolve` left it. */
    state: jsonb('state').notNull(),
    submittedAt: timestamptz('submitted_at'),
    receivedAt: timestamptz('received_at'),
    dueAt: timestamptz('due_at'),
    dueOn: date('due_on', { mode: 'string' }),
    originalDueOn: date('original_due_on', { mode: 'string' }),
    resultReadyAt: timestamptz('result_ready_at'),
    returnedAt: timestamptz('returned_at'),
    outcome: text('outcome'),
    apologized: boolean('apologized').notNull().default(false),
    closedAt: timestamptz('closed_at'),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('dossiers_code_uq').on(t.code),
    index('dossiers_queue_agency_idx').on(t.currentAgencyId, t.status, t.dueOn),
    index('dossiers_assignee_idx').on(t.currentAssigneeId, t.status),
    index('dossiers_status_due_idx').on(t.status, t.dueOn),
    index('dossiers_deciding_idx').on(t.decidingAgencyId, t.receivedAt),
    index('dossiers_received_idx').on(t.receivedAt),
    index('dossiers_applicant_name_trgm').using('gin', sql`${t.applicantNameSearch} gin_trgm_ops`),
  ],
);

export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** The dossier version this event produced (1, 2, 3 …). */
    version: integer('version').notNull(),
    type: text('type').notNull(),
    at: timestamptz('at').notNull(),
    actorId: uuid('actor_id'),
    actorAgencyId: uuid('actor_agency_id'),
    payload: jsonb('payload').notNull(),
    form: text('form'),
    // Form 05 row, when the event is a hand-over.
    fromAgencyId: uuid('from_agency_id'),
    toAgencyId: uuid('to_agency_id'),
    handoverOutcome: text('handover_outcome'),
    requestId: text('request_id'),
  },
  (t) => [uniqueIndex('dossier_events_version_uq').on(t.dossierId, t.version), index('dossier_events_at_idx').on(t.at)],
);

/** Per receiving unit and day, the last sequence number given: codes are unique and gapless. */
export const dossierCodeCounters = pgTable(
  'dossier_code_counters',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.day] })],
);

export const dossierAttachments = pgTable(
  'dossier_attachments',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** COMPONENT (a scan of a document in the checklist) or RESULT. */
    kind: text('kind').notNull(),
    checklistItemId: text('checklist_item_id'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    blobKey: text('blob_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamptz('uploaded_at').notNull(),
  },
  (t) => [index('dossier_attachments_dossier_idx').on(t.dossierId)],
);

/** Public lookups by IP, for rate limiting across server processes (rows older than a day are purged). */
export const publicLookupAttempts = pgTable(
  'public_lookup_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ip: text('ip').notNull(),
    at: timestamptz('at').notNull(),
  },
  (t) => [index('public_lookup_attempts_ip_idx').on(t.ip, t.at)],
);
