// The first screen: one call shows the store (open, busy or closed), the table, the categories and every listed
// product with its sold-out flag.
import type { StoredDocument } from '../../emulator/src/db/document-store';
import { BUSY_QUEUE_ORDERS } from '../../server/services/browse/store-state';
import { placePaidOrder } from '../recommend/paid-orders';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { browseCalls } from './browse-calls';
import { insertGeneratedMenu } from './generated-menu';

let shop: TestCloud;
let browse: ReturnType<typeof browseCalls>;
beforeAll(async () => {
  shop = await startTestCloud();
  browse = browseCalls(shop);
});
afterAll(() => shop.close());

/** A product is sold out when none of its SKUs can be ordered: switched sold out, or no stock left. */
function expectedSoldOut(skus: StoredDocument[]): Map<string, boolean> {
  const soldOut = new Map<string, boolean>();
  for (const sku of skus) {
    const orderable = sku.isSoldOut !== true && (sku.stock === null || Number(sku.stock) > 0);
    const productId = String(sku.productId);
    soldOut.set(productId, (soldOut.get(productId) ?? true) && !orderable);
  }
  return soldOut;
}

test('the first screen shows the demo store, its six categories and all 35 listed products in menu order', async () => {
  const home = dataOf(await browse.home({ storeId: DEMO_STORE }));
  expect(home.store).toMatchObject({
    id: DEMO_STORE,
    nameEn: 'Diandan Demo Café',
    modes: { dineIn: true, pickup: true, delivery: true },
    packagingFeeFen: 100,
    delivery: { radiusMetres: 3000, feeFen: 500, minimumFen: 3000 },
  });
  expect(home.store.todayHours.length).toBeGreaterThan(0);
  expect(home.table).toBeNull();
  expect(home.isTableUnknown).toBe(false);
  expect(home.categories.map((category) => category.id)).toEqual([
    'cat-coffee',
    'cat-brew',
    'cat-tea',
    'cat-special',
    'cat-bakery',
    'cat-meal',
  ]);
  expect(home.products).toHaveLength(35);
  const categoryRank = home.categories.map((category) => category.id);
  const ranks = home.products.map((product) => categoryRank.indexOf(product.categoryId));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(home.products[0]).toEqual({
    id: 'prod-americano',
    categoryId: 'cat-coffee',
    name: '美式咖啡',
    nameEn: 'Americano',
    imageUrl: '',
    fromPriceFen: 1800,
    isSoldOut: false,
    tags: [],
  });
  // Menu rows only: the details (specs, add-ons, descriptions) come on demand.
  expect(Object.keys(home.products[0] ?? {})).not.toContain('specGroups');
});

test('sold-out flags follow the staff switch and the stock of every SKU', async () => {
  const database = shop.cloud.database;
  database.update('skus', { _id: 'sku-tiramisu' }, { stock: 0 });
  database.update('skus', { _id: 'sku-latte-large' }, { isSoldOut: true });
  try {
    const home = dataOf(await browse.home({ storeId: DEMO_STORE }));
    const expected = expectedSoldOut(database.find('skus', { storeId: DEMO_STORE }));
    for (const product of home.products)
      expect([product.id, product.isSoldOut]).toEqual([product.id, expected.get(product.id)]);
    const flag = (id: string) => home.products.find((product) => product.id === id)?.isSoldOut;
    expect(flag('prod-blueberry-muffin')).toBe(true); // switched sold out in the seed
    expect(flag('prod-tiramisu')).toBe(true); // its only SKU ran out
    expect(flag('prod-latte')).toBe(false); // the medium cup is still there
  } finally {
    database.update('skus', { _id: 'sku-tiramisu' }, { stock: 4 });
    database.update('skus', { _id: 'sku-latte-large' }, { isSoldOut: false });
  }
});

test('unlisted products and hidden categories never reach the menu', async () => {
  const database = shop.cloud.database;
  database.update('products', { _id: 'prod-mocha' }, { isListed: false });
  database.update('categories', { _id: 'cat-meal' }, { isVisible: false });
  try {
    const home = dataOf(await browse.home({ storeId: DEMO_STORE }));
    const ids = home.products.map((product) => product.id);
    expect(ids).not.toContain('prod-mocha');
    expect(home.products.some((product) => product.categoryId === 'cat-meal')).toBe(false);
    expect(home.categories.map((category) => category.id)).not.toContain('cat-meal');
    expect(ids).toHaveLength(35 - 1 - 5);
  } finally {
    database.update('products', { _id: 'prod-mocha' }, { isListed: true });
    database.update('categories', { _id: 'cat-meal' }, { isVisible: true });
  }
});

test('a table code resolves to an active table of that store, by printed code or QR scene', async () => {
  const byCode = dataOf(await browse.home({ storeId: DEMO_STORE, tableCode: 'A01' }));
  expect(byCode.table).toEqual({ id: 'table-demo-a01', code: 'A01', name: 'A01 号桌', nameEn: 'Table A01' });
  const byScene = dataOf(await browse.home({ storeId: DEMO_STORE, tableCode: 'table-demo-a01' }));
  expect(byScene.table?.id).toBe('table-demo-a01');

  const unknown = dataOf(await browse.home({ storeId: DEMO_STORE, tableCode: 'Z99' }));
  expect([unknown.table, unknown.isTableUnknown]).toEqual([null, true]);
  expect(unknown.products).toHaveLength(35); // the menu still shows

  shop.cloud.database.insert('tables', [
    {
      ...shop.cloud.database.find('tables', { _id: 'table-demo-a01' })[0],
      _id: 'table-other-a01',
      storeId: 'store-other',
    },
  ]);
  shop.cloud.database.update('tables', { _id: 'table-demo-a02' }, { isActive: false });
  const foreign = dataOf(await browse.home({ storeId: DEMO_STORE, tableCode: 'table-other-a01' }));
  expect([foreign.table, foreign.isTableUnknown]).toEqual([null, true]);
  const inactive = dataOf(await browse.home({ storeId: DEMO_STORE, tableCode: 'A02' }));
  expect([inactive.table, inactive.isTableUnknown]).toEqual([null, true]);
  shop.cloud.database.update('tables', { _id: 'table-demo-a02' }, { isActive: true });
});

