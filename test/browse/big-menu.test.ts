// Menus past the platform's page size (1,000 documents a read): every product, category and summary arrives,
// read in pages, and the reads that are bounded by design refuse a request past their bound instead of cutting it.
import type { StoredDocument } from '../../emulator/src/db/document-store';
import { loadCatalogFor, searchListedProductRows } from '../../server/repositories/catalog-repository';
import { stockLeftOf } from '../../server/repositories/stock-repository';
import { FIRST_SCREEN_BYTES } from '../../server/services/browse/first-screen';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { browseCalls } from './browse-calls';
import { insertGeneratedMenu } from './generated-menu';

let shop: TestCloud;
let browse: ReturnType<typeof browseCalls>;
beforeAll(async () => {
  shop = await startTestCloud();
  browse = browseCalls(shop);
  insertGeneratedMenu(shop.cloud.database, { storeId: 'store-huge', products: 2000, skusPerProduct: 2 });
});
afterAll(() => shop.close());

function soldOutByProduct(skus: StoredDocument[]): Map<string, boolean> {
  const soldOut = new Map<string, boolean>();
  for (const sku of skus) {
    const orderable = sku.isSoldOut !== true && (sku.stock === null || Number(sku.stock) > 0);
    const productId = String(sku.productId);
    soldOut.set(productId, (soldOut.get(productId) ?? true) && !orderable);
  }
  return soldOut;
}

test('a 2,000-product menu: the first screen within its budget, then menu pages show all 2,000 with the right flags', async () => {
  const home = dataOf(await browse.home({ storeId: 'store-huge' }));
  expect(Buffer.byteLength(JSON.stringify(home))).toBeLessThanOrEqual(FIRST_SCREEN_BYTES);
  // A first category (333 rows) bigger than the budget: its leading rows come as a preview, and it is pending too.
  expect(home.pendingCategoryIds).toEqual(home.categories.map((category) => category.id));
  expect(home.products.length).toBeGreaterThan(0);
  expect(home.products.every((product) => product.categoryId === 'store-huge-cat-0')).toBe(true);
  const pages = dataOf(await browse.menu({ storeId: 'store-huge', categoryIds: home.pendingCategoryIds }));
  expect(pages.products.slice(0, home.products.length)).toEqual(home.products);
  expect(pages.products).toHaveLength(2000);
  expect(new Set(pages.products.map((product) => product.id)).size).toBe(2000);
  const expected = soldOutByProduct(shop.cloud.database.find('skus', { storeId: 'store-huge' }));
  for (const product of pages.products) expect(product.isSoldOut).toBe(expected.get(product.id));
  const last = pages.products.find((product) => product.id === 'store-huge-prod-1999');
  expect(last).toMatchObject({ fromPriceFen: 1000 + 1999 });
});

test('a store with more than 1,000 visible categories shows every one of them', async () => {
  const at = new Date('2026-01-01T00:00:00Z');
  shop.cloud.database.insert(
    'categories',
    Array.from({ length: 1200 }, (_, index) => ({
      _id: `store-huge-extra-${String(index).padStart(4, '0')}`,
      storeId: 'store-huge',
      name: `分类${index}`,
      nameEn: `Extra ${index}`,
      sort: 100 + index,
      isVisible: true,
      createdAt: at,
      updatedAt: at,
    })),
  );
  const home = dataOf(await browse.home({ storeId: 'store-huge' }));
  expect(home.categories).toHaveLength(6 + 1200);
  expect(home.categories.at(-1)?.id).toBe('store-huge-extra-1199');
});

test('reads bounded by design refuse a request past the page size rather than answer part of it', async () => {
  const ids = Array.from({ length: 1001 }, (_, index) => `store-huge-prod-${index}`);
  await expect(loadCatalogFor('store-huge', ids)).rejects.toThrow(/at most 1000 products/);
  await expect(searchListedProductRows('store-huge', 'Product', 1001)).rejects.toThrow(/at most 1000/);
  expect(await searchListedProductRows('store-huge', 'Product 199', 1000)).toHaveLength(11); // 199, 1990–1999
  const skuIds = Array.from({ length: 1001 }, (_, index) => `store-huge-prod-${index}-s0`);
  await expect(stockLeftOf(skuIds)).rejects.toThrow(/at most 1000/);
  expect((await stockLeftOf(skuIds.slice(0, 2))).get('store-huge-prod-0-s0')).toBe(0); // switched sold out
});

test('a product with more than 1,000 SKUs is read whole: its sheet lists every one, cheapest first', async () => {
  const at = new Date('2026-01-01T00:00:00Z');
  shop.cloud.database.insert(
    'skus',
    Array.from({ length: 1200 }, (_, index) => ({
      _id: `store-huge-prod-1-extra-${String(index).padStart(4, '0')}`,
      storeId: 'store-huge',
      productId: 'store-huge-prod-1',
      specs: { size: `x${index}` },
      priceFen: 5000 + index,
      stock: null,
      isSoldOut: false,
      updatedAt: at,
    })),
  );
  const { skus } = await loadCatalogFor('store-huge', ['store-huge-prod-1']);
  expect(skus).toHaveLength(2 + 1200);
  const prices = skus.map((sku) => sku.priceFen);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  const sheet = dataOf(await browse.product({ storeId: 'store-huge', productId: 'store-huge-prod-1' }));
  expect(sheet.skus).toHaveLength(2 + 1200);
});
