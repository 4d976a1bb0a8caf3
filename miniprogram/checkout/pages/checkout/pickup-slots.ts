// Pickup times the customer may choose: 15-minute slots from now until today's closing, China time.
import { chinaHhmm } from '../../../i18n';

const MINUTE_MS = 60 * 1000;
/** Slots are a quarter of an hour apart. */
export const SLOT_MINUTES = 15;
/** China Standard Time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 60 * MINUTE_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** One pickup slot: the moment (ISO, as the server takes it) and its `HH:mm` label. */
export interface PickupSlot {
  at: string;
  label: string;
}

/** Minutes since midnight of an `HH:mm` opening hour (`24:00` is the end of the day). */
function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * Today's slots after `nowMs` inside `todayHours`: the first is the quarter hour at least one slot from now
 * (time to prepare), the last starts before closing.
 */
export function pickupSlots(
  nowMs: number,
  todayHours: ReadonlyArray<{ open: string; close: string }>,
): PickupSlot[] {
  const midnightMs = Math.floor((nowMs + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  const slotMs = SLOT_MINUTES * MINUTE_MS;
  const firstMs = Math.ceil((nowMs + slotMs) / slotMs) * slotMs;
  const slots: PickupSlot[] = [];
  for (const period of todayHours) {
    const openMs = midnightMs + minutesOf(period.open) * MINUTE_MS;
    const closeMs = midnightMs + minutesOf(period.close) * MINUTE_MS;
    for (let atMs = Math.max(firstMs, Math.ceil(openMs / slotMs) * slotMs); atMs < closeMs; atMs += slotMs)
      slots.push({ at: new Date(atMs).toISOString(), label: chinaHhmm(atMs) });
  }
  return slots;
}
