// Stock's vocabulary, part one: **reserve** holds stock for a placement (all or nothing: SKUs taken in id
// order with guarded updates, each marking the SKU with the hold, the first refusal releasing everything
// taken before it), and **release** undoes a hold that never became an order (by its mark, so exactly once;
// a placement that stopped part-way is released by its order's expiry task, stock-hold-recovery.ts). Part
// two, **return** (an ended order's hold), is stock-return.ts.
import type { OutOfStockDetails } from '../../../typings/contracts/checkout';
import type { PricedLine } from '../../../typings/contracts/pricing';
import type { StockReservation } from '../../domain/order/order-record';
import { releaseUnits, stockLeftOf, takeUnits } from '../../repositories/stock-repository';
import { AppError } from '../../runtime/app-error';

/** Who a reservation holds stock for: the order's id (decided before anything is written) and the time. */
export interface StockHolder {
  orderId: string;
  atMs: number;
}

/**
 * Reserves every reservation for `holder` (one operation each, sorted by SKU id so concurrent orders meet in
 * the same order). On a refusal, gives back what was taken, reads what is left of the refused SKU and throws
 * OUT_OF_STOCK with it (OutOfStockDetails). On a failure, gives back what was taken and what the failed take
 * may have taken (the marks tell).
 */
export async function reserveStock(
  holder: StockHolder,
  reservations: readonly StockReservation[],
  lines: readonly PricedLine[],
): Promise<void> {
  const taken: StockReservation[] = [];
  const sorted = [...reservations].sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0));
  for (const reservation of sorted) {
    let isTaken: boolean;
    try {
      isTaken = await takeUnits(reservation.skuId, reservation.quantity, holder.orderId, holder.atMs);
    } catch (error) {
      await releaseStock(holder, [...taken, reservation]);
      throw error;
    }
    if (!isTaken) {
      await releaseStock(holder, taken);
      throw await outOfStock(reservation, lines);
    }
    taken.push(reservation);
  }
}

/**
 * Releases `holder`'s reservations taken during a placement that is being undone, before any order holds
 * them (one operation each). Each release only matches a SKU still marked with the hold, so it gives back
 * once however often it runs; one that fails is logged and left to the order's expiry task, which finds the
 * mark. Stock held by a stored order is returned instead (stock-return.ts), which the sweeper can finish.
 */
export async function releaseStock(
  holder: StockHolder,
  reservations: readonly StockReservation[],
): Promise<void> {
  for (const reservation of [...reservations].reverse()) {
    try {
      await releaseUnits(reservation.skuId, reservation.quantity, holder.orderId, holder.atMs);
    } catch (error) {
      console.error(
        `stock of ${reservation.skuId} (${reservation.quantity}) not given back now; the order's expiry task will`,
        error,
      );
    }
  }
}

async function outOfStock(reservation: StockReservation, lines: readonly PricedLine[]): Promise<AppError> {
  const left = (await stockLeftOf([reservation.skuId])).get(reservation.skuId) ?? 0;
  const line = lines.find((candidate) => candidate.skuId === reservation.skuId);
  const details: OutOfStockDetails = {
    items: [
      {
        ...(line && { lineId: line.lineId }),
        skuId: reservation.skuId,
        productId: line?.productId ?? '',
        name: line?.name ?? reservation.skuId,
        nameEn: line?.nameEn ?? reservation.skuId,
        reason: left === 0 ? 'SOLD_OUT' : 'NOT_ENOUGH_STOCK',
        requested: reservation.quantity,
        stockLeft: left,
      },
    ],
  };
  const name = line?.name ?? 'this item';
  return new AppError('OUT_OF_STOCK', `Only ${left ?? 'no'} left of ${name}.`, details);
}
