// What one staff refund takes from an order: its amount (fen), the stock it gives back (lines not made),
// the holds left on the order, and whether it refunds what is left of the payment. Pure: no database here.
import type { OrderStatus } from '../../../typings/contracts/order';
import { AppError } from '../../runtime/app-error';
import type { OrderRecord, RefundStockRecord, StockReservation } from './order-record';

/** Statuses a staff refund may start from: paid and not yet ended (COMPLETED stays final, see docs/staff.md). */
export const STAFF_REFUNDABLE: readonly OrderStatus[] = ['PAID', 'ACCEPTED', 'READY'];

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

/**
 * Plans a staff refund of `order`, or throws: ORDER_STATE_CONFLICT from a status it cannot start from,
 * INVALID_INPUT `REFUND_EXCEEDS_BALANCE` over what is left, `UNKNOWN_LINE` / `QUANTITY_LIMIT` for lines.
 * Stock goes back for lines marked not made, and for every line of an order not yet ACCEPTED (nothing made).
 */
export function planRefund(order: OrderRecord, ask: RefundAsk): RefundPlan {
  if (!STAFF_REFUNDABLE.includes(order.status)) {
    throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${order.status} cannot be refunded.`, {
      status: order.status,
    });
  }
  const left = refundableFen(order);
  const nothingMade = order.status === 'PAID';
  const asked = ask.lines ?? (ask.amountFen === undefined && nothingMade ? wholeOrder(order) : []);
  const units = new Map<string, number>(); // units per SKU to give back
  let linesFen = 0;
  for (const line of asked) {
    const ordered = order.lines.find((candidate) => candidate.lineId === line.lineId);
    if (!ordered) throw refused('lines', 'UNKNOWN_LINE', 'That line is not in this order.');
    if (line.quantity > ordered.quantity) {
      throw new AppError('INVALID_INPUT', 'More items than the line has.', {
        field: 'lines',
        problem: 'QUANTITY_LIMIT',
        limit: ordered.quantity,
      });
    }
    linesFen += ordered.unitPriceFen * line.quantity;
    if (nothingMade || line.notMade === true) {
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
  return { amountFen, stock, reservationsAfter, completes: amountFen === left };
}

/** Every line in full: a full refund of an order nothing was made of. */
function wholeOrder(order: OrderRecord): RefundLineAsk[] {
  return order.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity, notMade: true }));
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
