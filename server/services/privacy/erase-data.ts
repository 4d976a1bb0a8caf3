// privacyErase: deletes what is stored about the caller. Unpaid orders are cancelled first through the usual
// close (payment attempts closed, stock given back), then each order follows the retention rule
// (order-retention.ts): removed, or kept for the shop's accounts under a one-way tombstone with the address,
// remark and cancel reason gone. Issued invoices are kept the same way, without the email; invoice requests not
// yet issued, carts, saved addresses, consent credits, memberships and coupons are deleted.
// Nothing changes while an order is still being made; a repeated call finds nothing left and answers zeros.
import type { PrivacyEraseOutput } from '../../../typings/contracts/privacy';
import type { OrderRecord } from '../../domain/order/order-record';
import { PaymentGatewayError } from '../../gateways/payment-gateway';
import {
  anonymiseIssuedInvoices,
  anonymiseOrders,
  anonymiseRefunds,
  readOwned,
  removeOwned,
  removeOwnOrders,
} from '../../repositories/privacy-repository';
import { AppError } from '../../runtime/app-error';
import { fieldKeyRingFromEnvironment } from '../../runtime/field-keys';
import type { Caller } from '../../runtime/router';
import { closeUnpaidOrder } from '../order/close-order';
import { decideOrderErasure } from './order-retention';
import { tombstoneOf } from './tombstone';

/** The cancel reason an erase gives an unpaid order (removed again with the rest). */
const ERASE_CANCEL_REASON = 'cancelled to erase the customer’s data';
/** What a kept refund's reason (the customer's words) becomes. */
const ERASED_REFUND_REASON = 'removed at the customer’s request';

/** Refuses the erase while an order is being made or handed over (nothing is changed by the refusal). */
function refuseWhileInProgress(order: OrderRecord): never {
  throw new AppError(
    'ORDER_STATE_CONFLICT',
    'One of your orders is still being made or waiting to be collected; your data can be erased once it is finished.',
    { status: order.status },
  );
}

/** Cancels the caller's unpaid orders; how many this call cancelled. One found paid meanwhile refuses the erase. */
async function cancelUnpaidOrders(orders: OrderRecord[], nowMs: number): Promise<number> {
  let cancelled = 0;
  for (const order of orders) {
    if (decideOrderErasure(order, nowMs).kind !== 'cancel_first') continue;
    try {
      const outcome = await closeUnpaidOrder(order, 'CANCELLED', nowMs, {
        reason: ERASE_CANCEL_REASON,
        goesAheadWithoutPayment: false, // a trade left open could be paid after the order is gone
      });
      if (outcome === 'paid') refuseWhileInProgress({ ...order, status: 'PAID' });
      if (outcome === 'closed') cancelled++;
    } catch (error) {
      if (error instanceof PaymentGatewayError) {
        throw new AppError(
          'BUSY',
          'Payment could not be reached to close an unpaid order; please try again.',
        );
      }
      throw error;
    }
  }
  return cancelled;
}

/** What settling the orders did. */
interface SettledOrders {
  removedOrders: number;
  anonymisedOrders: number;
  keptUntilMs: number | undefined;
}

/**
 * Removes or anonymises each of the caller's orders as the retention rule says, in one write per kind and status
 * (the write names the status it decided on, so an order that changed meanwhile is not touched).
 */
async function settleOrders(
  orders: OrderRecord[],
  openid: string,
  tombstone: string,
  nowMs: number,
): Promise<SettledOrders> {
  const batches = new Map<
    string,
    { kind: 'remove' | 'anonymise'; status: OrderRecord['status']; ids: string[] }
  >();
  let keptUntilMs: number | undefined;
  for (const order of orders) {
    const erasure = decideOrderErasure(order, nowMs);
    if (erasure.kind === 'wait') refuseWhileInProgress(order);
    if (erasure.kind === 'cancel_first') {
      throw new AppError('BUSY', 'An order changed while your data was being erased; please try again.');
    }
    if (erasure.kind === 'anonymise') keptUntilMs = Math.max(keptUntilMs ?? 0, erasure.keptUntilMs);
    const key = `${erasure.kind}:${order.status}`;
    const batch = batches.get(key) ?? { kind: erasure.kind, status: order.status, ids: [] };
    batch.ids.push(order._id);
    batches.set(key, batch);
  }
  let removedOrders = 0;
  let anonymisedOrders = 0;
  for (const { kind, status, ids } of batches.values()) {
    if (kind === 'remove') removedOrders += await removeOwnOrders(openid, status, ids);
    else anonymisedOrders += await anonymiseOrders(openid, status, ids, tombstone, nowMs);
  }
  return { removedOrders, anonymisedOrders, keptUntilMs: anonymisedOrders > 0 ? keptUntilMs : undefined };
}

/** Erases the caller's data at `nowMs` (see the file comment); the summary says what went and what is kept. */
export async function eraseMyData(caller: Caller, nowMs: number): Promise<PrivacyEraseOutput> {
  const { openid } = caller;
  const tombstone = tombstoneOf(fieldKeyRingFromEnvironment(), openid);
  const found = await readOwned<OrderRecord>('orders', openid);
  const waiting = found.find((order) => decideOrderErasure(order, nowMs).kind === 'wait');
  if (waiting) refuseWhileInProgress(waiting);
  const cancelledOrders = await cancelUnpaidOrders(found, nowMs);

  const { removedOrders, anonymisedOrders, keptUntilMs } = await settleOrders(
    await readOwned<OrderRecord>('orders', openid),
    openid,
    tombstone,
    nowMs,
  );
  await anonymiseRefunds(openid, tombstone, ERASED_REFUND_REASON, nowMs);
  // Pending requests go first: one issued meanwhile is then found by the rewrite of the issued ones.
  const invoices = await removeOwned('invoices', openid, { status: 'requested' });
  const anonymisedInvoices = await anonymiseIssuedInvoices(openid, tombstone, nowMs);

  const [carts, addresses, consents, members, coupons] = await Promise.all([
    removeOwned('carts', openid),
    removeOwned('addresses', openid),
    removeOwned('subscriptions', openid),
    removeOwned('members', openid),
    removeOwned('user_coupons', openid),
  ]);
  return {
    erasedAt: new Date(nowMs).toISOString(),
    removed: { orders: removedOrders, carts, addresses, consents, members, coupons, invoices },
    cancelledOrders,
    anonymisedOrders,
    anonymisedInvoices,
    keptUntil: keptUntilMs === undefined ? null : new Date(keptUntilMs).toISOString(),
  };
}
