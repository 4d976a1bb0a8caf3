// The aggregations behind the staff figures: one store's orders paid in a period, grouped by China-time hour,
// and their most sold products. Both match on status and paidAt, served by the orders index `status_paid`.
import { CHINA_OFFSET_MS } from '../domain/figures-period';
import { database, readAggregate } from '../runtime/cloud';

/** Statuses of an order that was paid: served, being served, or refunded (in part or whole) after paying. */
const WAS_PAID = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED', 'REFUNDING', 'REFUNDED'];

/** One China-time hour of payment: its orders, their paid amount and what of it was refunded (fen). */
export interface HourFigures {
  _id: number;
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

/** The period's paid orders per China-time hour (one aggregation, at most 24 rows). */
export async function figuresByHour(storeId: string, fromMs: number, toMs: number): Promise<HourFigures[]> {
  const db = database();
  const $ = db.command.aggregate;
  return readAggregate<HourFigures>(
    db
      .collection('orders')
      .aggregate()
      .match(paidInPeriod(storeId, fromMs, toMs))
      .group({
        _id: $.hour($.add(['$paidAt', CHINA_OFFSET_MS])),
        orders: $.sum(1),
        salesFen: $.sum('$totalFen'),
        refundsFen: $.sum($.cond({ if: $.eq(['$status', 'REFUNDED']), then: '$totalFen', else: 0 })),
      })
      .sort({ _id: 1 })
      .limit(24),
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
