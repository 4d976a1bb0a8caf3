import { clearTimeout, setTimeout } from 'node:timers';
import type { Clock } from '../clock';
import type { ScheduledTask, Scheduler } from './scheduler';

/** A clock that tells listeners when it moves (TestClock): due work then runs inside `advance()`. */
interface AdvancingClock extends Clock {
  onAdvance(listener: (nowMs: number) => Promise<void>): void;
}

const isAdvancingClock = (clock: Clock): clock is AdvancingClock =>
  typeof (clock as Partial<AdvancingClock>).onAdvance === 'function';

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
 * Runs tasks at their time on the local cloud's clock, one at a time, in time order. With a TestClock
 * they run when the test advances it (tasks scheduled by a task inside the advanced window run too);
 * with the system clock an unref'd timer wakes the scheduler. A failing task is logged and skipped.
 */
export class ClockScheduler implements Scheduler {
  private readonly pending: PendingTask[] = [];
  private sequence = 0;
  private draining: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly log: (message: string, error: unknown) => void;

  constructor(
    private readonly clock: Clock,
    options: ClockSchedulerOptions = {},
  ) {
    this.log = options.log ?? ((message, error) => console.error(message, error));
    if (isAdvancingClock(clock)) clock.onAdvance(() => this.idle());
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

  /** With the system clock, one unref'd timer waits for the earliest task. */
  private armTimer(): void {
    if (isAdvancingClock(this.clock) || this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.draining || this.pending.length === 0) return;
    const earliest = Math.min(...this.pending.map((task) => task.atMs));
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
