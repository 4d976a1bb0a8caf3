// The questions flows ask of an order, each answered in one place: can it be paid, does it hold stock, and
// what would a customer's cancel do to it.
import type { OrderStatus } from '../../../typings/contracts/order';
import type { OrderRecord } from './order-record';
import { isCustomerCancellable } from './order-status';

/** True while the order can be paid: still unpaid and before its expiry (`nowMs`, epoch ms). */
export function isPayable(order: Pick<OrderRecord, 'status' | 'expiresAt'>, nowMs: number): boolean {
  return order.status === 'PENDING_PAYMENT' && new Date(order.expiresAt).getTime() > nowMs;
}

/** True when the order reserved counted stock, which ending it must give back. */
export function holdsStock(order: Pick<OrderRecord, 'reservations'>): boolean {
  return order.reservations.length > 0;
}

/** What a customer's cancel does to an order in its current status. */
export type CancelDecision =
  /** Already cancelled: answer it as it is. */
  | { kind: 'already_cancelled' }
  /** Unpaid: close its payment attempts first (one may turn out paid), then CANCELLED. */
  | { kind: 'close_then_cancel' }
  /** Paid and not yet accepted: REFUNDING, and the trade that paid is refunded. */
  | { kind: 'refund'; paidOutTradeNo: string }
  /** The shop has it (accepted, ready…) or it has ended: not the customer's to cancel. */
  | { kind: 'refuse'; status: OrderStatus };

/** The cancel decision for `order`; a PAID order without its paying trade recorded is a broken record (throws). */
export function decideCancel(order: Pick<OrderRecord, '_id' | 'status' | 'payment'>): CancelDecision {
  if (order.status === 'CANCELLED') return { kind: 'already_cancelled' };
  if (!isCustomerCancellable(order.status)) return { kind: 'refuse', status: order.status };
  if (order.status === 'PENDING_PAYMENT') return { kind: 'close_then_cancel' };
  const paidOutTradeNo = order.payment.paidOutTradeNo;
  if (!paidOutTradeNo) throw new Error(`order ${order._id} is ${order.status} without a recorded payment`);
  return { kind: 'refund', paidOutTradeNo };
}
