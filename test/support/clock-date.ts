import type { Clock } from '../../emulator/src';

/**
 * Makes `Date.now()` and `new Date()` in this test file read `clock`, so functions and the local cloud share
 * one time (a sweeper's "now" equals the clock that fires it). Returns the function that restores Date.
 */
export function followClock(clock: Clock): () => void {
  const RealDate = globalThis.Date;
  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return clock.now();
    }
    // Dates made before the swap (or by modules holding the real Date) are Dates too.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  globalThis.Date = ClockDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
