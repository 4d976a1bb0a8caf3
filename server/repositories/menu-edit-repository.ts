// Reads and writes of the menu editor: a store's whole catalog (hidden and unlisted parts too), and each save as
// one transaction of single-document writes, so a product and its SKUs change together or not at all.
import type { ProductRecord, SkuRecord } from '../domain/catalog-types';
import { database, readList, updateCount } from '../runtime/cloud';
import type { CategoryRecord } from './catalog-repository';
import { readEveryPage } from './paged-reads';
import { WITHOUT_STOCK_MARKS } from './stock-repository';

/** One store's catalog as the editor sees it. */
export interface StoreCatalog {
  categories: CategoryRecord[];
  products: ProductRecord[];
  skus: SkuRecord[];
}

/** A write inside a save: create or replace a document, change some fields of one, or remove one. */
export type CatalogWrite =
  | { collection: 'categories' | 'products' | 'skus'; id: string; kind: 'set'; data: Record<string, unknown> }
  | {
      collection: 'categories' | 'products' | 'skus';
      id: string;
      kind: 'update';
      data: Record<string, unknown>;
    }
  | { collection: 'skus'; id: string; kind: 'remove' };

/** The parts of the SDK's transaction a save uses (its .d.ts types transactions as `any`). */
interface CatalogTransaction {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Record<string, unknown> | null }>;
      set(options: { data: Record<string, unknown> }): Promise<unknown>;
      update(options: { data: Record<string, unknown> }): Promise<unknown>;
      remove(): Promise<unknown>;
    };
  };
}

/** Every category of a store in menu order, hidden ones too (one read per 1,000). */
export async function listAllCategories(storeId: string): Promise<CategoryRecord[]> {
  return readEveryPage<CategoryRecord>('all categories', (offset, size) =>
    database()
      .collection('categories')
      .where({ storeId })
      .orderBy('sort', 'asc')
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/** A store's categories, products and SKUs, listed or not (three reads at once, more past 1,000 each). */
export async function loadStoreCatalog(storeId: string): Promise<StoreCatalog> {
  const [categories, products, skus] = await Promise.all([
    listAllCategories(storeId),
    readEveryPage<ProductRecord>('all products', (offset, size) =>
      database()
        .collection('products')
        .where({ storeId })
        .orderBy('sort', 'asc')
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(size),
    ),
    listSkusOf(storeId),
  ]);
  return { categories, products, skus };
}

/** SKUs of a store (or of one product of it), cheapest first, without their stock marks. */
export async function listSkusOf(storeId: string, productId?: string): Promise<SkuRecord[]> {
  const where = productId === undefined ? { storeId } : { storeId, productId };
  return readEveryPage<SkuRecord>('SKUs', (offset, size) =>
    database()
      .collection('skus')
      .where(where)
      .field(WITHOUT_STOCK_MARKS)
      .orderBy('priceFen', 'asc')
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size),
  );
}

/** A product of a store with its SKUs, or undefined (two reads at once). */
export async function loadProductOf(
  storeId: string,
  productId: string,
): Promise<{ product: ProductRecord; skus: SkuRecord[] } | undefined> {
  const [[product], skus] = await Promise.all([
    readList<ProductRecord>(database().collection('products').where({ _id: productId, storeId }).limit(1)),
    listSkusOf(storeId, productId),
  ]);
  return product ? { product, skus } : undefined;
}

/** The highest `sort` among a category's products, listed or not; 0 for an empty category (one read). */
export async function lastProductSort(storeId: string, categoryId: string): Promise<number> {
  const [last] = await readList<{ sort: number }>(
    database()
      .collection('products')
      .where({ storeId, categoryId })
      .field({ sort: true })
      .orderBy('sort', 'desc')
      .limit(1),
  );
  return last?.sort ?? 0;
}

/** A SKU of a store, or undefined (one read). */
export async function loadSkuOf(storeId: string, skuId: string): Promise<SkuRecord | undefined> {
  const [sku] = await readList<SkuRecord>(
    database().collection('skus').where({ _id: skuId, storeId }).field(WITHOUT_STOCK_MARKS).limit(1),
  );
  return sku;
}

/**
 * Applies every write in one transaction: all of them or none. Each document is read first so a concurrent
 * change to it (an order taking stock, another save) conflicts and the platform retries the whole callback;
 * the callback has no effect outside the transaction, so a retry is safe.
 */
export async function applyCatalogWrites(writes: readonly CatalogWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await database().runTransaction(async (tx: CatalogTransaction) => {
    for (const write of writes) {
      const doc = tx.collection(write.collection).doc(write.id);
      await doc.get().catch(() => undefined); // a document still to be created is simply absent
      if (write.kind === 'remove') await doc.remove();
      else if (write.kind === 'set') await doc.set({ data: write.data });
      else await doc.update({ data: write.data });
    }
  });
}

/** Sets the staff switch of every SKU of a product, or of those whose `specKey` is `specValue` (one operation). */
export async function switchSkus(
  storeId: string,
  productId: string,
  isSoldOut: boolean,
  nowMs: number,
  spec?: { key: string; value: string },
): Promise<void> {
  const where: Record<string, string> = { storeId, productId };
  if (spec) where[`specs.${spec.key}`] = spec.value;
  // Setting a value twice leaves it the same, so a transient failure may be retried.
  await updateCount(
    database().collection('skus').where(where),
    { isSoldOut, updatedAt: new Date(nowMs) },
    {
      isIdempotent: true,
    },
  );
}

/**
 * Sets the staff switch of one free choice of a product, reading the product inside the transaction so two
 * switches flipped at once both stay (one transaction; false when the product or choice is gone).
 */
export async function switchChoice(
  storeId: string,
  productId: string,
  choice: { key: string; value: string },
  isSoldOut: boolean,
  nowMs: number,
): Promise<boolean> {
  return (await database().runTransaction(async (tx: CatalogTransaction) => {
    const doc = tx.collection('products').doc(productId);
    const product = (await doc.get().catch(() => ({ data: null }))).data as ProductRecord | null;
    if (product?.storeId !== storeId) return false;
    const group = product.specGroups.find((candidate) => candidate.key === choice.key);
    if (!group?.options.some((option) => option.value === choice.value)) return false;
    const specGroups = product.specGroups.map((candidate) =>
      candidate.key !== choice.key
        ? candidate
        : {
            ...candidate,
            options: candidate.options.map((option) => {
              if (option.value !== choice.value) return option;
              const { isSoldOut: _was, ...rest } = option;
              return isSoldOut ? { ...rest, isSoldOut: true } : rest;
            }),
          },
    );
    await doc.update({ data: { specGroups, updatedAt: new Date(nowMs) } });
    return true;
  })) as boolean;
}

/** Sets one SKU's stock (units left, or null for unlimited) (one operation). */
export async function setSkuStock(
  storeId: string,
  skuId: string,
  stock: number | null,
  nowMs: number,
): Promise<void> {
  await updateCount(
    database().collection('skus').where({ _id: skuId, storeId }),
    { stock, updatedAt: new Date(nowMs) },
    {
      isIdempotent: true,
    },
  );
}
