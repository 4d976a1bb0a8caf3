// A store's state for the customer: open, busy or closed, why, and when it next opens. Busy is either the
// kitchen's long queue (a warning: orders still go in) or the staff's own switch (no new orders, with their
// message); closed is the staff's switch, a holiday or the hours. Shared by the first screen and the store
// picker. Pure: the queue is counted by the caller.
import type { StoreSummary } from '../../../typings/contracts/browse';
import { isHolidayAt, isStoreOpenAt, type StoreHours } from '../../domain/store-hours';
import { nextOpeningAfter } from './next-opening';

/** Paid orders waiting in a kitchen from which an open store shows as busy. */
export const BUSY_QUEUE_ORDERS = 10;

/** How far back a paid order still counts as waiting (an older one is stuck, not a queue). */
export const KITCHEN_QUEUE_WINDOW_MS = 3 * 60 * 60 * 1000;

/** The state fields, as the store picker and the first screen both answer them. */
export type StoreStateView = Pick<StoreSummary, 'state' | 'closedReason' | 'nextOpening' | 'stateMessage'>;

/** What the state is decided from: the hours and switch, and the staff's busy switch and closing note. */
export interface StoreStateSource extends StoreHours {
  /** Set by the staff: no new orders for now, with the message customers read. */
  busy?: { message: string };
  /** The staff's note while the switch is off. */
  closedNote?: string;
}

/** True when the store takes new orders at `nowMs`: open by its switch, holidays and hours, and not busy by hand. */
export function takesOrdersAt(store: StoreStateSource, nowMs: number): boolean {
  return isStoreOpenAt(store, nowMs) && store.busy === undefined;
}

/** The state of `store` at `nowMs` with `queuedOrders` paid orders waiting in its kitchen. */
export function storeStateOf(store: StoreStateSource, queuedOrders: number, nowMs: number): StoreStateView {
  const isOpen = isStoreOpenAt(store, nowMs);
  const closedReason = isOpen
    ? null
    : !store.isAcceptingOrders
      ? 'paused'
      : isHolidayAt(store, nowMs)
        ? 'holiday'
        : 'hours';
  const next =
    closedReason === 'hours' || closedReason === 'holiday' ? nextOpeningAfter(store, nowMs) : undefined;
  const message = closedReason === 'paused' ? store.closedNote : isOpen ? store.busy?.message : undefined;
  return {
    state: !isOpen
      ? 'closed'
      : store.busy !== undefined || queuedOrders >= BUSY_QUEUE_ORDERS
        ? 'busy'
        : 'open',
    closedReason,
    nextOpening: next
      ? { at: new Date(next.atMs).toISOString(), localTime: next.localTime, inDays: next.inDays }
      : null,
    ...(message && { stateMessage: message }),
  };
}
