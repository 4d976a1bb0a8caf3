// The periods of the staff figures as China-time bounds: today, and the last 7 days with today.
import type { FiguresPeriod } from '../../typings/contracts/staff-figures';

const DAY_MS = 24 * 60 * 60 * 1000;

/** China time is UTC+8 all year (see china-time.ts): add this to a UTC time to read its China wall clock. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Days a period covers, ending with today (China time). */
export const PERIOD_DAYS: Readonly<Record<FiguresPeriod, number>> = { today: 1, week: 7 };

/** The period's bounds in epoch ms: `fromMs` a China midnight, `toMs` (exclusive) the midnight after today. */
export function periodBounds(period: FiguresPeriod, nowMs: number): { fromMs: number; toMs: number } {
  const todayStartMs = Math.floor((nowMs + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  return { fromMs: todayStartMs - (PERIOD_DAYS[period] - 1) * DAY_MS, toMs: todayStartMs + DAY_MS };
}
