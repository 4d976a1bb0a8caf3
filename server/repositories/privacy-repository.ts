// The reads and writes of "export my data" and "delete my data": everything one customer owns, found by
// `_openid` in each collection that holds personal data, read page by page, removed in one operation per
// collection, and the orders the shop must keep rewritten without the customer.
import type { OrderRecord } from '../domain/order/order-record';
import { database } from '../runtime/cloud';
import { retryTransient } from '../runtime/transient';
import { readEveryPage } from './paged-reads';
import type { RefundRecord } from './refund-repository';

/** The collections whose documents are a customer's own (found by `_openid`) and are deleted on erase. */
export type OwnedCollection =
  'carts' | 'addresses' | 'subscriptions' | 'members' | 'user_coupons' | 'invoices' | 'orders';

/** Every document of `collection` owned by `openid`, oldest first (one operation per 1,000). */
export async function readOwned<T>(collection: OwnedCollection | 'refunds', openid: string): Promise<T[]> {
  return readEveryPage<T>(`${collection} of one customer`, (offset, size) =>
    database()
      .collection(collection)
      .where({ _openid: openid })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/**
 * Deletes every document of `collection` owned by `openid` and matching `also` (one operation); how many went.
 * Repeating is harmless.
 */
export async function removeOwned(
  collection: Exclude<OwnedCollection, 'orders'>,
  openid: string,
  also: Record<string, string> = {},
): Promise<number> {
  const result = (await retryTransient(async () =>
    database()
      .collection(collection)
      .where({ ...also, _openid: openid })
      .remove(),
  )) as { stats: { removed: number } };
  return result.stats.removed;
}

/** Most order ids one batched write names (the platform's `in` takes a bounded list). */
const IDS_PER_WRITE = 1000;

/** The ids in slices of IDS_PER_WRITE. */
function slices(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_WRITE)
    out.push(ids.slice(start, start + IDS_PER_WRITE));
  return out;
}

/**
 * Deletes the customer's orders among `orderIds` that are still theirs and still `status` (one operation per
 * 1,000 ids): an order that changed meanwhile (paid after all) is left for the caller to decide again. How many went.
 */
export async function removeOwnOrders(
  openid: string,
  status: OrderRecord['status'],
  orderIds: readonly string[],
): Promise<number> {
  const _ = database().command;
  let removed = 0;
  for (const ids of slices(orderIds)) {
    const result = (await retryTransient(async () =>
      database()
        .collection('orders')
        .where({ _id: _.in(ids), _openid: openid, status })
        .remove(),
    )) as { stats: { removed: number } };
    removed += result.stats.removed;
  }
  return removed;
}

/**
 * Rewrites the customer's orders among `orderIds` that are still theirs and still `status` without them (one
 * operation per 1,000 ids): `_openid` becomes the tombstone, and the delivery address, remark and cancel reason
 * go. The guard excludes what it rewrote, so a retry changes nothing twice. How many were rewritten.
 */
export async function anonymiseOrders(
  openid: string,
  status: OrderRecord['status'],
  orderIds: readonly string[],
  tombstone: string,
  nowMs: number,
): Promise<number> {
  const _ = database().command;
  let updated = 0;
  for (const ids of slices(orderIds)) {
    const result = (await retryTransient(async () =>
      database()
        .collection('orders')
        .where({ _id: _.in(ids), _openid: openid, status })
        .update({
          data: {
            _openid: tombstone,
            address: _.remove(),
            remark: _.remove(),
            cancelReason: _.remove(),
            updatedAt: new Date(nowMs),
          },
        }),
    )) as { stats: { updated: number } };
    updated += result.stats.updated;
  }
  return updated;
}

/**
 * Rewrites every refund of the customer's without them (one operation): `_openid` and, where they asked for it,
 * `requestedBy` become the tombstone; the reason (their words) becomes `replacedReason`.
 */
export async function anonymiseRefunds(
  openid: string,
  tombstone: string,
  replacedReason: string,
  nowMs: number,
): Promise<number> {
  const refunds = database().collection('refunds');
  const rewrite = async (where: Partial<RefundRecord>, data: Partial<RefundRecord>) => {
    const result = (await retryTransient(async () => refunds.where(where).update({ data }))) as {
      stats: { updated: number };
    };
    return result.stats.updated;
  };
  const at = new Date(nowMs);
  // Both guards exclude what they rewrote, so a retry changes nothing twice.
  await rewrite({ requestedBy: openid }, { requestedBy: tombstone, updatedAt: at });
  return rewrite({ _openid: openid }, { _openid: tombstone, reason: replacedReason, updatedAt: at });
}

/**
 * Rewrites the customer's issued invoices without them (one operation): `_openid` becomes the tombstone and the
 * email goes; the title, tax number and file stay, as the shop's accounts keep what it issued. How many.
 */
export async function anonymiseIssuedInvoices(
  openid: string,
  tombstone: string,
  nowMs: number,
): Promise<number> {
  const _ = database().command;
  const result = (await retryTransient(async () =>
    database()
      .collection('invoices')
      .where({ _openid: openid, status: 'issued' })
      .update({ data: { _openid: tombstone, email: _.remove(), updatedAt: new Date(nowMs) } }),
  )) as { stats: { updated: number } };
  return result.stats.updated;
}
