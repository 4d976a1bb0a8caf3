// A store's state for the customer: open, busy (open with a long kitchen queue) or closed, why, and when it
// next opens. Shared by the first screen and the store picker. Pure: the queue is counted by the caller.
import type { StoreSummary } from '../../../typings/contracts/browse';
import { isStoreOpenAt, type StoreHours } from '../../domain/store-hours';
import { nextOpeningAfter } from './next-opening';

/** Paid orders waiting in a kitchen from which an open store shows as busy. */
export const BUSY_QUEUE_ORDERS = 10;

/** How far back a paid order still counts as waiting (an older one is stuck, not a queue). */
export const KITCHEN_QUEUE_WINDOW_MS = 3 * 60 * 60 * 1000;

/** The state fields, as the store picker and the first screen both answer them. */
export type StoreStateView = Pick<StoreSummary, 'state' | 'closedReason' | 'nextOpening'>;

/** The state of `store` at `nowMs` with `queuedOrders` paid orders waiting in its kitchen. */
export function storeStateOf(store: StoreHours, queuedOrders: number, nowMs: number): StoreStateView {
  const isOpen = isStoreOpenAt(store, nowMs);
  const closedReason = isOpen ? null : store.isAcceptingOrders ? 'hours' : 'paused';
  const next = closedReason === 'hours' ? nextOpeningAfter(store, nowMs) : undefined;
  return {
    state: !isOpen ? 'closed' : queuedOrders >= BUSY_QUEUE_ORDERS ? 'busy' : 'open',
    closedReason,
    nextOpening: next
      ? { at: new Date(next.atMs).toISOString(), localTime: next.localTime, inDays: next.inDays }
      : null,
  };
}
