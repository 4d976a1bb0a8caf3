// Everything checkout needs before it decides, in ONE database operation: the store, the caller's cart,
// the products and SKUs its lines name, and (for dine-in) the table — an aggregation on `stores` that
// looks the rest up. Ordering reads this once per preview or placement; the cost stays the same
// whatever the menu's size or the cart's length.
import type { StoredCartLine } from '../domain/cart-lines';
import type { ProductRecord, SkuRecord, StoreRecord, TableRecord } from '../domain/catalog-types';
import { database, readAggregate } from '../runtime/cloud';
import type { StoredCart } from './cart-repository';
import { WITHOUT_STOCK_MARKS } from './stock-repository';

/** What a checkout is decided from. */
export interface OrderContext {
  store: StoreRecord;
  /** The caller's cart in the store; undefined when they never had one. */
  cart?: StoredCart;
  /** The products the cart's lines name (those still in this store). */
  products: ProductRecord[];
  /** The SKUs the cart's lines name (those still in this store). */
  skus: SkuRecord[];
  /** The table a dine-in code names, active or not; undefined when no code was given or none matches. */
  table?: TableRecord;
}

interface ContextRow extends StoreRecord {
  carts: Array<{ items: StoredCartLine[]; version: number }>;
  products: ProductRecord[];
  skus: SkuRecord[];
  tables?: TableRecord[];
}

interface SubPipeline {
  match(condition: unknown): SubPipeline;
  limit(count: number): SubPipeline;
  project(fields: Record<string, boolean>): SubPipeline;
  done(): unknown[];
}

/** The store, the caller's cart and what it names, and the table for `tableCode` (one operation). */
export async function loadOrderContext(
  storeId: string,
  openid: string,
  tableCode?: string,
): Promise<OrderContext | undefined> {
  const db = database();
  const _ = db.command;
  const $ = _.aggregate;
  // SDK boundary: `command.expr` and `aggregate.pipeline()` exist at run time but not in the typings.
  const expr = (expression: unknown) => (_ as unknown as { expr(value: unknown): object }).expr(expression);
  const pipeline = () => ($ as unknown as { pipeline(): SubPipeline }).pipeline();
  const sameStore = expr($.eq(['$storeId', '$$storeId']));

  let query = db
    .collection('stores')
    .aggregate()
    .match({ _id: storeId })
    .lookup({
      from: 'carts',
      let: { storeId: '$_id' },
      pipeline: pipeline().match(sameStore).match({ _openid: openid }).limit(1).done(),
      as: 'carts',
    })
    .addFields({ cart: $.arrayElemAt(['$carts', 0]) })
    .addFields({
      wantedProductIds: $.ifNull(['$cart.items.productId', []]),
      wantedSkuIds: $.ifNull(['$cart.items.skuId', []]),
    })
    .lookup({
      from: 'products',
      let: { storeId: '$_id', ids: '$wantedProductIds' },
      pipeline: pipeline()
        .match(expr($.and([$.eq(['$storeId', '$$storeId']), $.in(['$_id', '$$ids'])])))
        .done(),
      as: 'products',
    })
    .lookup({
      from: 'skus',
      let: { storeId: '$_id', ids: '$wantedSkuIds' },
      pipeline: pipeline()
        .match(expr($.and([$.eq(['$storeId', '$$storeId']), $.in(['$_id', '$$ids'])])))
        .project(WITHOUT_STOCK_MARKS)
        .done(),
      as: 'skus',
    });
  if (tableCode !== undefined) {
    query = query.lookup({
      from: 'tables',
      let: { storeId: '$_id' },
      pipeline: pipeline()
        .match(sameStore)
        .match(_.or([{ code: tableCode }, { _id: tableCode }]))
        .limit(1)
        .done(),
      as: 'tables',
    });
  }
  const [row] = await readAggregate<ContextRow>(query);
  if (!row) return undefined;
  const { carts, products, skus, tables, ...rest } = row;
  const store = withoutLookupFields(rest);
  const cart = carts[0];
  const table = tables?.[0];
  return {
    store,
    ...(cart && { cart: { lines: cart.items, version: cart.version } }),
    products,
    skus,
    ...(table && { table }),
  };
}

function withoutLookupFields(row: StoreRecord & Record<string, unknown>): StoreRecord {
  const { cart: _cart, wantedProductIds: _products, wantedSkuIds: _skus, ...store } = row;
  return store as StoreRecord;
}
