import { clearTimeout, setTimeout } from 'node:timers';
import { type Clock, isSteppingClock } from '../clock';
import type { ScheduledTask, Scheduler } from './scheduler';

/** Node's setTimeout holds at most about 24.8 days; longer waits are re-armed. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

interface PendingTask {
  atMs: number;
  /** Insertion order, so tasks due at the same time run in the order they were scheduled. */
  sequence: number;
  label: string;
  run: (dueAtMs: number) => Promise<void>;
}

/** How a ClockScheduler reports failures. */
export interface ClockSchedulerOptions {
  /** Where a failing task is reported; defaults to console.error. */
  log?: (message: string, error: unknown) => void;
}

/**
 * Runs tasks at their time on the local cloud's clock, one at a time, in time order. On a stepping
 * clock (TestClock) the scheduler is an agenda: the clock stops at each task's time and the task runs
 * with `now()` reading exactly that time. On the system clock an unref'd timer wakes the scheduler.
 * A failing task is logged and the others still run.
 */
export class ClockScheduler implements Scheduler {
  private readonly pending: PendingTask[] = [];
  private sequence = 0;
  private draining: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Unregisters from a stepping clock; undefined on a clock that moves by itself. */
  private readonly leaveClock: (() => void) | undefined;
  private readonly log: (message: string, error: unknown) => void;

  constructor(
    private readonly clock: Clock,
    options: ClockSchedulerOptions = {},
  ) {
    this.log = options.log ?? ((message, error) => console.error(message, error));
    this.leaveClock = isSteppingClock(clock)
      ? clock.addAgenda({ nextDueAtMs: () => this.nextDueAtMs(), runDue: () => this.idle() })
      : undefined;
  }

  at(atMs: number, label: string, task: (dueAtMs: number) => Promise<void>): ScheduledTask {
    if (this.closed || !Number.isFinite(atMs)) return { cancel: () => undefined };
    const entry: PendingTask = { atMs, sequence: this.sequence++, label, run: task };
    this.pending.push(entry);
    if (atMs <= this.clock.now()) this.kick();
    else this.armTimer();
    return {
      cancel: () => {
        const index = this.pending.indexOf(entry);
        if (index >= 0) this.pending.splice(index, 1);
        this.armTimer();
      },
    };
  }

  /** Do not await this inside a task: the task would wait for itself. */
  async idle(): Promise<void> {
    while (this.draining || this.nextDue()) await this.runDue();
  }

  /** Tasks waiting to run, earliest first (for tools and tests). */
  pendingTasks(): Array<{ label: string; atMs: number }> {
    return [...this.pending].sort(byTime).map(({ label, atMs }) => ({ label, atMs }));
  }

  /** Cancels every waiting task and stops the timer; tasks scheduled afterwards are ignored. */
  close(): void {
    this.closed = true;
    this.pending.length = 0;
    this.leaveClock?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs every task that is due, including ones that become due while running; joins a run in progress. */
  private runDue(): Promise<void> {
    if (!this.draining) {
      this.draining = this.drain().finally(() => {
        this.draining = undefined;
        if (this.nextDue()) this.kick();
        else this.armTimer();
      });
    }
    return this.draining;
  }

  private kick(): void {
    void this.runDue();
  }

  private async drain(): Promise<void> {
    await Promise.resolve(); // let the caller that scheduled the task finish its own step first
    for (let task = this.nextDue(); task; task = this.nextDue()) {
      this.pending.splice(this.pending.indexOf(task), 1);
      try {
        await task.run(task.atMs);
      } catch (error) {
        this.log(`scheduled task "${task.label}" failed`, error);
      }
    }
  }

  private nextDue(): PendingTask | undefined {
    const now = this.clock.now();
    let earliest: PendingTask | undefined;
    for (const task of this.pending) {
      if (task.atMs <= now && (!earliest || byTime(task, earliest) < 0)) earliest = task;
    }
    return earliest;
  }

  /** Epoch ms of the earliest waiting task, due or not. */
  private nextDueAtMs(): number | undefined {
    let earliest: number | undefined;
    for (const task of this.pending) if (earliest === undefined || task.atMs < earliest) earliest = task.atMs;
    return earliest;
  }

  /** On a clock that moves by itself, one unref'd timer waits for the earliest task. */
  private armTimer(): void {
    if (this.leaveClock || this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const earliest = this.nextDueAtMs();
    if (this.draining || earliest === undefined) return;
    const delay = Math.min(Math.max(0, earliest - this.clock.now()), MAX_TIMER_DELAY_MS);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.nextDue()) this.kick();
      else this.armTimer();
    }, delay);
    this.timer.unref();
  }
}

function byTime(a: PendingTask, b: PendingTask): number {
  return a.atMs - b.atMs || a.sequence - b.sequence;
}
