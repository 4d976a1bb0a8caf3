// Whether a store takes orders at a moment: its manual switch and its weekly hours, in the store's local time (UTC+8).

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface OpeningPeriod {
  /** `HH:mm` local time. */
  open: string;
  /** `HH:mm` local time; `24:00` is the end of the day. */
  close: string;
}

export interface StoreHours {
  isAcceptingOrders: boolean;
  hours: Partial<Record<Weekday, OpeningPeriod[]>>;
}

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000; // China has one time zone and no daylight saving

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** True when the store's switch is on and `atMs` falls inside one of that weekday's periods. */
export function isStoreOpenAt(store: StoreHours, atMs: number): boolean {
  if (!store.isAcceptingOrders) return false;
  const local = new Date(atMs + CHINA_OFFSET_MS);
  const weekday = WEEKDAYS[local.getUTCDay()] as Weekday;
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return (store.hours[weekday] ?? []).some(
    (period) => minute >= minutesOf(period.open) && minute < minutesOf(period.close),
  );
}
