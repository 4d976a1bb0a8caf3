// Placing consumes the cart version it priced: a conditional update on the cart's `version` empties it, so
// of two placements of one cart only the first succeeds; a placement undone later puts its lines back.
import type { StoredCartLine } from '../domain/cart-lines';
import { database, updateCount } from '../runtime/cloud';
import { ownedCart } from './cart-repository';

const carts = () => database().collection('carts');

/** Empties the cart if it is still at `version` (one operation); false when it changed or was consumed. */
export async function consumeCartVersion(storeId: string, openid: string, version: number): Promise<boolean> {
  const db = database();
  const updated = await updateCount(carts().where({ ...ownedCart(storeId, openid), version }), {
    items: [],
    version: db.command.inc(1),
    updatedAt: db.serverDate(),
  });
  return updated === 1;
}

/**
 * Puts back the lines a placement consumed at `consumedVersion`, only if nobody wrote the cart since
 * (one operation); false when the customer changed it meanwhile (their new cart stays as it is).
 */
export async function restoreConsumedCart(
  storeId: string,
  openid: string,
  lines: StoredCartLine[],
  consumedVersion: number,
): Promise<boolean> {
  const db = database();
  const updated = await updateCount(
    carts().where({ ...ownedCart(storeId, openid), version: consumedVersion + 1 }),
    { items: lines, version: db.command.inc(1), updatedAt: db.serverDate() },
  );
  return updated === 1;
}
