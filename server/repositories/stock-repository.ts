// SKU stock units as ordering changes them: guarded conditional updates, never a read-then-write. The
// stock vocabulary (reserve, release, return) lives in services/stock/; these are its primitives.
import { database, readList, updateCount } from '../runtime/cloud';
import { assertWithinPage } from './paged-reads';

/**
 * Takes `quantity` units of a SKU with counted stock, only if that many are left and the SKU is not
 * switched sold out (one operation). False when the guard did not hold: nothing was taken.
 */
export async function takeUnits(skuId: string, quantity: number): Promise<boolean> {
  const db = database();
  const _ = db.command;
  const updated = await updateCount(
    db.collection('skus').where({ _id: skuId, isSoldOut: false, stock: _.gte(quantity) }),
    { stock: _.inc(-quantity), updatedAt: db.serverDate() },
  );
  return updated === 1;
}

/**
 * Gives `quantity` units back to a SKU (one operation). A SKU switched to unlimited stock (null) since
 * the reservation has nothing to give back to; false then.
 */
export async function addUnits(skuId: string, quantity: number): Promise<boolean> {
  const db = database();
  const _ = db.command;
  const updated = await updateCount(db.collection('skus').where({ _id: skuId, stock: _.gte(0) }), {
    stock: _.inc(quantity),
    updatedAt: db.serverDate(),
  });
  return updated === 1;
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
