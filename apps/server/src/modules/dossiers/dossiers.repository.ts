import type { DossierListSort } from '@mot-cua/contracts';
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { vietnamInstant } from '../../platform/time';
import { dossierAttachments, dossierEvents, dossiers, publicLookupAttempts } from '../../db/schema';
import type { Dossier, StepState } from './dossier';
import type { DossierEvent } from './dossier-workflow';

export type DossierRow = typeof dossiers.$inferSelect;
export type DossierEventRow = typeof dossierEvents.$inferSelect;
export type AttachmentRow = typeof dossierAttachments.$inferSelect;

/** JSON turns Dates into strings; these keys of the state hold instants. */
const DATE_KEYS = new Set([
  'at',
  'dueAt',
  'startedAt',
  'completedAt',
  'submittedAt',
  'receivedAt',
  'clockStartedAt',
  'pausedAt',
  'resultReadyAt',
  'returnedAt',
  'closedAt',
]);

function revive<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    DATE_KEYS.has(key) && typeof v === 'string' ? new Date(v) : v,
  ) as T;
}

export function stateOf(row: Pick<DossierRow, 'state'>): Dossier {
  return revive(row.state as Dossier);
}

/** The agency a dossier waits at, for the work queues. */
function currentAgencyOf(d: Dossier, centerAgencyId: string): string | null {
  switch (d.status) {
    case 'SUBMITTED_ONLINE':
    case 'INTAKE_NEEDS_SUPPLEMENT':
    case 'RECEIVED':
    case 'SUPPLEMENT_REQUESTED':
    case 'RESULT_READY':
      return d.receivingAgencyId ?? centerAgencyId;
    case 'IN_PROCESS':
    case 'AWAITING_FINANCIAL_OBLIGATION': {
      const step: StepState | undefined = d.currentStep === null ? undefined : d.steps[d.currentStep];
      if (step) return step.agencyId;
      // After the last agency step, the dossier waits at that agency for its clerk to send the result.
      const last = [...d.steps].reverse().find((s) => s.completedAt !== null && s.agencyId !== centerAgencyId);
      return last?.agencyId ?? d.decidingAgencyId;
    }
    default:
      return null;
  }
}

/** The columns lists, queues and reports read, derived from the decider state in one place. */
export function columnsOf(d: Dossier, centerAgencyId: string, at: Date) {
  const step = d.currentStep === null ? undefined : d.steps[d.currentStep];
  return {
    code: d.code,
    status: d.status,
    version: d.version,
    currentAgencyId: currentAgencyOf(d, centerAgencyId),
    currentStepRole: step?.role ?? null,
    currentAssigneeId: step?.assigneeId ?? null,
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    dueAt: d.due?.dueAt ?? null,
    dueOn: d.due?.dueDate ?? null,
    originalDueOn: d.originalDue?.dueDate ?? null,
    resultReadyAt: d.resultReadyAt,
    returnedAt: d.returnedAt,
    outcome: d.outcome,
    apologized: d.apologyCount > 0,
    closedAt: d.closedAt,
    state: d,
    updatedAt: at,
  };
}

/**
 * Received on the Vietnam calendar days [from, to], as a range of instants so that the index on received_at
 * serves it (a `::date` of the column would read every row: 600 ms at a million dossiers, BENCHMARKS.md).
 */
export function receivedBetween(from: string | undefined, to: string | undefined): SQL | undefined {
  return and(
    from ? gte(dossiers.receivedAt, vietnamInstant(from)) : undefined,
    to ? lt(dossiers.receivedAt, vietnamInstant(to, 24 * 60)) : undefined,
  );
}

/** Dossiers received (Vietnam calendar day) within [from, to], inside the viewer's scope. */
function registerCondition(from: string, to: string, scope: SQL | undefined): SQL | undefined {
  return and(scope, isNotNull(dossiers.receivedAt), receivedBetween(from, to));
}

