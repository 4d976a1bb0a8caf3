// Reads for the store picker and the first screen: every store (few per shop) and how many paid orders a
// kitchen has waiting.
import type { StoreRecord } from '../domain/catalog-types';
import { database, readCount } from '../runtime/cloud';
import { aggregateEveryPage, readEveryPage } from './paged-reads';

/** The fields of a store the picker needs (no payment account, fees or notices). */
export type StorePickerRecord = Pick<
  StoreRecord,
  | '_id'
  | 'name'
  | 'nameEn'
  | 'address'
  | 'hours'
  | 'modes'
  | 'isAcceptingOrders'
  | 'closedNote'
  | 'busy'
  | 'holidays'
>;

const PICKER_FIELDS: Record<keyof StorePickerRecord, true> = {
  _id: true,
  name: true,
  nameEn: true,
  address: true,
  hours: true,
  modes: true,
  isAcceptingOrders: true,
  closedNote: true,
  busy: true,
  holidays: true,
};

/** Every store by id (one read per 1,000 stores). */
export async function listStoresForPicker(): Promise<StorePickerRecord[]> {
  return readEveryPage<StorePickerRecord>('stores', (offset, size) =>
    database()
      .collection('stores')
      .where({})
      .field(PICKER_FIELDS)
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/**
 * Per store, the orders paid (or accepted) since `sinceMs` that the kitchen has not marked ready: its queue
 * (one aggregation; stores without such orders are absent).
 */
export async function countKitchenQueues(sinceMs: number): Promise<Map<string, number>> {
  const db = database();
  const _ = db.command;
  const $ = _.aggregate;
  const rows = await aggregateEveryPage<{ _id: string; count: number }>('kitchen queues', (offset, size) =>
    db
      .collection('orders')
      .aggregate()
      .match({ status: _.in(['PAID', 'ACCEPTED']), createdAt: _.gte(new Date(sinceMs)) })
      .group({ _id: '$storeId', count: $.sum(1) })
      .sort({ _id: 1 })
      .skip(offset)
      .limit(size),
  );
  return new Map(rows.map((row) => [row._id, row.count]));
}

/**
 * One store's kitchen queue: its orders paid (or accepted) since `sinceMs` (one count, served by the orders index
 * `store_status_created`).
 */
export async function countKitchenQueue(storeId: string, sinceMs: number): Promise<number> {
  const _ = database().command;
  return readCount(
    database()
      .collection('orders')
      .where({ storeId, status: _.in(['PAID', 'ACCEPTED']), createdAt: _.gte(new Date(sinceMs)) }),
  );
}
