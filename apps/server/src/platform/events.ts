/**
 * In-process typed events, emitted after a transaction commits (live screens: display boards, dashboards).
 * Listeners never run inside the transaction and their failures never undo it. What must survive a crash
 * goes through the outbox instead.
 */
export type Listener<T> = (payload: T) => void | Promise<void>;

export interface EventBus<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void;
  emit<K extends keyof Events>(name: K, payload: Events[K]): void;
}

export function createEventBus<Events extends Record<string, unknown>>(
  onError: (error: unknown, name: string) => void,
): EventBus<Events> {
  const listeners = new Map<keyof Events, Set<Listener<never>>>();
  return {
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
    emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) {
        try {
          const result = (listener as Listener<typeof payload>)(payload);
          if (result instanceof Promise) result.catch((error: unknown) => onError(error, String(name)));
        } catch (error) {
          onError(error, String(name));
        }
      }
    },
  };
}