export const dossiersRepository = {
  async insert(ex: Executor, row: typeof dossiers.$inferInsert): Promise<void> {
    await ex.insert(dossiers).values(row);
  },

  /** Lock the row for the rest of the transaction (two officers acting at once: the second waits, then sees the new version). */
  async getForUpdate(ex: Executor, id: string): Promise<DossierRow | undefined> {
    const [row] = await ex.select().from(dossiers).where(eq(dossiers.id, id)).for('update').limit(1);
    return row;
  },

  async findById(ex: Executor, id: string): Promise<DossierRow | undefined> {
    const [row] = await ex.select().from(dossiers).where(eq(dossiers.id, id)).limit(1);
    return row;
  },

  async findByCode(ex: Executor, code: string): Promise<DossierRow | undefined> {
    const [row] = await ex.select().from(dossiers).where(eq(dossiers.code, code)).limit(1);
    return row;
  },

  /** Optimistic concurrency: the update only happens if the version is still the one read. */
  async update(
    ex: Executor,
    id: string,
    expectedVersion: number,
    patch: Partial<typeof dossiers.$inferInsert>,
  ): Promise<boolean> {
    const rows = await ex
      .update(dossiers)
      .set(patch)
      .where(and(eq(dossiers.id, id), eq(dossiers.version, expectedVersion)))
      .returning({ id: dossiers.id });
    return rows.length === 1;
  },

  async insertEvent(ex: Executor, dossierId: string, version: number, event: DossierEvent, requestId: string | null) {
    const { at, actorId, actorAgencyId, handover, form, type, ...payload } = event;
    await ex.insert(dossierEvents).values({
      dossierId,
      version,
      type,
      at,
      actorId,
      actorAgencyId,
      payload: { ...payload, ...(handover ? { handover } : {}) },
      form: form ?? null,
      fromAgencyId: handover?.fromAgencyId ?? null,
      toAgencyId: handover?.toAgencyId ?? null,
      handoverOutcome: handover?.outcome ?? null,
      requestId,
    });
  },

  async listEvents(ex: Executor, dossierId: string): Promise<DossierEventRow[]> {
    return ex
      .select()
      .from(dossierEvents)
      .where(eq(dossierEvents.dossierId, dossierId))
      .orderBy(asc(dossierEvents.version));
  },

  /**
   * Circular 01/2018 Art 19: the next sequence number of the unit's dossiers that day. The counter row is
   * updated inside the intake transaction, so concurrent intakes queue on it and a rolled-back intake gives
   * its number back: codes are unique and gapless.
   */
  async allocateSequence(ex: Executor, unitCode: string, day: string): Promise<number> {
    const [row] = await queryRows<{ last_sequence: number }>(
      ex,
      sql`insert into dossier_code_counters (unit_code, day, last_sequence) values (${unitCode}, ${day}::date, 1)
          on conflict (unit_code, day) do update set last_sequence = dossier_code_counters.last_sequence + 1
          returning last_sequence`,
    );
    return Number(row!.last_sequence);
  },

  async list(ex: Executor, where: SQL | undefined, order: DossierListSort, limit: number, offset: number) {
    const orderBy = {
      due: [asc(dossiers.dueOn), asc(dossiers.id)],
      '-due': [sql`${dossiers.dueOn} desc nulls last`, desc(dossiers.id)],
      received: [sql`${dossiers.receivedAt} asc nulls last`, asc(dossiers.createdAt)],
      '-received': [desc(dossiers.receivedAt), desc(dossiers.createdAt)],
    }[order];
    return ex
      .select({
        id: dossiers.id,
        code: dossiers.code,
        status: dossiers.status,
        version: dossiers.version,
        procedureCode: dossiers.procedureCode,
        procedureName: dossiers.procedureName,
        applicantName: dossiers.applicantName,
        decidingAgencyId: dossiers.decidingAgencyId,
        currentAgencyId: dossiers.currentAgencyId,
        channel: dossiers.channel,
        receivedAt: dossiers.receivedAt,
        dueOn: dossiers.dueOn,
        closedAt: dossiers.closedAt,
      })
      .from(dossiers)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit)
      .offset(offset);
  },

  async count(ex: Executor, where: SQL | undefined): Promise<number> {
    const [row] = await ex.select({ n: count() }).from(dossiers).where(where);
    return Number(row?.n ?? 0);
  },

  /** How many match, counting no further than `cap` (a badge shows "999+"; counting a million costs 100 ms). */
  async countUpTo(ex: Executor, where: SQL | undefined, cap: number): Promise<number> {
    const limited = ex
      .select({ one: sql`1` })
      .from(dossiers)
      .where(where)
      .limit(cap)
      .as('limited');
    const [row] = await ex.select({ n: count() }).from(limited);
    return Number(row?.n ?? 0);
  },

  /** Form 06 rows: dossiers received in a period (dates in Vietnam), oldest first. */
  async listForRegister(ex: Executor, from: string, to: string, scope: SQL | undefined, limit: number) {
    return ex
      .select()
      .from(dossiers)
      .where(registerCondition(from, to, scope))
      .orderBy(asc(dossiers.receivedAt), asc(dossiers.code))
      .limit(limit);
  },

  async countForRegister(ex: Executor, from: string, to: string, scope: SQL | undefined): Promise<number> {
    const [row] = await ex
      .select({ n: count() })
      .from(dossiers)
      .where(registerCondition(from, to, scope));
    return Number(row?.n ?? 0);
  },

  /** The events of some types for many dossiers at once, in order (the register's transfer and return dates). */
  async listEventsOfTypes(ex: Executor, dossierIds: string[], types: string[]): Promise<DossierEventRow[]> {
    if (!dossierIds.length) return [];
    return ex
      .select()
      .from(dossierEvents)
      .where(and(inArray(dossierEvents.dossierId, dossierIds), inArray(dossierEvents.type, types)))
      .orderBy(asc(dossierEvents.dossierId), asc(dossierEvents.version));
  },

  async insertAttachment(ex: Executor, row: typeof dossierAttachments.$inferInsert): Promise<void> {
    await ex.insert(dossierAttachments).values(row);
  },

  async listAttachments(ex: Executor, dossierId: string): Promise<AttachmentRow[]> {
    return ex
      .select()
      .from(dossierAttachments)
      .where(eq(dossierAttachments.dossierId, dossierId))
      .orderBy(asc(dossierAttachments.uploadedAt));
  },

  async findAttachment(ex: Executor, dossierId: string, id: string): Promise<AttachmentRow | undefined> {
    const [row] = await ex
      .select()
      .from(dossierAttachments)
      .where(and(eq(dossierAttachments.dossierId, dossierId), eq(dossierAttachments.id, id)))
      .limit(1);
    return row;
  },

  async recordLookup(ex: Executor, ip: string, at: Date): Promise<void> {
    await ex.insert(publicLookupAttempts).values({ ip, at });
  },

  async countLookups(ex: Executor, ip: string, since: Date): Promise<number> {
    const [row] = await ex
      .select({ n: count() })
      .from(publicLookupAttempts)
      .where(and(eq(publicLookupAttempts.ip, ip), gte(publicLookupAttempts.at, since)));
    return Number(row?.n ?? 0);
  },

  async purgeLookups(ex: Executor, before: Date): Promise<void> {
    await ex.delete(publicLookupAttempts).where(lt(publicLookupAttempts.at, before));
  },
};
