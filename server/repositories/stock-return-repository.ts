// Giving an order's held stock back, exactly once: one transaction over the order and its SKU documents
// (single-document operations only, as the platform requires). The order's `stockReturnDueAt`, set by the
// status change that ended the hold, is removed in the same commit as the SKU increments, so a run that
// stops half-way changed nothing and the next run (or the sweeper) does it whole.
import { database } from '../runtime/cloud';
import type { StockReservation } from './order-record';

/** What one attempt found: the stock given back now, or nothing owed (never held, or already back). */
export type StockReturnResult = 'returned' | 'nothing_due';

/** The one document of a transaction, as the SDK hands it out (its .d.ts types transactions as `any`). */
interface TransactionDocument {
  get(): Promise<{ data: Record<string, unknown> | null | undefined }>;
  update(options: { data: object }): Promise<unknown>;
}

/** The parts of the SDK's transaction this repository uses. */
interface StockTransaction {
  collection(name: string): { doc(id: string): TransactionDocument };
}

/** The fields of the order the transaction reads. */
interface OrderStockFields {
  reservations?: StockReservation[];
  stockReturnDueAt?: unknown;
}

/**
 * Gives back every reservation of the order if its stock is still owed, and records that it was, in one
 * transaction: 2 + 2 × SKUs operations (order read, each SKU read and increment, order update). A SKU since
 * switched to unlimited stock (null) or deleted has nothing to give back to and is skipped. The SDK
 * retries a write conflict (the callback then runs again and sees the current documents); after its
 * retries it rejects with DATABASE_TRANSACTION_CONFLICT and nothing was written.
 */
export async function returnOwedStock(orderId: string, nowMs: number): Promise<StockReturnResult> {
  const db = database();
  const _ = db.command;
  const at = new Date(nowMs);
  const run = async (transaction: StockTransaction): Promise<StockReturnResult> => {
    const orderDoc = transaction.collection('orders').doc(orderId);
    const order = (await orderDoc.get()).data as OrderStockFields | null | undefined;
    if (!order || order.stockReturnDueAt === undefined || order.stockReturnDueAt === null)
      return 'nothing_due';
    for (const reservation of order.reservations ?? []) {
      const skuDoc = transaction.collection('skus').doc(reservation.skuId);
      const sku = (await skuDoc.get()).data as { stock?: unknown } | null | undefined;
      if (typeof sku?.stock !== 'number') continue;
      await skuDoc.update({ data: { stock: _.inc(reservation.quantity), updatedAt: at } });
    }
    await orderDoc.update({ data: { stockReturnDueAt: _.remove(), stockReturnedAt: at } });
    return 'returned';
  };
  return (await db.runTransaction(run)) as StockReturnResult;
}
