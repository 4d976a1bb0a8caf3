// SKU stock units as ordering changes them: guarded conditional updates, never a read-then-write. A hold
// is recorded on the SKU itself, in the same single-document update that takes its units: a mark
// `{ orderId, quantity, at }` in `holds`, so whoever holds units can always be found, and giving them back
// (which removes the mark in the same update) happens at most once. The stock vocabulary (reserve,
// release, return) lives in services/stock/; these are its primitives.
import { database, readList, updateCount } from '../runtime/cloud';
import { isTransientError, retryTransient } from '../runtime/transient';
import { assertWithinPage } from './paged-reads';

/** A projection leaving out the marks that name orders (holds, returns): menus and quotes never need them. */
export const WITHOUT_STOCK_MARKS = { holds: false, stockReturnsPending: false } as const;

/** One placement's hold on a SKU, kept on the SKU until its order is stored (then cleared) or it is released. */

export interface StockHoldMark {
  orderId: string;
  quantity: number;
  at: Date;
}

const skus = () => database().collection('skus');

/**
 * Takes `quantity` units of a SKU with counted stock for `orderId`, only if that many are left and the SKU
 * is not switched sold out, marking the SKU with the hold in the same update (one operation; more only
 * after a transient failure). The guard also excludes a SKU this order already holds, so a take whose reply
 * was lost is sent again safely, and then told from a refusal by looking for the mark. False when nothing
 * was taken.
 */
export async function takeUnits(
  skuId: string,
  quantity: number,
  orderId: string,
  atMs: number,
): Promise<boolean> {
  const _ = database().command;
  const mark: StockHoldMark = { orderId, quantity, at: new Date(atMs) };
  const query = skus().where({
    _id: skuId,
    isSoldOut: false,
    stock: _.gte(quantity),
    'holds.orderId': _.neq(orderId), // excludes a SKU this order already holds: a resend applies once
  });
  let isUncertain = false;
  const result = (await retryTransient(async () => {
    try {
      return await query.update({
        data: { stock: _.inc(-quantity), holds: _.push(mark), updatedAt: new Date(atMs) },
      });
    } catch (error) {
      if (isTransientError(error)) isUncertain = true;
      throw error;
    }
  })) as { stats: { updated: number } };
  const updated = result.stats.updated;
  if (updated === 1) return true;
  return isUncertain && (await isHeldBy(skuId, orderId));
}

/** True when the SKU carries `orderId`'s hold mark (one operation). */
async function isHeldBy(skuId: string, orderId: string): Promise<boolean> {
  const rows = await readList<{ _id: string }>(
    skus().where({ _id: skuId, 'holds.orderId': orderId }).field({ _id: true }).limit(1),
  );
  return rows.length === 1;
}

/**
 * Gives back `orderId`'s hold of `quantity` units on a SKU and removes its mark, in one update that only
 * a SKU still marked matches, so units are given back exactly once however often this runs (one
 * operation; a second only when the SKU has meanwhile been switched to unlimited stock, to drop the mark).
 * True when this call gave the units back.
 */
export async function releaseUnits(
  skuId: string,
  quantity: number,
  orderId: string,
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  const released = await updateCount(
    skus().where({ _id: skuId, stock: _.gte(0), 'holds.orderId': orderId }),
    { stock: _.inc(quantity), holds: _.pull({ orderId }), updatedAt: new Date(nowMs) },
    { isIdempotent: true },
  );
  if (released === 1) return true;
  // A SKU switched to unlimited (null) has nothing to give back to: only its mark goes.
  await updateCount(
    skus().where({ _id: skuId, stock: null, 'holds.orderId': orderId }),
    { holds: _.pull({ orderId }) },
    { isIdempotent: true },
  );
  return false;
}

/**
 * Removes `orderId`'s hold marks from every SKU, without touching stock: for an order that was stored, which
 * holds the units itself from then on (one multi-document operation, whatever the number of SKUs).
 */
export async function clearHoldMarks(orderId: string): Promise<void> {
  const _ = database().command;
  await updateCount(
    skus().where({ 'holds.orderId': orderId }),
    { holds: _.pull({ orderId }) },
    { isIdempotent: true },
  );
}

/** A SKU's hold marks, for recovery. */
export interface MarkedSku {
  _id: string;
  holds: StockHoldMark[];
}

/** The SKUs marked with `orderId`'s hold (one operation; at most `limit`, an order holds at most its lines). */
export async function skusHeldBy(orderId: string, limit: number): Promise<MarkedSku[]> {
  return readList<MarkedSku>(
    skus().where({ 'holds.orderId': orderId }).field({ _id: true, holds: true }).limit(limit),
  );
}

/** SKUs carrying a hold mark set at or before `beforeMs`, up to `limit` (one operation). */
export async function skusWithHoldsBefore(beforeMs: number, limit: number): Promise<MarkedSku[]> {
  const _ = database().command;
  return readList<MarkedSku>(
    skus()
      .where({ 'holds.at': _.lte(new Date(beforeMs)) })
      .field({ _id: true, holds: true })
      .limit(limit),
  );
}

/** Units left of each SKU now (one operation): null for unlimited, 0 for a SKU switched sold out or gone. */
export async function stockLeftOf(skuIds: string[]): Promise<Map<string, number | null>> {
  assertWithinPage('stockLeftOf: SKUs', skuIds.length);
  const _ = database().command;
  const rows = await readList<{ _id: string; stock: number | null; isSoldOut: boolean }>(
    database()
      .collection('skus')
      .where({ _id: _.in(skuIds) })
      .field({ _id: true, stock: true, isSoldOut: true })
      .limit(skuIds.length),
  );
  const left = new Map<string, number | null>(skuIds.map((id) => [id, 0]));
  for (const row of rows) left.set(row._id, row.isSoldOut ? 0 : row.stock);
  return left;
}
