// Work that runs at a time on the local cloud's clock: timer triggers, delayed tasks, payment re-delivery.

export interface ScheduledTask {
  cancel(): void;
}

export interface Scheduler {
  /**
   * Runs `task` once the clock reaches `atMs` (epoch milliseconds); `label` names it in logs and errors.
   * The task receives `atMs`: under a test clock moved in one big step the clock already reads the end of
   * the step, so work that schedules follow-ups (retries, the next timer fire) counts from `atMs`.
   */
  at(atMs: number, label: string, task: (dueAtMs: number) => Promise<void>): ScheduledTask;
  /** Resolves when every task that is due now has finished (tests await this after acting). */
  idle(): Promise<void>;
}
