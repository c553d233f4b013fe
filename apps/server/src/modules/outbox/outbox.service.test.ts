import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../../db/client';
import { fixedClock } from '../../platform/clock';
import { createTestDatabase } from '../../../test/test-db';
import { createOutboxDispatcher, enqueueOutbox } from './outbox.service';

let database: DatabaseHandle;
const clock = fixedClock('2026-11-27T02:00:00Z');
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('outbox', () => {
  it('sends nothing when the transaction that queued the message rolls back', async () => {
    await database.db
      .transaction(async (tx) => {
        await enqueueOutbox(tx, clock, { topic: 'sms', payload: { to: 'x' } });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from outbox`);
    expect(rows[0]!.n).toBe(0);
  });

  it('delivers committed messages once, and retries a failing one later with backoff', async () => {
    await database.db.transaction(async (tx) => {
      await enqueueOutbox(tx, clock, { topic: 'sms', payload: { n: 1 } });
      await enqueueOutbox(tx, clock, { topic: 'webhook', payload: { n: 2 } });
    });
    const sent: unknown[] = [];
    let webhookUp = false;
    const dispatcher = createOutboxDispatcher({
      db: database.db,
      clock,
      handlers: {
        sms: async (p) => void sent.push(p),
        webhook: async (p) => {
          if (!webhookUp) throw new Error('connection refused');
          sent.push(p);
        },
      },
    });
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 1, failed: 1 });
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 0, failed: 0 });
    webhookUp = true;
    clock.advance(31_000);
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 1, failed: 0 });
    expect(sent).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