test('the first screen costs the same database operations for 35 products and for 500', async () => {
  insertGeneratedMenu(shop.cloud.database, { storeId: 'store-big', products: 500, skusPerProduct: 3 });
  const database = shop.cloud.database;

  database.resetStats();
  const demo = dataOf(await browse.home({ storeId: DEMO_STORE, tableCode: 'A01' }));
  const demoCost = database.stats();
  database.resetStats();
  const big = dataOf(await browse.home({ storeId: 'store-big', tableCode: 'A01' }));
  const bigCost = database.stats();

  expect(demo.products).toHaveLength(35);
  // The big menu's first screen carries its first categories whole; the rest come with `browse.menu`.
  expect(big.pendingCategoryIds.length).toBeGreaterThan(0);
  expect(big.products.length).toBeGreaterThan(0);
  expect(bigCost).toEqual(demoCost);
  expect(demoCost.total).toBeLessThanOrEqual(7); // six reads and the kitchen queue count
  // 1500 SKUs are summarised in the database: every product's flag is still right.
  const expected = expectedSoldOut(database.find('skus', { storeId: 'store-big' }));
  expect(big.products.filter((product) => product.isSoldOut).length).toBeGreaterThan(0);
  for (const product of big.products) expect(product.isSoldOut).toBe(expected.get(product.id));
});

test('an unknown store is NOT_FOUND and a malformed id is INVALID_INPUT', async () => {
  expect(await browse.home({ storeId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  const malformed = await browse.raw({ action: 'home', input: { storeId: '../x', extra: 1 } });
  expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (!malformed.ok) expect(malformed.error.message).toMatch(/storeId.*pattern|unknown field "extra"/);
});

test.each([
  ['a number for the store', { storeId: 7 }],
  ['no store', {}],
  ['an oversized store id', { storeId: 'x'.repeat(65) }],
  ['an oversized table code', { storeId: DEMO_STORE, tableCode: 'A'.repeat(33) }],
  ['a table code with a query in it', { storeId: DEMO_STORE, tableCode: { $ne: null } }],
  ['an extra field', { storeId: DEMO_STORE, openid: 'o-someone-else' }],
])('home refuses %s with INVALID_INPUT', async (_label, input) => {
  expect(await browse.raw({ action: 'home', input })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('an unknown action names the ones that exist', async () => {
  expect(await browse.raw({ action: 'drop', input: {} })).toMatchObject({
    ok: false,
    error: { code: 'UNKNOWN_ACTION', message: expect.stringContaining('home') },
  });
});

const storeOf = async (storeId: string) => dataOf(await browse.home({ storeId })).store;

test(`the demo café with ${BUSY_QUEUE_ORDERS} paid orders in its kitchen is busy on the first screen`, async () => {
  // The test clock starts on Monday 2026-01-05 at 10:00 China time; the demo café is open all day.
  expect(await storeOf(DEMO_STORE)).toMatchObject({
    isOpen: true,
    state: 'open',
    closedReason: null,
    nextOpening: null,
  });
  for (let count = 1; count < BUSY_QUEUE_ORDERS; count++) await placePaidOrder(shop, [['prod-latte', 1]]);
  expect((await storeOf(DEMO_STORE)).state).toBe('open');
  await placePaidOrder(shop, [['prod-americano', 1]]);
  expect(await storeOf(DEMO_STORE)).toMatchObject({ isOpen: true, state: 'busy', closedReason: null });
  // Marked ready by the kitchen, an order leaves the queue.
  const [paid] = shop.cloud.database.find('orders', { storeId: DEMO_STORE, status: 'PAID' });
  shop.cloud.database.update('orders', { _id: paid?._id }, { $set: { status: 'READY' } });
  expect((await storeOf(DEMO_STORE)).state).toBe('open');
});

test('a store closed by its hours says when it next opens; a paused one says it is paused', async () => {
  const database = shop.cloud.database;
  const daily = [{ open: '09:00', close: '21:00' }];
  const hours = { mon: daily, tue: daily, wed: daily, thu: daily, fri: daily, sat: daily, sun: [] };
  database.update('stores', { _id: DEMO_STORE }, { $set: { hours } });
  // Monday 22:00 China time: closed until Tuesday 09:00.
  await shop.clock.set(Date.parse('2026-01-05T14:00:00Z'));
  expect(await storeOf(DEMO_STORE)).toMatchObject({
    isOpen: false,
    state: 'closed',
    closedReason: 'hours',
    nextOpening: { at: '2026-01-06T01:00:00.000Z', localTime: '09:00', inDays: 1 },
  });
  database.update('stores', { _id: DEMO_STORE }, { $set: { isAcceptingOrders: false } });
  expect(await storeOf(DEMO_STORE)).toMatchObject({
    isOpen: false,
    state: 'closed',
    closedReason: 'paused',
    nextOpening: null,
  });
});
// The two tests above come last: they leave the demo café busy, closed and paused, and the clock moved on.
