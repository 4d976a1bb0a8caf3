// The `orders` collection: inserts guarded by the unique (_openid, idempotencyKey) index, and every status
// change a conditional update on the status the caller saw, checked by how many documents it changed, its
// fields from the status table (statusChangeFields), so no write can skip the table.
import type { OrderStatus } from '../../typings/contracts/order';
import { statusChangeFields } from '../domain/order/order-status';
import { database, readList, updateCount } from '../runtime/cloud';
import { busyError, busyOnTransient, isTransientError } from '../runtime/transient';
import { isDuplicateKeyError } from './database-errors';
import type { OrderPaymentRecord, OrderRecord } from '../domain/order/order-record';

/** Where a page of a customer's orders starts: after this order (newest first). */
export interface OrderCursor {
  createdAtMs: number;
  orderId: string;
}

const orders = () => database().collection('orders');

/** Runs a conditional update; true when it changed the one document it names. */
async function updated(query: Parameters<typeof updateCount>[0], data: object): Promise<boolean> {
  return (await updateCount(query, data)) === 1;
}

/**
 * Inserts a new order; `duplicate` when the customer already placed one with the same idempotency key. After a
 * transient failure the order is looked up by id (the insert may have landed): found is inserted, else BUSY.
 */
export async function insertOrder(order: OrderRecord): Promise<'inserted' | 'duplicate'> {
  try {
    await orders().add({ data: order });
    return 'inserted';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'duplicate';
    if (!isTransientError(error)) throw error;
    if (await findOrder(order._id)) return 'inserted';
    throw busyError();
  }
}

/** An order by id, whoever owns it (for callbacks and the sweeper). */
export async function findOrder(orderId: string): Promise<OrderRecord | undefined> {
  const [order] = await readList<OrderRecord>(orders().where({ _id: orderId }).limit(1));
  return order;
}

/** An order by id only if `openid` owns it (undefined otherwise, so ids cannot be probed). */
export async function findOwnOrder(orderId: string, openid: string): Promise<OrderRecord | undefined> {
  const [order] = await readList<OrderRecord>(orders().where({ _id: orderId, _openid: openid }).limit(1));
  return order;
}

/** The order a customer placed with an idempotency key, if any. */
export async function findOrderByIdempotencyKey(
  openid: string,
  idempotencyKey: string,
): Promise<OrderRecord | undefined> {
  const [order] = await readList<OrderRecord>(orders().where({ _openid: openid, idempotencyKey }).limit(1));
  return order;
}

/** Another order the customer placed from the same version of their cart in a store, if any (one operation). */
export async function findOtherOrderFromCart(
  order: Pick<OrderRecord, '_id' | '_openid' | 'storeId' | 'cartVersion'>,
): Promise<OrderRecord | undefined> {
  const _ = database().command;
  const [other] = await readList<OrderRecord>(
    orders()
      .where({
        _openid: order._openid,
        storeId: order.storeId,
        cartVersion: order.cartVersion,
        _id: _.neq(order._id),
      })
      .limit(1),
  );
  return other;
}

/** A page of a customer's orders, newest first, optionally in one store, starting after `after`. */
export async function listOwnOrders(
  openid: string,
  page: { storeId?: string; after?: OrderCursor; limit: number },
): Promise<OrderRecord[]> {
  const _ = database().command;
  const conditions: object[] = [
    { _openid: openid, ...(page.storeId !== undefined && { storeId: page.storeId }) },
  ];
  if (page.after) {
    const at = new Date(page.after.createdAtMs);
    conditions.push(_.or([{ createdAt: _.lt(at) }, { createdAt: at, _id: _.lt(page.after.orderId) }]));
  }
  return readList<OrderRecord>(
    orders().where(_.and(conditions)).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(page.limit),
  );
}

