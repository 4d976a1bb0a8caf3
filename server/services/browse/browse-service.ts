// Browsing use cases: the first screen, search and a product's sheet. Each costs a fixed number of reads.
import type {
  HomeInput,
  HomeOutput,
  MenuInput,
  MenuOutput,
  ProductInput,
  ProductOutput,
  SearchInput,
  SearchOutput,
} from '../../../typings/contracts/browse';
import type { ProductCard } from '../../../typings/contracts/catalog';
import type { TableRecord } from '../../domain/catalog-types';
import {
  listListedProductRows,
  listListedProductRowsIn,
  listVisibleCategories,
  loadCatalogFor,
  loadStore,
  loadTable,
  searchListedProductRows,
  summariseSkus,
  type ProductRowRecord,
} from '../../repositories/catalog-repository';
import { loadStoreStats } from '../../repositories/stats-repository';
import { countKitchenQueue } from '../../repositories/store-repository';
import { imageUrlsOf } from '../../gateways/image-urls';
import { AppError } from '../../runtime/app-error';
import { popularOf } from '../recommend/popular';
import { menuRowsOf, productDetailOf, storeViewOf } from './browse-views';
import { firstScreenOf } from './first-screen';
import { KITCHEN_QUEUE_WINDOW_MS } from './store-state';

/** Most matches a search answers with. */
export const MAX_SEARCH_RESULTS = 50;

/**
 * The first screen in one call: store state (open, busy or closed), the table (when a QR code was scanned), categories, "popular now"
 * and the menu rows of as many whole categories as fit the first screen's byte budget (`first-screen.ts`); the
 * rest are `pendingCategoryIds`. Six reads (seven with a table), all at once, whatever the menu size: one of
 * them counts this store's kitchen queue.
 */
export async function loadHome(input: HomeInput, nowMs: number): Promise<HomeOutput> {
  const [store, table, categories, rows, summaries, stats, queuedOrders] = await Promise.all([
    loadStore(input.storeId),
    input.tableCode === undefined ? undefined : loadTable(input.storeId, input.tableCode),
    listVisibleCategories(input.storeId),
    listListedProductRows(input.storeId),
    summariseSkus(input.storeId),
    loadStoreStats(input.storeId),
    countKitchenQueue(input.storeId, nowMs - KITCHEN_QUEUE_WINDOW_MS),
  ]);
  if (!store) throw new AppError('NOT_FOUND', 'No such store.', { field: 'storeId' });
  const activeTable = table?.isActive ? table : undefined;
  const imageUrls = await imageUrlsOf(rowImages(rows), nowMs);
  const products = menuRowsOf(
    rows,
    summaries,
    categories.map((category) => category._id),
    imageUrls,
  );
  const draft = {
    store: storeViewOf(store, queuedOrders, nowMs),
    table: activeTable ? tableViewOf(activeTable) : null,
    isTableUnknown: input.tableCode !== undefined && !activeTable,
    categories: categories.map((category) => ({
      id: category._id,
      name: category.name,
      nameEn: category.nameEn,
    })),
    popular: popularOf(stats, products, nowMs),
  };
  return firstScreenOf(draft, products);
}

/**
 * The menu rows of some categories (the first screen's pending ones), in menu order. Ids that name no visible
 * category of this store (hidden since, another store's, unknown) add no rows: the page shows that section empty
 * rather than failing the others. Three reads in two rounds, whatever the menu size.
 */
export async function loadMenu(input: MenuInput): Promise<MenuOutput> {
  const [categories, rows] = await Promise.all([
    listVisibleCategories(input.storeId),
    listListedProductRowsIn(input.storeId, [...new Set(input.categoryIds)]),
  ]);
  const asked = new Set(input.categoryIds);
  const categoryOrder = categories.map((category) => category._id).filter((id) => asked.has(id));
  return { products: await menuRowsInCategories(input.storeId, rows, categoryOrder) };
}

/** Listed products whose name (zh-CN or English) contains the text, in menu order. Three reads. */
export async function searchProducts(input: SearchInput): Promise<SearchOutput> {
  const text = input.text.trim();
  const [categories, rows] = await Promise.all([
    listVisibleCategories(input.storeId),
    searchListedProductRows(input.storeId, text, MAX_SEARCH_RESULTS),
  ]);
  const categoryOrder = categories.map((category) => category._id);
  return { products: await menuRowsInCategories(input.storeId, rows, categoryOrder) };
}

/** A listed product's sheet: spec groups, add-ons and SKUs with price, sold-out flag and stock left. Two reads. */
export async function loadProduct(input: ProductInput): Promise<ProductOutput> {
  const { products, skus } = await loadCatalogFor(input.storeId, [input.productId]);
  const product = products.find((candidate) => candidate._id === input.productId);
  if (!product?.isListed) {
    throw new AppError('NOT_FOUND', "This item is not on the store's menu.", {
      field: 'productId',
    });
  }
  return productDetailOf(product, skus, await imageUrlsOf(rowImages([product]), Date.now()));
}

/** The picture file ids of some products. */
function rowImages(rows: ReadonlyArray<{ imageFileId?: string }>): string[] {
  return rows.flatMap((row) => (row.imageFileId ? [row.imageFileId] : []));
}

function tableViewOf(table: TableRecord): NonNullable<HomeOutput['table']> {
  return { id: table._id, code: table.code, name: table.name, nameEn: table.nameEn };
}

/** The rows of the categories in `categoryOrder` as menu rows, in that order, with their SKUs summed up. One read. */
async function menuRowsInCategories(
  storeId: string,
  rows: ProductRowRecord[],
  categoryOrder: string[],
): Promise<ProductCard[]> {
  const visibleRows = rows.filter((row) => categoryOrder.includes(row.categoryId));
  if (visibleRows.length === 0) return [];
  const [summaries, imageUrls] = await Promise.all([
    summariseSkus(
      storeId,
      visibleRows.map((row) => row._id),
    ),
    imageUrlsOf(rowImages(visibleRows), Date.now()),
  ]);
  return menuRowsOf(visibleRows, summaries, categoryOrder, imageUrls);
}
