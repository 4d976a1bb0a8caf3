// The order status machine as data: which status may follow which, and the questions flows ask of a status.
import type { OrderStatus } from '../../../typings/contracts/order';
import { AppError } from '../../runtime/app-error';
import type { OrderRecord } from './order-record';

/**
 * Allowed next statuses. CANCELLED and EXPIRED → REFUNDING covers a payment that arrives after the
 * order was closed; PAID → REFUNDING is a customer cancelling before acceptance or the shop declining;
 * COMPLETED → REFUNDING is the shop refunding what it handed over (within REFUND_CONFIG.completedRefundDays).
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = Object.freeze({
  PENDING_PAYMENT: ['PAID', 'CANCELLED', 'EXPIRED'],
  PAID: ['ACCEPTED', 'REFUNDING'],
  ACCEPTED: ['READY', 'REFUNDING'],
  READY: ['COMPLETED', 'REFUNDING'],
  COMPLETED: ['REFUNDING'],
  CANCELLED: ['REFUNDING'],
  EXPIRED: ['REFUNDING'],
  REFUNDING: ['REFUNDED'],
  REFUNDED: [],
});

/** Statuses from which the customer may still cancel (unpaid, or paid and not yet accepted by the shop). */
const CUSTOMER_CANCELLABLE: readonly OrderStatus[] = ['PENDING_PAYMENT', 'PAID'];

/** True when `to` may directly follow `from`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Throws AppError ORDER_STATE_CONFLICT (details `{from, to}`) unless `to` may follow `from`. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${from} cannot become ${to}.`, { from, to });
  }
}

/** True while the customer may cancel: unpaid, or paid but not yet accepted. */
export function isCustomerCancellable(status: OrderStatus): boolean {
  return CUSTOMER_CANCELLABLE.includes(status);
}

/** True when nothing can follow: REFUNDED (a COMPLETED order may still be refunded). */
export function isTerminal(status: OrderStatus): boolean {
  return ORDER_TRANSITIONS[status].length === 0;
}

/** The statuses that follow `from` (a copy, safe to change). */
export function nextStatuses(from: OrderStatus): OrderStatus[] {
  return [...ORDER_TRANSITIONS[from]];
}

/** The time field each status sets when an order enters it. */
export const STATUS_TIME_FIELD: Partial<Record<OrderStatus, keyof OrderRecord>> = {
  PAID: 'paidAt',
  ACCEPTED: 'acceptedAt',
  READY: 'readyAt',
  COMPLETED: 'completedAt',
  CANCELLED: 'cancelledAt',
  EXPIRED: 'expiredAt',
  REFUNDING: 'refundingAt',
  REFUNDED: 'refundedAt',
};

/**
 * The fields every status write sets: the new status, `updatedAt` and the status's own time field. The one
 * way to write a status: it throws ORDER_STATE_CONFLICT (assertTransition) for a change the table forbids.
 */
export function statusChangeFields(
  from: OrderStatus,
  to: OrderStatus,
  nowMs: number,
): Record<string, unknown> {
  assertTransition(from, to);
  const at = new Date(nowMs);
  const timeField = STATUS_TIME_FIELD[to];
  return { status: to, updatedAt: at, ...(timeField && { [timeField]: at }) };
}