/**
 * Moves an order from `from` to `to` only if it is still `from` (one operation); true when this call
 * made the change. The status's time field (`paidAt`, `expiredAt`…) and `updatedAt` are set with it, and
 * with `owesStock` the mark that its held stock must now be given back (`stockReturnDueAt`), in the same
 * update, so no stop between the two can lose it (`owesNotice` marks a message due the same way). With `ifAttempt`, only while the latest payment attempt is
 * still that one (a cancel that closed attempts 1..n must not miss one started meanwhile). A change the status table does not allow throws
 * ORDER_STATE_CONFLICT before anything is written.
 */
export async function moveOrderStatus(
  orderId: string,
  from: OrderStatus,
  to: OrderStatus,
  nowMs: number,
  extra: {
    cancelReason?: string;
    owesStock?: boolean;
    ifAttempt?: number;
    closeTradesAfterMs?: number;
    /** Marks the customer's "order ready" message as due (`readyNoticeDueAt`), in the same update. */
    owesNotice?: boolean;
    /** Only while no staff refund was claimed since the order was read (its last sequence, or none). */
    ifRefundSequence?: number | 'none';
  } = {},
): Promise<boolean> {
  const _ = database().command;
  const change = statusChangeFields(from, to, nowMs);
  const where = {
    _id: orderId,
    status: from,
    ...(extra.ifAttempt !== undefined && { 'payment.attempt': extra.ifAttempt }),
    ...(extra.ifRefundSequence !== undefined && {
      refundSequence: extra.ifRefundSequence === 'none' ? _.exists(false) : extra.ifRefundSequence,
    }),
  };
  return updated(orders().where(where), {
    ...change,
    ...(extra.cancelReason !== undefined && { cancelReason: extra.cancelReason }),
    ...(extra.owesStock === true && { stockReturnDueAt: new Date(nowMs) }),
    ...(extra.owesNotice === true && { readyNoticeDueAt: new Date(nowMs) }),
    ...(extra.closeTradesAfterMs !== undefined && { paymentCloseDueAt: new Date(extra.closeTradesAfterMs) }),
  });
}

/**
 * PENDING_PAYMENT → PAID in one conditional update that also checks the money: the amount paid must be
 * the order's total and the merchant the one the order is paid through. True when this call paid it.
 */
export async function markOrderPaid(
  orderId: string,
  paid: { outTradeNo: string; transactionId: string; totalFee: number; subMchId: string },
  nowMs: number,
): Promise<boolean> {
  return updated(
    orders().where({
      _id: orderId,
      status: 'PENDING_PAYMENT',
      totalFen: paid.totalFee,
      'payment.subMchId': paid.subMchId,
    }),
    {
      ...statusChangeFields('PENDING_PAYMENT', 'PAID', nowMs),
      'payment.paidOutTradeNo': paid.outTradeNo,
      'payment.transactionId': paid.transactionId,
    },
  );
}

/** Gives a paid order its pickup number, once (one operation). */
export async function setPickupNumber(orderId: string, pickupNumber: string): Promise<boolean> {
  const _ = database().command;
  const changed = await updateCount(
    orders().where({ _id: orderId, pickupNumber: _.exists(false) }),
    { pickupNumber },
    { isIdempotent: true }, // once numbered, the guard excludes the order
  );
  return changed === 1;
}

/**
 * Records a new payment attempt on a still-unpaid order, only if its latest attempt is still
 * `previousAttempt` (so two concurrent restarts cannot both claim the same number).
 */
export async function recordPaymentAttempt(
  orderId: string,
  previousAttempt: number,
  payment: OrderPaymentRecord,
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  return updated(
    orders().where({ _id: orderId, status: 'PENDING_PAYMENT', 'payment.attempt': previousAttempt }),
    { payment: _.set(payment), updatedAt: new Date(nowMs) },
  );
}

/** Deletes an order that never got its payment sheet (it was never shown; its key may be used again). */
export async function removeUnpaidOrder(orderId: string): Promise<boolean> {
  const result = (await busyOnTransient(async () =>
    orders().where({ _id: orderId, status: 'PENDING_PAYMENT' }).remove(),
  )) as { stats: { removed: number } };
  return result.stats.removed === 1;
}

