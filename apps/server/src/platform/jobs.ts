/**
 * A tiny scheduler for periodic work (outbox delivery, housekeeping). A run never overlaps the previous one;
 * stop() waits for the run in progress. Several server processes may run the same job: jobs must be safe
 * for that (the outbox claims rows with FOR UPDATE SKIP LOCKED).
 */
export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

export function startJobs(jobs: Job[], onError: (error: unknown, job: string) => void): { stop(): Promise<void> } {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;
  for (const job of jobs) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const run = job
        .run()
        .catch((error: unknown) => onError(error, job.name))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    const timer = setInterval(tick, job.everyMs);
    timer.unref();
    timers.push(timer);
  }
  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.all(running);
    },
  };
}
