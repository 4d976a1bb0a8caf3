// Giving an order's held stock back, exactly once, without a transaction: the order's return is claimed
// with a conditional update (one returner at a time, a claim lapsing after CLAIM_MS), each SKU gets its
// units back in a guarded `$inc` that also marks the SKU with the order's id (so a second pass skips a
// SKU already done, even after a crash), then the order's owed-stock mark is removed and the SKU marks
// are cleared. Guarded updates on one document never conflict, so any number of returns at once on the
// same SKU all finish.
import { randomBytes } from 'node:crypto';
import { database, updateCount } from '../runtime/cloud';
import type { StockReservation } from '../domain/order/order-record';

/**
 * How long a claim on an order's stock return lasts: longer than any function may run (the longest
 * timeout in cloudfunctions/ is 60 s), so a claim is taken over only from a returner that has stopped.
 */
export const STOCK_RETURN_CLAIM_MS = 2 * 60 * 1000;

/** What one attempt did: gave the stock back, found none owed to it (never held, already back, or being given back by another run), or lost its claim midway (another run finishes). */
export type StockReturnResult = 'returned' | 'nothing_due' | 'in_progress';

const orders = () => database().collection('orders');
const skus = () => database().collection('skus');

/** Claims the order's owed stock return for `token` until `nowMs + STOCK_RETURN_CLAIM_MS` (one operation). */
async function claimReturn(orderId: string, token: string, nowMs: number): Promise<boolean> {
  const _ = database().command;
  const at = new Date(nowMs);
  const claimed = await updateCount(
    orders().where(
      _.and([
        { _id: orderId, stockReturnDueAt: _.exists(true) },
        _.or([{ stockReturnClaim: _.exists(false) }, { 'stockReturnClaim.until': _.lte(at) }]),
      ]),
    ),
    { stockReturnClaim: _.set({ token, until: new Date(nowMs + STOCK_RETURN_CLAIM_MS) }) },
  );
  return claimed === 1;
}

/** Adds one reservation back to its SKU unless this order's mark is on it already (one operation). */
async function returnToSku(orderId: string, reservation: StockReservation, nowMs: number): Promise<void> {
  const _ = database().command;
  await updateCount(
    skus().where({ _id: reservation.skuId, stock: _.gte(0), stockReturnsPending: _.nin([orderId]) }),
    {
      stock: _.inc(reservation.quantity),
      stockReturnsPending: _.push(orderId),
      updatedAt: new Date(nowMs),
    },
    { isIdempotent: true }, // the mark it sets excludes the SKU from a second application
  );
}

/** Lets a claim lapse now, so the sweeper may take the return over at once (best effort). */
async function dropClaim(orderId: string, token: string, nowMs: number): Promise<void> {
  try {
    await updateCount(orders().where({ _id: orderId, 'stockReturnClaim.token': token }), {
      'stockReturnClaim.until': new Date(nowMs),
    });
  } catch (error) {
    console.error(`order ${orderId}: stock return claim kept until it lapses`, error);
  }
}

/**
 * Gives back every reservation of the order if its stock is still owed (2 + 2 × SKUs operations when owed).
 * A SKU since switched to unlimited stock (null) or deleted has nothing to give back to and is skipped.
 * Throws when a step fails: the stock stays owed and the next run finishes what is left, exactly once.
 */
export async function returnOwedStock(
  orderId: string,
  reservations: readonly StockReservation[],
  nowMs: number,
): Promise<StockReturnResult> {
  const token = randomBytes(12).toString('hex');
  // Not claimed: nothing is owed, or another returner holds the claim and will finish.
  if (!(await claimReturn(orderId, token, nowMs))) return 'nothing_due';
  const _ = database().command;
  try {
    for (const reservation of reservations) await returnToSku(orderId, reservation, nowMs);
    const finished = await updateCount(orders().where({ _id: orderId, 'stockReturnClaim.token': token }), {
      stockReturnDueAt: _.remove(),
      stockReturnClaim: _.remove(),
      stockReturnedAt: new Date(nowMs),
    });
    if (finished !== 1) return 'in_progress';
  } catch (error) {
    await dropClaim(orderId, token, nowMs);
    throw error;
  }
  await Promise.all(
    reservations.map((reservation) =>
      updateCount(
        skus().where({ _id: reservation.skuId }),
        { stockReturnsPending: _.pull(orderId) },
        { isIdempotent: true },
      ).catch((error: unknown) =>
        console.error(`SKU ${reservation.skuId}: return mark of ${orderId} kept`, error),
      ),
    ),
  );
  return 'returned';
}