/**
 * Marks a closed order's payment attempts to be closed again at `dueAtMs` (one operation), or, with
 * undefined, clears the mark once none is left open.
 */
export async function setPaymentCloseDue(orderId: string, dueAtMs: number | undefined): Promise<void> {
  const _ = database().command;
  await updateCount(
    orders().where({ _id: orderId }),
    { paymentCloseDueAt: dueAtMs === undefined ? _.remove() : new Date(dueAtMs) },
    { isIdempotent: true },
  );
}

/**
 * Orders the sweeper must act on, in one query: unpaid ones past their expiry, refunds asked for before
 * `refundsRequestedBeforeMs` that have not settled yet, orders whose held stock is still owed back, and
 * closed orders with payment attempts still to close, kitchen tickets still to print,
 * shipping information still to file, and staff refunds still pending.
 */
export async function findOrdersNeedingAttention(
  nowMs: number,
  refundsRequestedBeforeMs: number,
  limit: number,
): Promise<OrderRecord[]> {
  const _ = database().command;
  return readList<OrderRecord>(
    orders()
      .where(
        _.or([
          { status: 'PENDING_PAYMENT', expiresAt: _.lte(new Date(nowMs)) },
          { status: 'REFUNDING', refundingAt: _.lte(new Date(refundsRequestedBeforeMs)) },
          { stockReturnDueAt: _.lte(new Date(nowMs)) },
          { paymentCloseDueAt: _.lte(new Date(nowMs)) },
          { printRetryDueAt: _.lte(new Date(nowMs)) },
          { shippingRetryDueAt: _.lte(new Date(nowMs)) },
          { refundRetryDueAt: _.lte(new Date(nowMs)) },
        ]),
      )
      .orderBy('expiresAt', 'asc')
      .limit(limit),
  );
}

/**
 * A closed (EXPIRED or CANCELLED) order that was paid after all: → REFUNDING, recording the trade that
 * paid, only if no payment was recorded yet (one operation). True when this call made the change.
 */
export async function markClosedOrderPaidForRefund(
  orderId: string,
  from: 'EXPIRED' | 'CANCELLED',
  paid: { outTradeNo: string; transactionId: string },
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  return updated(orders().where({ _id: orderId, status: from, 'payment.paidOutTradeNo': _.exists(false) }), {
    ...statusChangeFields(from, 'REFUNDING', nowMs),
    'payment.paidOutTradeNo': paid.outTradeNo,
    'payment.transactionId': paid.transactionId,
  });
}

/** REFUNDING → REFUNDED once the refund of the trade that paid the order has settled, all of it back (one operation). */
export async function markOrderRefunded(
  orderId: string,
  paidOutTradeNo: string,
  totalFen: number,
  nowMs: number,
): Promise<boolean> {
  return updated(
    orders().where({ _id: orderId, status: 'REFUNDING', 'payment.paidOutTradeNo': paidOutTradeNo }),
    { ...statusChangeFields('REFUNDING', 'REFUNDED', nowMs), refundedFen: totalFen },
  );
}

/** Which of `orderIds` are stored orders (one operation; at most 1,000 ids). */
export async function storedOrderIds(orderIds: readonly string[]): Promise<Set<string>> {
  if (orderIds.length === 0) return new Set();
  const _ = database().command;
  const rows = await readList<{ _id: string }>(
    orders()
      .where({ _id: _.in([...orderIds]) })
      .field({ _id: true })
      .limit(orderIds.length),
  );
  return new Set(rows.map((row) => row._id));
}

/**
 * Claims sending the "order ready" message of a READY order: removes its due mark only if it is still there
 * (one operation). True for exactly one caller, however many ask at once; a retry after a lost reply is false.
 */
export async function claimReadyNotice(orderId: string): Promise<boolean> {
  const _ = database().command;
  return updated(orders().where({ _id: orderId, status: 'READY', readyNoticeDueAt: _.exists(true) }), {
    readyNoticeDueAt: _.remove(),
  });
}
