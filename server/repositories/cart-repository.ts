// The `carts` collection: one document per customer per store, written only by conditional updates on `version`.
import { createHash } from 'node:crypto';
import type { StoredCartLine } from '../domain/cart-lines';
import { database, readList, updateCount } from '../runtime/cloud';
import { isDuplicateKeyError } from './database-errors';

/** A cart as stored: its lines and the version every write must name (it grows by one per write). */
export interface StoredCart {
  lines: StoredCartLine[];
  version: number;
}

interface CartDocument {
  _id: string;
  storeId: string;
  _openid: string;
  items: StoredCartLine[];
  version: number;
}

/** The cart document's id: derived from store and customer, so a cart is found without a query (`cart-` + 32 chars). */
export function cartIdFor(storeId: string, openid: string): string {
  const digest = createHash('sha256').update(`${storeId}\n${openid}`).digest('base64url');
  return `cart-${digest.slice(0, 32)}`;
}

/** The customer's cart in a store, or undefined when they never had one (one operation). */
export async function loadCart(storeId: string, openid: string): Promise<StoredCart | undefined> {
  const [cart] = await readList<CartDocument>(
    database()
      .collection('carts')
      .where({ _id: cartIdFor(storeId, openid), _openid: openid })
      .limit(1),
  );
  return cart && { lines: cart.items, version: cart.version };
}

/**
 * Writes the cart's lines if nobody wrote since `expectedVersion` was read (`undefined`: no cart existed yet),
 * and returns the new version; `undefined` means another write came first — read again and redo (one operation).
 */
export async function saveCartIfUnchanged(
  storeId: string,
  openid: string,
  lines: StoredCartLine[],
  expectedVersion: number | undefined,
): Promise<number | undefined> {
  const db = database();
  const _id = cartIdFor(storeId, openid);
  if (expectedVersion === undefined) {
    try {
      await db.collection('carts').add({
        data: {
          _id,
          storeId,
          _openid: openid,
          items: lines,
          version: 1,
          createdAt: db.serverDate(),
          updatedAt: db.serverDate(),
        },
      });
      return 1;
    } catch (error) {
      if (isDuplicateKeyError(error)) return undefined; // a concurrent first write created the cart
      throw error;
    }
  }
  const updated = await updateCount(
    db.collection('carts').where({ _id, _openid: openid, version: expectedVersion }),
    {
      items: lines,
      version: db.command.inc(1),
      updatedAt: db.serverDate(),
    },
  );
  return updated === 1 ? expectedVersion + 1 : undefined;
}

/**
 * Empties the customer's cart in a store (one operation; nothing when there is none). With `ifVersion`, only
 * if the cart is still at that version, so lines added after it was read survive (checkout clears what it ordered).
 */
export async function clearCart(storeId: string, openid: string, ifVersion?: number): Promise<void> {
  const db = database();
  const where = {
    _id: cartIdFor(storeId, openid),
    _openid: openid,
    ...(ifVersion !== undefined && { version: ifVersion }),
  };
  await db
    .collection('carts')
    .where(where)
    .update({ data: { items: [], version: db.command.inc(1), updatedAt: db.serverDate() } });
}
