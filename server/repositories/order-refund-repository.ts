// Staff refunds on the order document: each claimed by one conditional update on the order's refund sequence
// (so concurrent requests take distinct numbers and never ask back more than was paid), settled once by an
// update guarded on the entry still being PENDING, and its stock given back once.
import { statusChangeFields } from '../domain/order/order-status';
import type { OrderRecord, OrderRefundEntry } from '../domain/order/order-record';
import type { RefundPlan } from '../domain/order/refund-plan';
import { database, updateCount } from '../runtime/cloud';

const orders = () => database().collection('orders');
const skus = () => database().collection('skus');

/** The key of a staff refund on the order: `r<sequence>`. */
export function refundKey(sequence: number): string {
  return `r${sequence}`;
}

/**
 * Claims refund `sequence` for `entry` on the order as it was read (status and last sequence unchanged), in
 * one update: the entry, the amount asked back, the holds left, the sweeper's recheck at `recheckAtMs` and,
 * when it completes, → REFUNDING. True when this call claimed it; false when the order changed meanwhile.
 */
export async function claimOrderRefund(
  order: OrderRecord,
  sequence: number,
  entry: OrderRefundEntry,
  plan: RefundPlan,
  recheckAtMs: number,
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  const where = {
    _id: order._id,
    status: order.status,
    refundSequence: order.refundSequence === undefined ? _.exists(false) : order.refundSequence,
  };
  const changed = await updateCount(orders().where(where), {
    refundSequence: sequence,
    [`refunds.${refundKey(sequence)}`]: _.set(entry),
    refundRequestedFen: _.inc(plan.amountFen),
    reservations: _.set(plan.reservationsAfter),
    refundRetryDueAt: new Date(recheckAtMs),
    updatedAt: new Date(nowMs),
    ...(plan.completes && statusChangeFields(order.status, 'REFUNDING', nowMs)),
  });
  return changed === 1;
}

/**
 * Settles a staff refund on its order once: PENDING → SUCCEEDED adds its amount to `refundedFen`; → FAILED
 * frees its amount to be asked again. True when this call settled it (a repeated notice answers false).
 */
export async function settleOrderRefund(
  orderId: string,
  key: string,
  entry: OrderRefundEntry,
  status: 'SUCCEEDED' | 'FAILED',
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  const money =
    status === 'SUCCEEDED'
      ? { refundedFen: _.inc(entry.amountFen) }
      : { refundRequestedFen: _.inc(-entry.amountFen) };
  const changed = await updateCount(orders().where({ _id: orderId, [`refunds.${key}.status`]: 'PENDING' }), {
    [`refunds.${key}.status`]: status,
    ...money,
    updatedAt: new Date(nowMs),
  });
  return changed === 1;
}

/** REFUNDING → REFUNDED once what was refunded and settled is the whole total (one operation). */
export async function markFullyRefunded(order: OrderRecord, nowMs: number): Promise<boolean> {
  const changed = await updateCount(
    orders().where({ _id: order._id, status: 'REFUNDING', refundedFen: order.totalFen }),
    statusChangeFields('REFUNDING', 'REFUNDED', nowMs),
  );
  return changed === 1;
}

/**
 * Gives a refund's stock back to its SKUs once: the order's `stockDue` mark is removed first (one caller
 * wins), then each SKU gets its units. A stop between the two leaves those units short, never doubled.
 */
export async function returnRefundStock(order: OrderRecord, key: string, nowMs: number): Promise<boolean> {
  const entry = order.refunds?.[key];
  if (!entry || entry.stockDue !== true) return false;
  const _ = database().command;
  const claimed = await updateCount(orders().where({ _id: order._id, [`refunds.${key}.stockDue`]: true }), {
    [`refunds.${key}.stockDue`]: _.remove(),
  });
  if (claimed !== 1) return false;
  for (const line of entry.stock) {
    await updateCount(skus().where({ _id: line.skuId, stock: _.gte(0) }), {
      stock: _.inc(line.quantity),
      updatedAt: new Date(nowMs),
    });
  }
  return true;
}

/** When the sweeper next asks about the order's pending staff refunds; undefined when none is pending. */
export async function setRefundRecheck(orderId: string, atMs: number | undefined): Promise<void> {
  const _ = database().command;
  await updateCount(orders().where({ _id: orderId }), {
    refundRetryDueAt: atMs === undefined ? _.remove() : new Date(atMs),
  });
}

/**
 * Settles a cancel's refund of the rest (r1) on an order that also had staff refunds, once: recorded as the
 * entry `r1` (its absence is the guard) with its amount added to `refundedFen`. True when this call did it.
 */
export async function settleCancelRefund(
  orderId: string,
  outRefundNo: string,
  amountFen: number,
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  const entry: OrderRefundEntry = {
    requestId: 'cancel',
    outRefundNo,
    amountFen,
    status: 'SUCCEEDED',
    stock: [],
  };
  const changed = await updateCount(
    orders().where({ _id: orderId, status: 'REFUNDING', [`refunds.${refundKey(1)}`]: _.exists(false) }),
    { [`refunds.${refundKey(1)}`]: _.set(entry), refundedFen: _.inc(amountFen), updatedAt: new Date(nowMs) },
  );
  return changed === 1;
}
