import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { outbox } from '../../db/schema';

export interface OutboxRow {
  id: number;
  topic: string;
  payload: unknown;
  attempts: number;
}

export const outboxRepository = {
  async insert(ex: Executor, message: { topic: string; payload: unknown; createdAt: Date }): Promise<void> {
    await ex.insert(outbox).values({ ...message, availableAt: message.createdAt });
  },

  /** Claim due messages; rows another process holds are skipped, not waited for. */
  async claimDue(ex: Executor, now: Date, limit: number): Promise<OutboxRow[]> {
    return queryRows<OutboxRow>(
      ex,
      sql`select id::int as id, topic, payload, attempts from outbox
          where delivered_at is null and available_at <= ${now.toISOString()}::timestamptz
          order by id limit ${limit} for update skip locked`,
    );
  },

  async markDelivered(ex: Executor, id: number, at: Date): Promise<void> {
    await ex.execute(
      sql`update outbox set delivered_at = ${at.toISOString()}::timestamptz, attempts = attempts + 1 where id = ${id}`,
    );
  },

  async markFailed(ex: Executor, id: number, error: string, retryAt: Date): Promise<void> {
    await ex.execute(
      sql`update outbox set attempts = attempts + 1, last_error = ${error.slice(0, 500)},
          available_at = ${retryAt.toISOString()}::timestamptz where id = ${id}`,
    );
  },
};
