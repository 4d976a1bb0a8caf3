// The shipping information status on an order (`shipping`, `shippingRetryDueAt`): one update per change, each
// attempt claimed by a conditional update on the attempt count, so two callers never send the same attempt.
import type { OrderRecord, OrderShippingRecord } from '../domain/order/order-record';
import { database, updateCount } from '../runtime/cloud';

const orders = () => database().collection('orders');

/** The most characters of a refusal kept on the order. */
const MAX_ERROR_LENGTH = 256;

/**
 * Claims upload `attempts` on the order as it was read (no shipping yet, or the previous attempt not accepted):
 * pending, due for the sweeper at `leaseUntilMs` should this run stop. False when another caller claimed it.
 */
export async function claimShippingAttempt(
  order: OrderRecord,
  attempts: number,
  logisticsType: OrderShippingRecord['logisticsType'],
  leaseUntilMs: number,
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  const previous = order.shipping;
  const where = previous
    ? { _id: order._id, 'shipping.attempts': previous.attempts, 'shipping.status': _.neq('accepted') }
    : { _id: order._id, shipping: _.exists(false) };
  const shipping: OrderShippingRecord = {
    status: 'pending',
    attempts,
    logisticsType,
    updatedAt: new Date(nowMs),
  };
  const changed = await updateCount(orders().where(where), {
    shipping: _.set(shipping),
    shippingRetryDueAt: new Date(leaseUntilMs),
  });
  return changed === 1;
}

/** Attempt `attempts` was accepted: nothing is due any more. */
export async function markShippingAccepted(
  orderId: string,
  attempts: number,
  logisticsType: OrderShippingRecord['logisticsType'],
  nowMs: number,
): Promise<OrderShippingRecord> {
  const _ = database().command;
  const shipping: OrderShippingRecord = {
    status: 'accepted',
    attempts,
    logisticsType,
    updatedAt: new Date(nowMs),
  };
  await updateCount(orders().where({ _id: orderId, 'shipping.attempts': attempts }), {
    shipping: _.set(shipping),
    shippingRetryDueAt: _.remove(),
  });
  return shipping;
}

/** Attempt `attempts` was refused: recorded with why, due again at `retryAtMs` (never, when undefined). */
export async function markShippingFailed(
  orderId: string,
  attempts: number,
  logisticsType: OrderShippingRecord['logisticsType'],
  reason: string,
  nowMs: number,
  retryAtMs: number | undefined,
): Promise<OrderShippingRecord> {
  const _ = database().command;
  const shipping: OrderShippingRecord = {
    status: 'failed',
    attempts,
    logisticsType,
    lastError: reason.slice(0, MAX_ERROR_LENGTH),
    updatedAt: new Date(nowMs),
  };
  await updateCount(orders().where({ _id: orderId, 'shipping.attempts': attempts }), {
    shipping: _.set(shipping),
    shippingRetryDueAt: retryAtMs === undefined ? _.remove() : new Date(retryAtMs),
  });
  return shipping;
}
