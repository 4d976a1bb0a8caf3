// A big menu's first screen stays small: whole categories up to a byte budget, the rest named as pending and
// fetched with `browse.menu`; together they give every listed product exactly once, in menu order.
import type { HomeOutput } from '../../typings/contracts/browse';
import type { ProductCard } from '../../typings/contracts/catalog';
import { FIRST_SCREEN_BYTES } from '../../server/services/browse/first-screen';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { browseCalls } from './browse-calls';
import { insertGeneratedMenu } from './generated-menu';

const BIG = 'store-menu-500';
/** What the first screen's whole response (result envelope included) may weigh, in bytes. */
const FIRST_SCREEN_LIMIT = 32 * 1024;

let shop: TestCloud;
let browse: ReturnType<typeof browseCalls>;
beforeAll(async () => {
  shop = await startTestCloud();
  browse = browseCalls(shop);
  insertGeneratedMenu(shop.cloud.database, {
    storeId: BIG,
    products: 500,
    skusPerProduct: 3,
    categories: 20,
    isRealistic: true,
  });
});
afterAll(() => shop.close());

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Every listed product of the store in menu order (category sort, then product sort, then id), from the database. */
function menuOrderIds(storeId: string): string[] {
  const database = shop.cloud.database;
  const categories = database
    .find('categories', { storeId, isVisible: true })
    .sort((a, b) => Number(a.sort) - Number(b.sort) || String(a._id).localeCompare(String(b._id)));
  const products = database.find('products', { storeId, isListed: true });
  return categories.flatMap((category) =>
    products
      .filter((product) => product.categoryId === category._id)
      .sort((a, b) => Number(a.sort) - Number(b.sort) || String(a._id).localeCompare(String(b._id)))
      .map((product) => String(product._id)),
  );
}

/** The first screen's rows of the categories that came, then each pending category's `menu` rows, in order. */
async function wholeMenu(storeId: string, home: HomeOutput, perCall: number): Promise<ProductCard[]> {
  const pending = new Set(home.pendingCategoryIds);
  const rows = home.products.filter((row) => !pending.has(row.categoryId));
  for (let start = 0; start < home.pendingCategoryIds.length; start += perCall) {
    const categoryIds = home.pendingCategoryIds.slice(start, start + perCall);
    rows.push(...dataOf(await browse.menu({ storeId, categoryIds })).products);
  }
  return rows;
}

test('the demo menu comes whole on the first screen, with nothing pending', async () => {
  const result = await browse.home({ storeId: DEMO_STORE });
  const home = dataOf(result);
  expect(home.pendingCategoryIds).toEqual([]);
  expect(home.products.map((row) => row.id)).toEqual(menuOrderIds(DEMO_STORE));
  expect(bytesOf(result)).toBeLessThan(FIRST_SCREEN_BYTES);
});

test('at 500 products the first screen stays within 32 KiB and names the categories it left for later', async () => {
  const result = await browse.home({ storeId: BIG, tableCode: 'A01' });
  expect(bytesOf(result)).toBeLessThanOrEqual(FIRST_SCREEN_LIMIT);
  const home = dataOf(result);
  const categoryIds = home.categories.map((category) => category.id);
  expect(home.pendingCategoryIds.length).toBeGreaterThan(0);
  // Pending categories are the last ones, in menu order; the ones before came whole.
  expect(home.pendingCategoryIds).toEqual(categoryIds.slice(-home.pendingCategoryIds.length));
  const shown = categoryIds.slice(0, categoryIds.length - home.pendingCategoryIds.length);
  expect(shown.length).toBeGreaterThan(0);
  const shownRows = home.products.filter((row) => shown.includes(row.categoryId)).map((row) => row.id);
  const expectedShown = menuOrderIds(BIG).filter((id) =>
    shown.includes(String(shop.cloud.database.find('products', { _id: id })[0]?.categoryId)),
  );
  expect(shownRows).toEqual(expectedShown);
});

