// The clock of `npm start`: wall-clock time that the preview's bar can move forward, running the timers it passes.
import { OffsetClock } from '../../emulator/src/clock';
import type { LocalCloud } from '../../emulator/src';

/**
 * A wall clock that can jump forward (the bar's +5 min / +1 h / +1 day; `POST /preview/clock`). The functions
 * run in this process, so `Date.now()` and `new Date()` follow it too: a function's "now" is the local cloud's.
 */
export function adjustableClock(): OffsetClock {
  const RealDate = globalThis.Date;
  const wallNow = RealDate.now.bind(RealDate);
  const clock = new OffsetClock({ now: wallNow });
  class OffsetDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(clock.now());
      else super(...args);
    }
    static override now(): number {
      return clock.now();
    }
    // Dates made before the swap (or by modules holding the real Date) are Dates too.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  globalThis.Date = OffsetDate as DateConstructor;
  return clock;
}

/**
 * After each jump, the local cloud's scheduler runs the work the jump made due, in time order, and re-arms its
 * timer for the new time: a task due now wakes it (the scheduler's public door for "look again").
 */
export function runTimersOnJumps(clock: OffsetClock, cloud: LocalCloud): () => void {
  return clock.onJump(async () => {
    cloud.scheduler.at(clock.now(), 'the clock moved forward', () => Promise.resolve());
    await cloud.scheduler.idle();
  });
}
