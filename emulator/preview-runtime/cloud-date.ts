// The pages' `Date` reads the local cloud's clock, not the browser's: "today", opening hours and pickup slots
// on a page then agree with the server's, also when the test clock stands at another day. The clock runs on
// in the browser from the last reading; the bar's clock buttons give a new reading.
import type { PreviewClockReading } from '../src/preview/clock-route-wire';

const BrowserDate = Date;
/** The local cloud's time minus the browser's, in ms. */
let offsetMs = 0;

/** Takes a reading of the local cloud's clock: `Date` answers from it from now on. */
export function followCloudClock(reading: PreviewClockReading): void {
  offsetMs = reading.nowMs - BrowserDate.now();
}

/** The local cloud's time now, in epoch ms. */
function cloudNow(): number {
  return BrowserDate.now() + offsetMs;
}

/** Replaces the global `Date`: `new Date()` and `Date.now()` tell the cloud's time; every other use is as before. */
export function installCloudDate(): void {
  class CloudDate extends BrowserDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(cloudNow());
      else super(...(args as ConstructorParameters<DateConstructor>));
    }

    static override now(): number {
      return cloudNow();
    }
  }
  Object.defineProperty(globalThis, 'Date', { value: CloudDate, configurable: true, writable: true });
}
