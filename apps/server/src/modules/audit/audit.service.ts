import type { Clock } from '../../platform/clock';
import type { Database, Executor } from '../../db/client';
import type { RequestContext } from '../../platform/request-context';
import { toVietnamIso } from '../../platform/time';
import { type AuditFilter, auditRepository } from './audit.repository';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Field names and non-personal values only: the audit log is read by administrators. */
  summary?: Record<string, unknown>;
}

/**
 * Write one audit row inside the caller's transaction, so the change and its record commit or fail together.
 * Every module may call this with its own transaction (ARCHITECTURE.md rule 3).
 */
export async function recordAudit(tx: Executor, ctx: RequestContext, clock: Clock, record: AuditRecord) {
  await auditRepository.insert(tx, {
    actorUserId: ctx.actor?.userId ?? null,
    actorUsername: ctx.actor?.username ?? null,
    action: record.action,
    subjectType: record.subjectType,
    subjectId: record.subjectId ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
    summary: record.summary ?? {},
    occurredAt: clock.now(),
  });
}

/**
 * Record that staff read personal data (ID numbers, phones, addresses). Called by the module that shows it.
 * `fields` names what was shown, never the values.
 */
export async function recordPersonalDataRead(
  ex: Executor,
  ctx: RequestContext,
  clock: Clock,
  subject: { type: string; id: string; fields: readonly string[]; purpose?: string },
) {
  await recordAudit(ex, ctx, clock, {
    action: 'personal-data.read',
    subjectType: subject.type,
    subjectId: subject.id,
    summary: { fields: subject.fields, ...(subject.purpose ? { purpose: subject.purpose } : {}) },
  });
}

export function createAuditService({ db }: { db: Database }) {
  return {
    async list(filter: AuditFilter, page: number, pageSize: number) {
      const { rows, total } = await auditRepository.list(db, filter, page, pageSize);
      return {
        total,
        items: rows.map((r) => ({
          id: r.id,
          occurredAt: toVietnamIso(r.occurredAt),
          actorUsername: r.actorUsername,
          action: r.action,
          subjectType: r.subjectType,
          subjectId: r.subjectId,
          requestId: r.requestId,
          summary: r.summary,
        })),
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
