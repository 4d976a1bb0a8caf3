// Stock's vocabulary, part two: **return** gives back the stock of an order whose hold ended (cancel, expiry). Who gives it back is decided by the status change
// (only the run that made it asks here); that it is given back exactly once is the order's
// `stockReturnDueAt` mark with a claim on it and a per-SKU mark (stock-return-repository.ts). A return
// that fails here is left owed: the sweeper finds the mark and finishes it.
import type { OrderRecord } from '../../domain/order/order-record';
import { returnOwedStock } from '../../repositories/stock-return-repository';

/** What asking for an order's stock did: given back now, nothing owed, or left owed for the next sweep. */
export type StockReturnOutcome = 'returned' | 'nothing_due' | 'in_progress' | 'left_for_sweeper';

/**
 * Gives back the order's owed stock, if any (2 + 2 × SKUs operations when owed). Never throws: a failure
 * is logged and the stock stays owed for the sweeper.
 */
export async function returnStock(
  order: Pick<OrderRecord, '_id' | 'reservations'>,
  nowMs: number,
): Promise<StockReturnOutcome> {
  try {
    return await returnOwedStock(order._id, order.reservations, nowMs);
  } catch (error) {
    console.error(`order ${order._id}: stock not given back now; the sweeper will give it back`, error);
    return 'left_for_sweeper';
  }
}
