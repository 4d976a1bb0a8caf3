// Whether a store takes orders at a moment: its manual switch, its holidays and its weekly hours, in the store's
// local time (UTC+8).
import { chinaWallClockAt } from './china-time';

/** A day of the week, as store hours are keyed. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One opening period of a day. */
export interface OpeningPeriod {
  /** `HH:mm` local time. */
  open: string;
  /** `HH:mm` local time; `24:00` is the end of the day. */
  close: string;
}

/** What decides whether a store is open: the staff switch, the periods of each weekday and the days it closes. */
export interface StoreHours {
  isAcceptingOrders: boolean;
  hours: Partial<Record<Weekday, OpeningPeriod[]>>;
  /** `YYYY-MM-DD` China-time dates the store stays closed all day. */
  holidays?: readonly string[];
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The weekday at `atMs` (epoch ms) in China time. */
export function chinaWeekdayAt(atMs: number): Weekday {
  return WEEKDAYS[chinaWallClockAt(atMs).getUTCDay()] ?? 'sun';
}

/** `YYYY-MM-DD`: the China-time date at `atMs`. */
export function chinaDateAt(atMs: number): string {
  return chinaWallClockAt(atMs).toISOString().slice(0, 10);
}

/** True when the China-time day of `atMs` is one of the store's holidays. */
export function isHolidayAt(store: Pick<StoreHours, 'holidays'>, atMs: number): boolean {
  return (store.holidays ?? []).includes(chinaDateAt(atMs));
}

/** True when the store's switch is on, the day is no holiday and `atMs` falls inside one of that weekday's periods. */
export function isStoreOpenAt(store: StoreHours, atMs: number): boolean {
  if (!store.isAcceptingOrders || isHolidayAt(store, atMs)) return false;
  const local = chinaWallClockAt(atMs);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return (store.hours[chinaWeekdayAt(atMs)] ?? []).some(
    (period) => minute >= minutesOf(period.open) && minute < minutesOf(period.close),
  );
}
