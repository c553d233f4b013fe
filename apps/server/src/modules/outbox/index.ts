import type { Executor } from '../../db/client';
import type { Clock } from '../../platform/clock';
import { outboxRepository } from './outbox.repository';

/**
 * Queue a message for the outside world inside the caller's transaction. If the transaction rolls back,
 * the message is never sent; if it commits, a delivery job will send it even after a crash.
 */
export async function enqueueOutbox(tx: Executor, clock: Clock, message: { topic: string; payload: unknown }) {
  await outboxRepository.insert(tx, { ...message, createdAt: clock.now() });
}
