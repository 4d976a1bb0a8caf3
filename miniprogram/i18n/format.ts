// Money and China-time formatting the text tables use: pure functions, the same on every device.

/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Money from fen (integer) as the customer reads it: `¥12.50`, `-¥3.00`; the same in every language. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`money must be a whole number of fen, got ${fen}`);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}¥${yuan}.${cents}`;
}

/** A moment as epoch milliseconds, from ms or an ISO string (as the server sends times). */
export function toMs(at: number | string): number {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${String(at)}`);
  return ms;
}

/** The parts of a moment on a wall clock in China. */
export interface ChinaClock {
  /** `HH:mm`, 24-hour. */
  hhmm: string;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** Days since 1970-01-01 in China (for "today"/"tomorrow"). */
  dayNumber: number;
}

/** Reads `at` on a China wall clock, whatever the device's own time zone. */
export function chinaClock(at: number | string): ChinaClock {
  const shifted = new Date(toMs(at) + CHINA_OFFSET_MS);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return {
    hhmm: `${hh}:${mm}`,
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    dayNumber: Math.floor((toMs(at) + CHINA_OFFSET_MS) / DAY_MS),
  };
}
