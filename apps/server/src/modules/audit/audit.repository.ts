import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';

export interface NewAuditEntry {
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  requestId: string | null;
  ip: string | null;
  summary: Record<string, unknown>;
  occurredAt: Date;
}

export interface AuditFilter {
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actor?: string | undefined;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.actor) conditions.push(eq(auditLog.actorUsername, filter.actor));
  return conditions.length ? and(...conditions) : undefined;
}

export const auditRepository = {
  async insert(ex: Executor, entry: NewAuditEntry): Promise<void> {
    await ex.insert(auditLog).values(entry);
  },

  async list(ex: Executor, filter: AuditFilter, page: number, pageSize: number) {
    const where = whereOf(filter);
    const [rows, totals] = await Promise.all([
      ex
        .select()
        .from(auditLog)
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      ex.select({ total: count() }).from(auditLog).where(where),
    ]);
    return { rows, total: Number(totals[0]?.total ?? 0) };
  },
};
