// Work that runs at a time on the local cloud's clock: timer triggers, delayed tasks, payment re-delivery.

/** A task waiting on a Scheduler; `cancel()` drops it if it has not run yet. */
export interface ScheduledTask {
  cancel(): void;
}

/** Runs work at times on the local cloud's clock (one shared by payments, timers and delayed tasks). */
export interface Scheduler {
  /**
   * Runs `task` once the clock reaches `atMs` (epoch milliseconds); `label` names it in logs and errors.
   * The task receives `atMs`, its scheduled time. A stepping test clock reads exactly that while the task
   * runs (unless `atMs` was already past when scheduled); the system clock may read a little later, so
   * follow-ups (retries, the next timer fire) that count from `atMs` keep to their schedule.
   */
  at(atMs: number, label: string, task: (dueAtMs: number) => Promise<void>): ScheduledTask;
  /** Resolves when every task that is due now has finished (tests await this after acting). */
  idle(): Promise<void>;
}
