import type { Database, Executor } from '../../db/client';
import type { Clock } from '../../platform/clock';
import { outboxRepository } from './outbox.repository';

/** Delivers one message to the outside world; throws to retry later. */
export type OutboxHandler = (payload: unknown) => Promise<void>;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts));
}

/**
 * Queue a message inside the caller's transaction. If the transaction rolls back the message is never sent;
 * if it commits, the delivery job sends it even after a crash.
 */
export async function enqueueOutbox(tx: Executor, clock: Clock, message: { topic: string; payload: unknown }) {
  await outboxRepository.insert(tx, { ...message, createdAt: clock.now() });
}

export function createOutboxDispatcher({
  db,
  clock,
  handlers,
}: {
  db: Database;
  clock: Clock;
  handlers: Record<string, OutboxHandler>;
}) {
  return {
    /** Deliver what is due; each message in its own transaction so one failure does not hold the others. */
    async deliverDue(limit = 50): Promise<{ delivered: number; failed: number }> {
      let delivered = 0;
      let failed = 0;
      for (let i = 0; i < limit; i++) {
        const done = await db.transaction(async (tx) => {
          const [message] = await outboxRepository.claimDue(tx, clock.now(), 1);
          if (!message) return 'empty' as const;
          const handler = handlers[message.topic];
          try {
            if (!handler) throw new Error(`no handler for topic ${message.topic}`);
            await handler(message.payload);
            await outboxRepository.markDelivered(tx, message.id, clock.now());
            return 'delivered' as const;
          } catch (error) {
            const retryAt = new Date(clock.now().getTime() + retryDelayMs(message.attempts));
            await outboxRepository.markFailed(
              tx,
              message.id,
              error instanceof Error ? error.message : String(error),
              retryAt,
            );
            return 'failed' as const;
          }
        });
        if (done === 'empty') break;
        if (done === 'delivered') delivered++;
        else failed++;
      }
      return { delivered, failed };
    },
  };
}