test('popular rows come on the first screen even when their category is pending, after the menu-order rows', async () => {
  const best = [499, 40, 30, 41].map((index) => `${BIG}-prod-${index}`); // categories 19, 0, 10 and 1
  shop.cloud.database.insert('stats', [
    {
      _id: BIG,
      storeId: BIG,
      windowDays: 7,
      refreshedAt: new Date(),
      orderCount: 40,
      popular: best.map((productId, rank) => ({ productId, units: 40 - rank })),
      together: [],
    },
  ]);
  try {
    const home = dataOf(await browse.home({ storeId: BIG }));
    expect(home.popular).toEqual({ productIds: best, source: 'orders' });
    expect(home.pendingCategoryIds).not.toContain(`${BIG}-cat-1`);
    expect(home.pendingCategoryIds).toContain(`${BIG}-cat-10`);
    const pending = new Set(home.pendingCategoryIds);
    const early = home.products.filter((row) => pending.has(row.categoryId)).map((row) => row.id);
    expect(early).toEqual([best[0], best[2]]); // in popular order…
    expect(home.products.slice(-early.length).map((row) => row.id)).toEqual(early); // …after the menu-order rows
    expect(home.products.filter((row) => row.id === best[1])).toHaveLength(1); // a shown row is not repeated
    expect(bytesOf(home)).toBeLessThanOrEqual(FIRST_SCREEN_BYTES);
  } finally {
    shop.cloud.database.remove('stats', { _id: BIG });
  }
});

test.each([1, 2, 20])(
  'the first screen, then menu pages of %i categories at a time, give every product exactly once, in menu order',
  async (perCall) => {
    const home = dataOf(await browse.home({ storeId: BIG }));
    const rows = await wholeMenu(BIG, home, perCall);
    expect(rows.map((row) => row.id)).toEqual(menuOrderIds(BIG));
  },
);

test('menu rows are the same rows the first screen shows for a product', async () => {
  const home = dataOf(await browse.home({ storeId: BIG }));
  const [first] = home.categories;
  const [last] = home.pendingCategoryIds;
  if (!first || !last) throw new Error('the big menu has a shown and a pending category');
  const page = dataOf(await browse.menu({ storeId: BIG, categoryIds: [last, first.id] }));
  const homeRows = home.products.filter((row) => row.categoryId === first.id);
  expect(page.products.slice(0, homeRows.length)).toEqual(homeRows); // menu order, whatever the asked order
  expect(page.products.some((row) => row.isSoldOut)).toBe(true);
  // Its picture names a file this cloud's storage does not hold: no picture rather than a broken one.
  expect(page.products[0]?.imageUrl).toBe('');
});

test('a menu page costs three reads whether it asks for one category or twenty', async () => {
  const home = dataOf(await browse.home({ storeId: BIG }));
  const all = home.categories.map((category) => category.id);
  const database = shop.cloud.database;
  database.resetStats();
  await browse.menu({ storeId: BIG, categoryIds: all.slice(0, 1) });
  const one = database.stats();
  database.resetStats();
  await browse.menu({ storeId: BIG, categoryIds: all });
  const twenty = database.stats();
  expect(twenty).toEqual(one);
  expect(twenty.total).toBeLessThanOrEqual(3);
});

test('ids of no visible category of the store add no rows, and the known ones still come', async () => {
  const database = shop.cloud.database;
  database.update('categories', { _id: 'cat-meal' }, { isVisible: false });
  try {
    const answer = dataOf(
      await browse.menu({
        storeId: DEMO_STORE,
        categoryIds: ['cat-meal', 'nope', `${BIG}-cat-0`, 'cat-tea'],
      }),
    );
    expect(answer.products.length).toBeGreaterThan(0);
    expect(new Set(answer.products.map((row) => row.categoryId))).toEqual(new Set(['cat-tea']));
    expect(dataOf(await browse.menu({ storeId: DEMO_STORE, categoryIds: ['nope'] }))).toEqual({
      products: [],
    });
    expect(dataOf(await browse.menu({ storeId: 'no-such-store', categoryIds: ['cat-tea'] }))).toEqual({
      products: [],
    });
  } finally {
    database.update('categories', { _id: 'cat-meal' }, { isVisible: true });
  }
});

test.each([
  ['no categories', { storeId: DEMO_STORE, categoryIds: [] }],
  ['21 categories', { storeId: DEMO_STORE, categoryIds: Array.from({ length: 21 }, (_, i) => `c${i}`) }],
  ['the same category twice', { storeId: DEMO_STORE, categoryIds: ['cat-tea', 'cat-tea'] }],
  ['a malformed category id', { storeId: DEMO_STORE, categoryIds: ['../x'] }],
  ['a query for an id', { storeId: DEMO_STORE, categoryIds: [{ $ne: null }] }],
  ['no store', { categoryIds: ['cat-tea'] }],
  ['an extra field', { storeId: DEMO_STORE, categoryIds: ['cat-tea'], all: true }],
])('menu refuses %s with INVALID_INPUT', async (_label, input) => {
  expect(await browse.raw({ action: 'menu', input })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});
