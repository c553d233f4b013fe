export { enqueueOutbox, createOutboxDispatcher, type OutboxHandler, retryDelayMs } from './outbox.service';
