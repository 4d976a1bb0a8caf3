// Reads and writes of the recommendation stats (`stats`, one document per store, `_id` the store id) and the
// read of paid orders they are counted from: the only code that builds those queries.
import { database, readList } from '../runtime/cloud';
import { readEveryPage } from './paged-reads';

/** The part of a paid order the counts need. */
export interface PaidOrderLines {
  storeId: string;
  paidAt: Date;
  lines: Array<{ productId: string; quantity: number }>;
}

/** What a store's stats hold (see database/collections/stats.schema.json). */
export interface StoreCounts {
  /** Paid orders counted. */
  orderCount: number;
  /** Most units first (ties by id): a product and its units in the window's paid orders. */
  popular: Array<{ productId: string; units: number }>;
  /** For the most ordered products, their most frequent partners (paid orders holding both), most first. */
  together: Array<{ productId: string; partners: Array<{ productId: string; orders: number }> }>;
}

/** A store's stats document as stored. */
export interface StoreStatsRecord extends StoreCounts {
  _id: string;
  storeId: string;
  /** Days of paid orders counted, up to `refreshedAt`. */
  windowDays: number;
  refreshedAt: Date;
}

/** Statuses of an order that was paid and not refunded. */
const PAID_STATUSES = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED'];

/**
 * Orders of every store paid since `sinceMs` and not refunded, with only the fields the counts need (one read
 * per 1,000 orders; refuses past 10,000 rather than count part of them).
 */
export async function listPaidOrderLines(sinceMs: number): Promise<PaidOrderLines[]> {
  const _ = database().command;
  return readEveryPage<PaidOrderLines>('paid orders to count', (offset, size) =>
    database()
      .collection('orders')
      .where({ status: _.in(PAID_STATUSES), paidAt: _.gte(new Date(sinceMs)) })
      .field({ storeId: true, paidAt: true, 'lines.productId': true, 'lines.quantity': true })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/** Writes (or replaces) a store's stats document (one operation). */
export async function saveStoreStats(stats: StoreStatsRecord): Promise<void> {
  const { _id: id, ...data } = stats;
  await database().collection('stats').doc(id).set({ data });
}

/** A store's stats document, if a refresh wrote one (one operation). */
export async function loadStoreStats(storeId: string): Promise<StoreStatsRecord | undefined> {
  const [stats] = await readList<StoreStatsRecord>(
    database().collection('stats').where({ _id: storeId }).limit(1),
  );
  return stats;
}
