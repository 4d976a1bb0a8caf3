// What one staff refund takes from an order: its amount (fen), the stock it gives back (lines not made),
// the holds left on the order, and whether it refunds what is left of the payment. Pure: no database here.
import type { OrderStatus } from '../../../typings/contracts/order';
import { AppError } from '../../runtime/app-error';
import { REFUND_CONFIG } from '../../runtime/config';
import type { OrderRecord, RefundedLineRecord, RefundStockRecord, StockReservation } from './order-record';

/** Statuses a staff refund may start from: paid and not refunded; COMPLETED only within its window. */
export const STAFF_REFUNDABLE: readonly OrderStatus[] = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED'];

/** A day in ms. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** One line to refund: how many of its items, and whether they were never made (their stock goes back). */
export interface RefundLineAsk {
  lineId: string;
  quantity: number;
  notMade?: boolean;
}

/** What staff asked: everything left (neither), an amount, or lines (an amount with them overrides their value). */
export interface RefundAsk {
  amountFen?: number;
  lines?: RefundLineAsk[];
}

/** The refund to take. */
export interface RefundPlan {
  amountFen: number;
  stock: RefundStockRecord[];
  /** Items per line this refund takes back (empty for an amount alone). */
  lines: RefundedLineRecord[];
  /** The order's holds after this refund's stock is given back. */
  reservationsAfter: StockReservation[];
  /** True when this refund brings what was asked back to the order's total (the order becomes REFUNDING). */
  completes: boolean;
}

/** Fen not yet asked back by a refund (pending or settled). */
export function refundableFen(order: Pick<OrderRecord, 'totalFen' | 'refundRequestedFen'>): number {
  return order.totalFen - (order.refundRequestedFen ?? 0);
}

function refused(field: string, problem: string, message: string): AppError<'INVALID_INPUT'> {
  return new AppError('INVALID_INPUT', message, { field, problem });
}

/** Items of each line that earlier staff refunds took back (pending or settled; failed ones gave them back). */
export function refundedQuantities(order: Pick<OrderRecord, 'refunds'>): Map<string, number> {
  const taken = new Map<string, number>();
  for (const entry of Object.values(order.refunds ?? {})) {
    if (entry.status === 'FAILED') continue;
    for (const line of entry.lines ?? [])
      taken.set(line.lineId, (taken.get(line.lineId) ?? 0) + line.quantity);
  }
  return taken;
}

/** Throws ORDER_STATE_CONFLICT unless staff may refund an order in this status now. */
function assertRefundable(order: OrderRecord, nowMs: number): void {
  if (!STAFF_REFUNDABLE.includes(order.status)) {
    throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${order.status} cannot be refunded.`, {
      status: order.status,
    });
  }
  if (order.status !== 'COMPLETED') return;
  const completedAtMs = new Date(order.completedAt ?? order.updatedAt).getTime();
  if (nowMs - completedAtMs > REFUND_CONFIG.completedRefundDays * DAY_MS) {
    throw new AppError(
      'ORDER_STATE_CONFLICT',
      `This order was completed more than ${String(REFUND_CONFIG.completedRefundDays)} days ago; refund it through WeChat Pay's merchant platform.`,
      { status: order.status },
    );
  }
}

/**
 * Plans a staff refund of `order` at `nowMs`, or throws: ORDER_STATE_CONFLICT from a status it cannot start
 * from (or a COMPLETED order past its refund window), INVALID_INPUT `REFUND_EXCEEDS_BALANCE` over what is
 * left, `UNKNOWN_LINE`, `QUANTITY_LIMIT` (more than the line has) or `LINE_ALREADY_REFUNDED` (more than
 * earlier refunds left of it, `limit` the rest). Stock goes back for lines marked not made and for every line
 * of an order not yet ACCEPTED (nothing made); never for a COMPLETED order (everything was handed over).
 */
export function planRefund(order: OrderRecord, ask: RefundAsk, nowMs: number): RefundPlan {
  assertRefundable(order, nowMs);
  const left = refundableFen(order);
  const nothingMade = order.status === 'PAID';
  const handedOver = order.status === 'COMPLETED';
  const taken = refundedQuantities(order);
  const asked = ask.lines ?? (ask.amountFen === undefined && nothingMade ? wholeOrder(order, taken) : []);
  const units = new Map<string, number>(); // units per SKU to give back
  const lines = new Map<string, number>(); // items per line this refund takes
  let linesFen = 0;
  for (const line of asked) {
    const ordered = order.lines.find((candidate) => candidate.lineId === line.lineId);
    if (!ordered) throw refused('lines', 'UNKNOWN_LINE', 'That line is not in this order.');
    const askedOfLine = (lines.get(line.lineId) ?? 0) + line.quantity;
    if (askedOfLine > ordered.quantity) {
      throw new AppError('INVALID_INPUT', 'More items than the line has.', {
        field: 'lines',
        problem: 'QUANTITY_LIMIT',
        limit: ordered.quantity,
      });
    }
    const rest = ordered.quantity - (taken.get(line.lineId) ?? 0);
    if (askedOfLine > rest) {
      throw new AppError('INVALID_INPUT', `Only ${String(rest)} of this line are left to refund.`, {
        field: 'lines',
        problem: 'LINE_ALREADY_REFUNDED',
        limit: rest,
      });
    }
    lines.set(line.lineId, askedOfLine);
    linesFen += ordered.unitPriceFen * line.quantity;
    if (!handedOver && (nothingMade || line.notMade === true)) {
      units.set(ordered.skuId, (units.get(ordered.skuId) ?? 0) + line.quantity);
    }
  }
  // Lines are worth their price, at most what is left (a discount made the order cheaper than its lines).
  const amountFen = ask.amountFen ?? (ask.lines ? Math.min(linesFen, left) : left);
  if (amountFen < 1 || amountFen > left) {
    throw new AppError('INVALID_INPUT', `At most ¥${(left / 100).toFixed(2)} is left to refund.`, {
      field: 'amountFen',
      problem: 'REFUND_EXCEEDS_BALANCE',
      limit: left,
    });
  }
  const { stock, reservationsAfter } = takeFromHolds(order.reservations, units);
  const refundedLines = [...lines].map(([lineId, quantity]) => ({ lineId, quantity }));
  return { amountFen, stock, lines: refundedLines, reservationsAfter, completes: amountFen === left };
}

/** Every line in full, less what earlier refunds took: the rest of an order nothing was made of. */
function wholeOrder(order: OrderRecord, taken: ReadonlyMap<string, number>): RefundLineAsk[] {
  return order.lines
    .map((line) => ({
      lineId: line.lineId,
      quantity: line.quantity - (taken.get(line.lineId) ?? 0),
      notMade: true,
    }))
    .filter((line) => line.quantity > 0);
}

/** Gives back at most what the order still holds per SKU (unlimited SKUs hold nothing and get nothing). */
function takeFromHolds(
  holds: readonly StockReservation[],
  units: ReadonlyMap<string, number>,
): { stock: RefundStockRecord[]; reservationsAfter: StockReservation[] } {
  const stock: RefundStockRecord[] = [];
  const reservationsAfter: StockReservation[] = [];
  for (const hold of holds) {
    const back = Math.min(hold.quantity, units.get(hold.skuId) ?? 0);
    if (back > 0) stock.push({ skuId: hold.skuId, quantity: back });
    if (hold.quantity > back) reservationsAfter.push({ skuId: hold.skuId, quantity: hold.quantity - back });
  }
  return { stock, reservationsAfter };
}
