import type { Executor } from '../../db/client';
import { outbox } from '../../db/schema';

export const outboxRepository = {
  async insert(ex: Executor, message: { topic: string; payload: unknown; createdAt: Date }): Promise<void> {
    await ex.insert(outbox).values({ ...message, availableAt: message.createdAt });
  },
};
