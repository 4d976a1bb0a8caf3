// The aggregations behind the staff figures: one store's orders paid in a period, grouped by China-time hour,
// and their most sold products. Both match on status and paidAt, served by the orders index `status_paid`.
import { CHINA_OFFSET_MS } from '../domain/figures-period';
import { database, readAggregate } from '../runtime/cloud';

/** The SDK's aggregation operators (`db.command.aggregate`). */
type AggregateCommand = ReturnType<typeof database>['command']['aggregate'];

/** Statuses of an order that was paid: served, being served, or refunded (in part or whole) after paying. */
const WAS_PAID = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED', 'REFUNDING', 'REFUNDED'];

/** One China-time hour of one China day of payment: its orders, their paid amount and what of it was refunded so far (fen). */
export interface HourFigures {
  /** The China date (`YYYY-MM-DD`) and hour (0–23) of payment. */
  _id: { day: string; hour: number };
  orders: number;
  salesFen: number;
  refundsFen: number;
}

/** A product's units in the period's paid orders, with its name as the latest of them stored it. */
export interface ProductUnits {
  _id: string;
  name: string;
  nameEn: string;
  units: number;
}

/** Paid in [fromMs, toMs), never closed unpaid (a late payment on a cancelled or expired order is refunded). */
function paidInPeriod(storeId: string, fromMs: number, toMs: number): Record<string, unknown> {
  const _ = database().command;
  return {
    status: _.in(WAS_PAID),
    paidAt: _.gte(new Date(fromMs)).and(_.lt(new Date(toMs))),
    storeId,
    cancelledAt: _.exists(false),
    expiredAt: _.exists(false),
  };
}

/**
 * The fen an order has had refunded and settled: its `refundedFen` (partial and full refunds alike), or for
 * an older REFUNDED order stored without that field, its whole total.
 */
function settledRefundFen($: AggregateCommand) {
  return $.ifNull([
    '$refundedFen',
    $.cond({ if: $.eq(['$status', 'REFUNDED']), then: '$totalFen', else: 0 }),
  ]);
}

/** Rows at most: 24 hours of each of the longest period's 7 days. */
const MAX_HOUR_ROWS = 7 * 24;

/** The period's paid orders per China-time day and hour (one aggregation, at most 168 rows). */
export async function figuresByHour(storeId: string, fromMs: number, toMs: number): Promise<HourFigures[]> {
  const db = database();
  const $ = db.command.aggregate;
  const chinaTime = $.add(['$paidAt', CHINA_OFFSET_MS]);
  return readAggregate<HourFigures>(
    db
      .collection('orders')
      .aggregate()
      .match(paidInPeriod(storeId, fromMs, toMs))
      .group({
        _id: { day: $.dateToString({ date: chinaTime, format: '%Y-%m-%d' }), hour: $.hour(chinaTime) },
        orders: $.sum(1),
        salesFen: $.sum('$totalFen'),
        refundsFen: $.sum(settledRefundFen($)),
      })
      .limit(MAX_HOUR_ROWS),
  );
}

/** The `limit` products with the most units in the period's paid orders, ties by id (one aggregation). */
export async function topProducts(
  storeId: string,
  fromMs: number,
  toMs: number,
  limit: number,
): Promise<ProductUnits[]> {
  const db = database();
  const $ = db.command.aggregate;
  return readAggregate<ProductUnits>(
    db
      .collection('orders')
      .aggregate()
      .match(paidInPeriod(storeId, fromMs, toMs))
      .sort({ paidAt: -1 })
      .unwind('$lines')
      .group({
        _id: '$lines.productId',
        name: $.first('$lines.name'),
        nameEn: $.first('$lines.nameEn'),
        units: $.sum('$lines.quantity'),
      })
      .sort({ units: -1, _id: 1 })
      .limit(limit),
  );
}
