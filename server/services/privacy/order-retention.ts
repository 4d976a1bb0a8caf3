// What erasing a customer's data does to each of their orders: the rule, as a pure function of the order and
// the time. Orders that were paid are the shop's accounts and are kept, without the customer, for the retention
// period; unpaid ones are the customer's alone and go, once nothing is left to finish on them.
import type { OrderRecord } from '../../domain/order/order-record';

/** How long a paid order is kept for the shop's accounts, from its payment: 3 years (E-Commerce Law art. 31), in ms. */
export const ORDER_RETENTION_MS = 3 * 365 * 24 * 60 * 60 * 1000;

/**
 * One order's fate: `cancel_first` (unpaid: cancel it through the usual close, stock back, then decide again),
 * `wait` (being made or handed over: erase refuses until it is finished), `remove`, or `anonymise` until `keptUntilMs`.
 */
export type OrderErasure =
  | { kind: 'cancel_first' }
  | { kind: 'wait' }
  | { kind: 'remove' }
  | { kind: 'anonymise'; keptUntilMs: number };

/** The order fields the rule reads. */
export type RetentionFacts = Pick<
  OrderRecord,
  'status' | 'createdAt' | 'paidAt' | 'stockReturnDueAt' | 'paymentCloseDueAt'
>;

/** When a paid order may be deleted: its payment (or placing, if no time was recorded) plus the retention period. */
export function keptUntilMs(order: RetentionFacts): number {
  return new Date(order.paidAt ?? order.createdAt).getTime() + ORDER_RETENTION_MS;
}

/** Decides one order's fate at `nowMs` (see OrderErasure). */
export function decideOrderErasure(order: RetentionFacts, nowMs: number): OrderErasure {
  // Stock still owed back or payment attempts still to close: the sweeper finds the order by these marks.
  const hasWorkLeft = order.stockReturnDueAt !== undefined || order.paymentCloseDueAt !== undefined;
  switch (order.status) {
    case 'PENDING_PAYMENT':
      return { kind: 'cancel_first' };
    case 'PAID':
    case 'ACCEPTED':
    case 'READY':
      return { kind: 'wait' };
    case 'CANCELLED':
    case 'EXPIRED':
      // Never paid: nothing the accounts need; kept without the customer only while the sweeper has work on it.
      return hasWorkLeft ? { kind: 'anonymise', keptUntilMs: nowMs } : { kind: 'remove' };
    case 'REFUNDING':
      return { kind: 'anonymise', keptUntilMs: Math.max(keptUntilMs(order), nowMs) };
    case 'COMPLETED':
    case 'REFUNDED': {
      const until = keptUntilMs(order);
      return until <= nowMs && !hasWorkLeft ? { kind: 'remove' } : { kind: 'anonymise', keptUntilMs: until };
    }
  }
}
