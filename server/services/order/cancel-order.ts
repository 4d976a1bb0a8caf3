// order.cancel: the customer's cancel, decided by the order module (decideCancel) and carried out by the
// step lists of close-order.ts. Cancelling a cancelled order answers it again.
import type { OrderCancelInput, OrderView } from '../../../typings/contracts/order';
import type { OrderRecord } from '../../domain/order/order-record';
import { decideCancel } from '../../domain/order/order-rules';
import { findOrder } from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import { fieldKeyRingForReading } from '../../runtime/field-keys';
import type { Caller } from '../../runtime/router';
import { closeUnpaidOrder, refundPaidOrder } from './close-order';
import { requireOwnOrder } from './own-order';
import { toOrderView } from './order-view';

/** How often a cancel decides again after the order changed under it before answering BUSY. */
const MAX_REDECISIONS = 2;

/**
 * Cancels the caller's order: unpaid → CANCELLED (payment closed first, stock given back); paid and not yet
 * accepted → REFUNDING (stock given back, the payment refunded). Another customer's order is NOT_FOUND.
 */
export async function cancelOrder(
  input: OrderCancelInput,
  caller: Caller,
  nowMs: number,
): Promise<OrderView> {
  const order = await requireOwnOrder(input.orderId, caller);
  const reason = input.reason ?? 'cancelled by the customer';
  const cancelled = await cancelFrom(order, reason, caller.openid, nowMs);
  return toOrderView(cancelled, nowMs, cancelled.address ? fieldKeyRingForReading() : undefined);
}

async function cancelFrom(
  read: OrderRecord,
  reason: string,
  requestedBy: string,
  nowMs: number,
): Promise<OrderRecord> {
  let order = read;
  for (let redecisions = 0; ; redecisions++) {
    const decision = decideCancel(order);
    if (decision.kind === 'already_cancelled') return order;
    if (decision.kind === 'refuse') {
      throw new AppError(
        'ORDER_STATE_CONFLICT',
        `An order that is ${decision.status} can no longer be cancelled.`,
        {
          status: decision.status,
        },
      );
    }
    const outcome =
      decision.kind === 'close_then_cancel'
        ? await closeUnpaidOrder(order, 'CANCELLED', nowMs, { reason, goesAheadWithoutPayment: true })
        : await refundPaidOrder({
            order,
            paidOutTradeNo: decision.paidOutTradeNo,
            reason,
            requestedBy,
            nowMs,
          });
    if (outcome === 'closed') {
      return decision.kind === 'close_then_cancel'
        ? { ...order, status: 'CANCELLED', cancelReason: reason, cancelledAt: new Date(nowMs) }
        : { ...order, status: 'REFUNDING', cancelReason: reason, refundingAt: new Date(nowMs) };
    }
    // Paid meanwhile, or changed under us: decide again from what the order is now.
    const current = await findOrder(order._id);
    if (!current || redecisions >= MAX_REDECISIONS) {
      throw new AppError('BUSY', 'This order is changing right now; please try again.');
    }
    order = current;
  }
}
