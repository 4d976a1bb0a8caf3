// Reads of the catalog (stores, tables, categories, products, SKUs): the only code that builds catalog queries.
// Every read is one database operation with an explicit page size, so a screen's cost never grows with the menu.
import type { ProductRecord, SkuRecord, StoreRecord, TableRecord } from '../domain/catalog-types';
import { database, readAggregate, readList } from '../runtime/cloud';

/** The platform's largest page for a server-side read; a menu holds at most this many listed products. */
const MAX_PAGE = 1000;

/** A menu section (`categories`), shown in `sort` order. */
export interface CategoryRecord {
  _id: string;
  storeId: string;
  name: string;
  nameEn: string;
  sort: number;
  isVisible: boolean;
}

/** The fields of a product a menu row needs (a projection: no specs, add-ons or descriptions). */
export type ProductRowRecord = Pick<
  ProductRecord,
  '_id' | 'categoryId' | 'name' | 'nameEn' | 'imageFileId' | 'tags' | 'sort'
>;

/** What a menu row needs to know about a product's SKUs, computed in the database. */
export interface SkuSummary {
  productId: string;
  /** The lowest SKU price, in fen. */
  fromPriceFen: number;
  /** SKUs not switched sold out and with stock left (or unlimited). */
  orderableSkuCount: number;
}

const PRODUCT_ROW_FIELDS: Record<keyof ProductRowRecord, true> = {
  _id: true,
  categoryId: true,
  name: true,
  nameEn: true,
  imageFileId: true,
  tags: true,
  sort: true,
};

/** A store by id (one operation). */
export async function loadStore(storeId: string): Promise<StoreRecord | undefined> {
  const [store] = await readList<StoreRecord>(
    database().collection('stores').where({ _id: storeId }).limit(1),
  );
  return store;
}

/**
 * A table of a store by what its QR code or sign says: the printed code (`A01`) or the QR scene (the
 * table's `_id`). Inactive tables are returned too; callers decide (one operation).
 */
export async function loadTable(storeId: string, code: string): Promise<TableRecord | undefined> {
  const _ = database().command;
  const [table] = await readList<TableRecord>(
    database()
      .collection('tables')
      .where(_.and([{ storeId }, _.or([{ code }, { _id: code }])]))
      .limit(1),
  );
  return table;
}

/**
 * Products of a store by id with all their SKUs, whatever their state (two operations, run together;
 * none for an empty list). Ids of other stores or of nothing are simply absent from the answer.
 */
export async function loadCatalogFor(
  storeId: string,
  productIds: string[],
): Promise<{ products: ProductRecord[]; skus: SkuRecord[] }> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return { products: [], skus: [] };
  const _ = database().command;
  const [products, skus] = await Promise.all([
    readList<ProductRecord>(
      database()
        .collection('products')
        .where({ storeId, _id: _.in(ids) })
        .limit(Math.min(ids.length, MAX_PAGE)),
    ),
    readList<SkuRecord>(
      database()
        .collection('skus')
        .where({ storeId, productId: _.in(ids) })
        .limit(MAX_PAGE),
    ),
  ]);
  return { products, skus };
}

/** A store's visible categories in menu order (one operation). */
export async function listVisibleCategories(storeId: string): Promise<CategoryRecord[]> {
  return readList<CategoryRecord>(
    database()
      .collection('categories')
      .where({ storeId, isVisible: true })
      .orderBy('sort', 'asc')
      .limit(MAX_PAGE),
  );
}

/** Every listed product of a store as a menu row, in `sort` order (one operation). */
export async function listListedProductRows(storeId: string): Promise<ProductRowRecord[]> {
  return readList<ProductRowRecord>(
    database()
      .collection('products')
      .where({ storeId, isListed: true })
      .field(PRODUCT_ROW_FIELDS)
      .orderBy('sort', 'asc')
      .limit(MAX_PAGE),
  );
}

/** Listed products whose zh-CN or English name contains `text`, case-insensitively (one operation). */
export async function searchListedProductRows(
  storeId: string,
  text: string,
  limit: number,
): Promise<ProductRowRecord[]> {
  const db = database();
  const _ = db.command;
  const pattern = db.RegExp({ regexp: escapeRegExp(text), options: 'i' });
  return readList<ProductRowRecord>(
    db
      .collection('products')
      .where(_.and([{ storeId, isListed: true }, _.or([{ name: pattern }, { nameEn: pattern }])]))
      .field(PRODUCT_ROW_FIELDS)
      .orderBy('sort', 'asc')
      .limit(Math.min(limit, MAX_PAGE)),
  );
}

/**
 * Lowest price and orderable SKU count per product, grouped in the database so the answer has one row
 * per product however many SKUs there are (one operation). Without `productIds`, the whole store.
 */
export async function summariseSkus(storeId: string, productIds?: string[]): Promise<SkuSummary[]> {
  const db = database();
  const _ = db.command;
  const $ = _.aggregate;
  const isOrderable = $.and([
    $.eq(['$isSoldOut', false]),
    $.or([$.eq(['$stock', null]), $.gt(['$stock', 0])]),
  ]);
  const match = productIds === undefined ? { storeId } : { storeId, productId: _.in(productIds) };
  const rows = await readAggregate<{ _id: string; fromPriceFen: number; orderableSkuCount: number }>(
    db
      .collection('skus')
      .aggregate()
      .match(match)
      .group({
        _id: '$productId',
        fromPriceFen: $.min('$priceFen'),
        orderableSkuCount: $.sum($.cond({ if: isOrderable, then: 1, else: 0 })),
      })
      .limit(MAX_PAGE),
  );
  return rows.map((row) => ({
    productId: row._id,
    fromPriceFen: row.fromPriceFen,
    orderableSkuCount: row.orderableSkuCount,
  }));
}

/** User text as a literal inside a regular expression: every metacharacter escaped. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
