// The `carts` collection: one document per customer per store (the unique index on storeId + _openid), found
// by who and where; its `_id` is random, so no one can compute another customer's cart id.
import { randomBytes } from 'node:crypto';
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

/** A new cart's `_id`: `cart-` + 24 characters of 144 random bits; never derived from store or customer. */
function newCartId(): string {
  return `cart-${randomBytes(18).toString('base64url')}`;
}

/**
 * The query naming the customer's cart in a store: at most one document matches (the unique index on
 * storeId + _openid). Every read and write of a cart names it this way, never by a computed `_id`.
 */
export function ownedCart(storeId: string, openid: string): { storeId: string; _openid: string } {
  return { storeId, _openid: openid };
}

/** The customer's cart in a store, or undefined when they never had one (one operation). */
export async function loadCart(storeId: string, openid: string): Promise<StoredCart | undefined> {
  const [cart] = await readList<CartDocument>(
    database().collection('carts').where(ownedCart(storeId, openid)).limit(1),
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
  if (expectedVersion === undefined) {
    try {
      await db.collection('carts').add({
        data: {
          _id: newCartId(),
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
      if (isDuplicateKeyError(error)) return undefined; // a concurrent first write created the customer's cart
      throw error;
    }
  }
  const updated = await updateCount(
    db.collection('carts').where({ ...ownedCart(storeId, openid), version: expectedVersion }),
    {
      items: lines,
      version: db.command.inc(1),
      updatedAt: db.serverDate(),
    },
  );
  return updated === 1 ? expectedVersion + 1 : undefined;
}

/**
 * What adding to a line did: it landed; the cart's rules refuse it as the cart is now; or the line kept
 * changing under other writes for every round (`contended`: nothing was written, trying again is safe).
 */
export type LineAddOutcome = 'added' | 'too_many_lines' | 'quantity_limit' | 'contended';

/** The cart's rules a line add is checked against in the same write. */
export interface CartLimits {
  maxLines: number;
  maxLineQuantity: number;
}

/** Rounds of increment / push / create before giving up; each round fails only if another write changed the line. */
const MAX_ADD_ROUNDS = 4;

/**
 * Adds `line.quantity` units of a line in one atomic write that touches only that line, so concurrent adds
 * never conflict: an increment of the line if it is there (and stays within the quantity limit), else a push
 * of it (if the cart has room), else the cart's creation with it. `linesAsRead` (the cart as the caller read
 * it; undefined when there was none) picks which write to try first: one operation when nothing changed since.
 * A refusal reads the cart once to say why.
 */
export async function addCartLine(
  storeId: string,
  openid: string,
  line: StoredCartLine,
  limits: CartLimits,
  linesAsRead: readonly StoredCartLine[] | undefined,
): Promise<LineAddOutcome> {
  const writes =
    linesAsRead === undefined
      ? [createCartWith, pushLine, incrementLine]
      : linesAsRead.some((candidate) => candidate.lineId === line.lineId)
        ? [incrementLine, pushLine, createCartWith]
        : [pushLine, incrementLine, createCartWith];
  for (let round = 0; round < MAX_ADD_ROUNDS; round++) {
    for (const write of writes) if (await write(storeId, openid, line, limits)) return 'added';
    const refusal = refusalOf((await loadCart(storeId, openid))?.lines ?? [], line, limits);
    if (refusal) return refusal;
    // The line appeared or went between the writes (another tap): try again against the cart as it is now.
  }
  return 'contended';
}

type LineWrite = (
  storeId: string,
  openid: string,
  line: StoredCartLine,
  limits: CartLimits,
) => Promise<boolean>;

/** `quantity` more of a line already in the cart, unless that passes the limit (one operation). */
const incrementLine: LineWrite = async (storeId, openid, line, limits) => {
  const db = database();
  const _ = db.command;
  const owned = ownedCart(storeId, openid);
  const updated = await updateCount(
    db.collection('carts').where({
      ...owned,
      items: _.elemMatch({ lineId: line.lineId, quantity: _.lte(limits.maxLineQuantity - line.quantity) }),
    }),
    { 'items.$.quantity': _.inc(line.quantity), version: _.inc(1), updatedAt: db.serverDate() },
  );
  return updated === 1;
};

/** The line appended to a cart that has neither it nor a full set of lines (one operation). */
const pushLine: LineWrite = async (storeId, openid, line, limits) => {
  const db = database();
  const _ = db.command;
  const owned = ownedCart(storeId, openid);
  const updated = await updateCount(
    db.collection('carts').where({
      ...owned,
      'items.lineId': _.neq(line.lineId),
      [`items.${limits.maxLines - 1}`]: _.exists(false),
    }),
    { items: _.push([line]), version: _.inc(1), updatedAt: db.serverDate() },
  );
  return updated === 1;
};

/** A new cart holding just the line; false when the customer's cart exists already (one operation). */
const createCartWith: LineWrite = async (storeId, openid, line) =>
  (await saveCartIfUnchanged(storeId, openid, [line], undefined)) !== undefined;

function refusalOf(
  lines: readonly StoredCartLine[],
  line: StoredCartLine,
  limits: CartLimits,
): LineAddOutcome | undefined {
  const existing = lines.find((candidate) => candidate.lineId === line.lineId);
  if (existing)
    return existing.quantity + line.quantity > limits.maxLineQuantity ? 'quantity_limit' : undefined;
  return lines.length >= limits.maxLines ? 'too_many_lines' : undefined;
}

/**
 * Empties the customer's cart in a store (one operation; nothing when there is none). With `ifVersion`, only
 * if the cart is still at that version, so lines added after it was read survive (checkout clears what it ordered).
 */
export async function clearCart(storeId: string, openid: string, ifVersion?: number): Promise<void> {
  const db = database();
  const where = { ...ownedCart(storeId, openid), ...(ifVersion !== undefined && { version: ifVersion }) };
  await db
    .collection('carts')
    .where(where)
    .update({ data: { items: [], version: db.command.inc(1), updatedAt: db.serverDate() } });
}
