// Time source for everything time-based in the local cloud (serverDate, timers, payment windows).
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Wall-clock time, for `npm start`. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests move by hand; listeners (the scheduler) run due work when it moves. */
export class TestClock implements Clock {
  private listeners: Array<(nowMs: number) => Promise<void>> = [];
  constructor(private currentMs = Date.parse('2026-01-05T02:00:00Z')) {}
  now(): number {
    return this.currentMs;
  }
  onAdvance(listener: (nowMs: number) => Promise<void>): void {
    this.listeners.push(listener);
  }
  /** Moves time forward by `ms` and waits for the work that became due. */
  async advance(ms: number): Promise<void> {
    if (ms < 0) throw new Error('TestClock cannot go back in time');
    this.currentMs += ms;
    for (const listener of this.listeners) await listener(this.currentMs);
  }
  async set(atMs: number): Promise<void> {
    await this.advance(atMs - this.currentMs);
  }
}
