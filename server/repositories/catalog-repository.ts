// Reads of the catalog (stores, tables, categories, products, SKUs): the only code that builds catalog queries.
// A menu read is one database operation per 1,000 documents (one for any menu up to that size) and never
// answers part of what matched; reads bounded by design refuse a request past one page.
import type { ProductRecord, SkuRecord, StoreRecord, TableRecord } from '../domain/catalog-types';
import { database, readList } from '../runtime/cloud';
import { aggregateEveryPage, assertWithinPage, readEveryPage } from './paged-reads';
import { WITHOUT_STOCK_MARKS } from './stock-repository';

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
 * Products of a store by id with all their SKUs, whatever their state (two reads run together, more only
 * past 1,000 SKUs; none for an empty list). Ids of other stores or of nothing are simply absent from the
 * answer. At most 1,000 ids (a cart or an order names far fewer): more is refused, not cut.
 */
export async function loadCatalogFor(
  storeId: string,
  productIds: string[],
): Promise<{ products: ProductRecord[]; skus: SkuRecord[] }> {
  const ids = [...new Set(productIds)];
  assertWithinPage('loadCatalogFor: at most 1000 products', ids.length);
  if (ids.length === 0) return { products: [], skus: [] };
  const _ = database().command;
  const [products, skus] = await Promise.all([
    readList<ProductRecord>(
      database()
        .collection('products')
        .where({ storeId, _id: _.in(ids) })
        .limit(ids.length),
    ),
    readEveryPage<SkuRecord>('SKUs of products', (offset, size) =>
      database()
        .collection('skus')
        .where({ storeId, productId: _.in(ids) })
        .field(WITHOUT_STOCK_MARKS)
        .orderBy('priceFen', 'asc') // a product's SKUs cheapest first (sizes small to large), then by id
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(size),
    ),
  ]);
  return { products, skus };
}

/** A store's visible categories in menu order (one read per 1,000). */
export async function listVisibleCategories(storeId: string): Promise<CategoryRecord[]> {
  return readEveryPage<CategoryRecord>('visible categories', (offset, size) =>
    database()
      .collection('categories')
      .where({ storeId, isVisible: true })
      .orderBy('sort', 'asc')
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/** Every listed product of a store as a menu row, in `sort` order (one read per 1,000). */
export async function listListedProductRows(storeId: string): Promise<ProductRowRecord[]> {
  return readEveryPage<ProductRowRecord>('listed products', (offset, size) =>
    database()
      .collection('products')
      .where({ storeId, isListed: true })
      .field(PRODUCT_ROW_FIELDS)
      .orderBy('sort', 'asc')
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/** The listed products of some categories of a store as menu rows, in `sort` order (one read per 1,000). */
export async function listListedProductRowsIn(
  storeId: string,
  categoryIds: string[],
): Promise<ProductRowRecord[]> {
  if (categoryIds.length === 0) return [];
  const _ = database().command;
  return readEveryPage<ProductRowRecord>('listed products of categories', (offset, size) =>
    database()
      .collection('products')
      .where({ storeId, isListed: true, categoryId: _.in(categoryIds) })
      .field(PRODUCT_ROW_FIELDS)
      .orderBy('sort', 'asc')
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/**
 * The first `limit` listed products whose zh-CN or English name contains `text`, case-insensitively, in
 * `sort` order (one operation). A limit past one page is refused.
 */
export async function searchListedProductRows(
  storeId: string,
  text: string,
  limit: number,
): Promise<ProductRowRecord[]> {
  assertWithinPage('searchListedProductRows', limit);
  const db = database();
  const _ = db.command;
  const pattern = db.RegExp({ regexp: escapeRegExp(text), options: 'i' });
  return readList<ProductRowRecord>(
    db
      .collection('products')
      .where(_.and([{ storeId, isListed: true }, _.or([{ name: pattern }, { nameEn: pattern }])]))
      .field(PRODUCT_ROW_FIELDS)
      .orderBy('sort', 'asc')
      .orderBy('_id', 'asc')
      .limit(limit),
  );
}

/**
 * Lowest price and orderable SKU count per product, grouped in the database so the answer has one row
 * per product however many SKUs there are (one operation per 1,000 products). Without `productIds`, the
 * whole store.
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
  const rows = await aggregateEveryPage<{ _id: string; fromPriceFen: number; orderableSkuCount: number }>(
    'SKU summaries',
    (offset, size) =>
      db
        .collection('skus')
        .aggregate()
        .match(match)
        .group({
          _id: '$productId',
          fromPriceFen: $.min('$priceFen'),
          orderableSkuCount: $.sum($.cond({ if: isOrderable, then: 1, else: 0 })),
        })
        .sort({ _id: 1 })
        .skip(offset)
        .limit(size),
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
