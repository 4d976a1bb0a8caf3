// Work that runs at a time on the local cloud's clock: timer triggers, delayed tasks, payment re-delivery.

export interface ScheduledTask {
  cancel(): void;
}

export interface Scheduler {
  /** Runs `task` once the clock reaches `atMs` (epoch milliseconds); `label` names it in logs and errors. */
  at(atMs: number, label: string, task: () => Promise<void>): ScheduledTask;
  /** Resolves when every task that is due now has finished (tests await this after acting). */
  idle(): Promise<void>;
}
