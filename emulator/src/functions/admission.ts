// Admission of invocations: a bounded number run at once, the rest wait their turn in arrival order.
import os from 'node:os';

/**
 * Invocations running at once by default: a few per core. Every function shares this process's one event
 * loop, so running more at once only makes each slower (and lets timeouts fire on calls that merely waited);
 * the platform gives each invocation its own instance instead.
 */
export const DEFAULT_MAX_RUNNING = Math.max(4, 4 * os.availableParallelism());

/** A fair (first come, first served) gate with `limit` places. */
export class AdmissionQueue {
  private runningCount = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number = DEFAULT_MAX_RUNNING) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`admission limit must be ≥ 1, got ${limit}`);
  }

  /** Invocations holding a place now. */
  get running(): number {
    return this.runningCount;
  }

  /** Invocations waiting for a place now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves when a place is free (in arrival order) with the function that gives it back; call it once. */
  async enter(): Promise<() => void> {
    if (this.runningCount < this.limit && this.waiting.length === 0) this.runningCount += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      // The place passes straight to the next in line, so nobody can overtake it.
      if (next) next();
      else this.runningCount -= 1;
    };
  }
}
