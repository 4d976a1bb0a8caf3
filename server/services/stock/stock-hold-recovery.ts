// Recovering holds whose placement stopped part-way. A reservation marks its SKU with the hold (order id,
// quantity, time) in the same update that takes the units, and the order's id and its delayed expiry task
// exist before the first reservation. So when that task finds no stored order, any SKU still marked with
// the order's id holds units that no order records: they are released, by the mark, exactly once. Marks of
// an order that was stored only say who held the units before the order did: they are cleared. A mark is
// acted on only once it is older than any function runs, so a placement still running is never touched.
import { storedOrderIds } from '../../repositories/order-repository';
import {
  clearHoldMarks,
  releaseUnits,
  skusHeldBy,
  skusWithHoldsBefore,
  type MarkedSku,
} from '../../repositories/stock-repository';
import { EXPIRY_CONFIG } from '../../runtime/config';

/** Age (ms) a hold mark must reach before recovery acts on it: longer than any function may run (60 s). */
export const HOLD_MARK_GRACE_MS = 60 * 1000;

/** Most SKUs one order may hold (its lines); bounds the read of an order's marks. */
const MAX_SKUS_PER_ORDER = 100;

const isStale = (at: Date | string, nowMs: number): boolean =>
  new Date(at).getTime() <= nowMs - HOLD_MARK_GRACE_MS;

/**
 * For an order id that has no stored order: releases the stale holds still marked with it (1 read, + 1
 * update per SKU still held). Returns how many SKUs got units back.
 */
export async function releaseHoldsOfUnstoredOrder(orderId: string, nowMs: number): Promise<number> {
  return releaseMarks(await skusHeldBy(orderId, MAX_SKUS_PER_ORDER), new Set([orderId]), nowMs);
}

/**
 * Clears the hold marks of a stored order, which holds its units itself (one multi-document update). Never
 * throws: marks left behind are cleared by a later sweep.
 */
export async function clearStoredOrderHolds(orderId: string): Promise<void> {
  try {
    await clearHoldMarks(orderId);
  } catch (error) {
    console.error(`order ${orderId}: hold marks kept; a later sweep clears them`, error);
  }
}

/** True for the sweeps that also look for stale holds (one in `holdScanEverySweeps`, by the clock). */
export function isHoldScanDue(nowMs: number): boolean {
  const slot = Math.floor(nowMs / EXPIRY_CONFIG.sweepIntervalMs);
  return slot % EXPIRY_CONFIG.holdScanEverySweeps === 0;
}

/**
 * The backstop for an order whose expiry task never ran: every stale hold mark, up to a batch (1 read, and
 * when there are any 1 read of orders + 1 update per order or held SKU). Marks of stored orders are cleared;
 * holds of orders never stored are released. Returns how many SKUs got units back.
 */
export async function sweepStaleHolds(nowMs: number): Promise<number> {
  const marked = await skusWithHoldsBefore(nowMs - HOLD_MARK_GRACE_MS, EXPIRY_CONFIG.sweepBatchSize);
  if (marked.length === 0) return 0;
  const orderIds = new Set(
    marked.flatMap((sku) => sku.holds.filter((mark) => isStale(mark.at, nowMs)).map((mark) => mark.orderId)),
  );
  const stored = await storedOrderIds([...orderIds]);
  for (const orderId of stored) await clearStoredOrderHolds(orderId);
  const unstored = new Set([...orderIds].filter((orderId) => !stored.has(orderId)));
  return releaseMarks(marked, unstored, nowMs);
}

/** Releases the stale marks of `orderIds` on `marked` SKUs; a failure is logged and left for the next pass. */
async function releaseMarks(marked: readonly MarkedSku[], orderIds: ReadonlySet<string>, nowMs: number) {
  let released = 0;
  for (const sku of marked) {
    for (const mark of sku.holds) {
      if (!orderIds.has(mark.orderId) || !isStale(mark.at, nowMs)) continue;
      try {
        if (await releaseUnits(sku._id, mark.quantity, mark.orderId, nowMs)) released++;
      } catch (error) {
        console.error(`SKU ${sku._id}: hold of ${mark.orderId} not released now; a later pass will`, error);
      }
    }
  }
  return released;
}
