// When a store next opens by its weekly hours, in China time (UTC+8): the store picker's "opens at".
import { chinaWallClockAt } from '../../domain/china-time';
import { isHolidayAt, type StoreHours, type Weekday } from '../../domain/store-hours';

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A coming opening: the instant, and how a customer in China reads it. */
export interface NextOpening {
  /** Epoch ms of the opening. */
  atMs: number;
  /** `HH:mm` China time. */
  localTime: string;
  /** Days from today (China time) to the opening day: 0 today, 1 tomorrow, up to 7 past the holidays. */
  inDays: number;
}

/**
 * The first opening period start after `nowMs` within the coming 7 days (plus one per holiday), by the weekly
 * hours, holiday dates skipped (the staff switch is the caller's concern); undefined for a store with no hours
 * at all. A period that starts at `00:00` right after a `24:00` close is the same opening, not a new one.
 */
export function nextOpeningAfter(
  store: Pick<StoreHours, 'hours' | 'holidays'>,
  nowMs: number,
): NextOpening | undefined {
  const local = chinaWallClockAt(nowMs);
  const nowMinute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const midnightMs =
    nowMs - (nowMinute * MINUTE_MS + local.getUTCSeconds() * 1000 + local.getUTCMilliseconds());
  const lastDay = 7 + (store.holidays?.length ?? 0);
  for (let inDays = 0; inDays <= lastDay; inDays++) {
    if (isHolidayAt(store, midnightMs + inDays * DAY_MINUTES * MINUTE_MS)) continue;
    const weekdayIndex = (local.getUTCDay() + inDays) % 7;
    const periods = store.hours[WEEKDAYS[weekdayIndex] ?? 'sun'] ?? [];
    const wasHoliday = isHolidayAt(store, midnightMs + (inDays - 1) * DAY_MINUTES * MINUTE_MS);
    const previous = wasHoliday ? [] : (store.hours[WEEKDAYS[(weekdayIndex + 6) % 7] ?? 'sun'] ?? []);
    const starts = periods
      .map((period) => minutesOf(period.open))
      .filter((start) => !(start === 0 && previous.some((period) => minutesOf(period.close) === DAY_MINUTES)))
      .filter((start) => inDays > 0 || start > nowMinute)
      .sort((a, b) => a - b);
    const start = starts[0];
    if (start === undefined) continue;
    const hh = String(Math.floor(start / 60)).padStart(2, '0');
    const mm = String(start % 60).padStart(2, '0');
    return {
      atMs: midnightMs + (inDays * DAY_MINUTES + start) * MINUTE_MS,
      localTime: `${hh}:${mm}`,
      inDays,
    };
  }
  return undefined;
}
