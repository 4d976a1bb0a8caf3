// Search by name in either language, and a product's sheet with its specs, add-ons and SKU states.
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { browseCalls } from './browse-calls';

let shop: TestCloud;
let browse: ReturnType<typeof browseCalls>;
beforeAll(async () => {
  shop = await startTestCloud();
  browse = browseCalls(shop);
});
afterAll(() => shop.close());

async function searchIds(text: string): Promise<string[]> {
  return dataOf(await browse.search({ storeId: DEMO_STORE, text })).products.map((product) => product.id);
}

test('search matches English names case-insensitively and Chinese names, in menu order', async () => {
  const lattes = ['prod-latte', 'prod-coconut-latte', 'prod-matcha-latte'];
  expect(await searchIds('latte')).toEqual(lattes);
  expect(await searchIds('LaTTe')).toEqual(lattes);
  expect(await searchIds('  latte ')).toEqual(lattes);
  expect(await searchIds('拿铁')).toEqual(lattes);
  expect(await searchIds('可颂')).toEqual([
    'prod-butter-croissant',
    'prod-almond-croissant',
    'prod-ham-cheese-croissant',
  ]);
  expect(await searchIds('no such drink')).toEqual([]);
});

test('search text is matched literally: regular-expression characters neither match everything nor fail', async () => {
  expect(await searchIds('.')).toEqual([]);
  expect(await searchIds('.*')).toEqual([]);
  expect(await searchIds('(')).toEqual([]);
  expect(await searchIds('[a-z]+')).toEqual([]);
  expect(await searchIds('\\')).toEqual([]);
  expect(await searchIds('&')).toEqual(['prod-ham-cheese-croissant']);
  expect(await searchIds('Pour-over')).toEqual(['prod-yunnan-pour-over', 'prod-yirgacheffe-pour-over']);
});

test('search shows sold-out flags and never unlisted products', async () => {
  const muffin = dataOf(await browse.search({ storeId: DEMO_STORE, text: 'muffin' })).products;
  expect(muffin).toEqual([expect.objectContaining({ id: 'prod-blueberry-muffin', isSoldOut: true })]);
  shop.cloud.database.update('products', { _id: 'prod-coconut-latte' }, { isListed: false });
  try {
    expect(await searchIds('latte')).toEqual(['prod-latte', 'prod-matcha-latte']);
  } finally {
    shop.cloud.database.update('products', { _id: 'prod-coconut-latte' }, { isListed: true });
  }
});

test('search and product cost a fixed number of database operations', async () => {
  shop.cloud.database.resetStats();
  await browse.search({ storeId: DEMO_STORE, text: 'tea' });
  expect(shop.cloud.database.stats().total).toBe(3);
  shop.cloud.database.resetStats();
  await browse.product({ storeId: DEMO_STORE, productId: 'prod-latte' });
  expect(shop.cloud.database.stats().total).toBe(2);
});

test('a product sheet lists spec groups with each size priced, the add-ons and every SKU', async () => {
  const latte = dataOf(await browse.product({ storeId: DEMO_STORE, productId: 'prod-latte' }));
  expect(latte).toMatchObject({ id: 'prod-latte', name: '拿铁', fromPriceFen: 2400, isSoldOut: false });
  expect(latte.description.length).toBeGreaterThan(0);
  expect(latte.specGroups.map((group) => [group.key, group.kind])).toEqual([
    ['size', 'sku'],
    ['temperature', 'choice'],
    ['sugar', 'choice'],
  ]);
  expect(latte.specGroups[0]?.options).toEqual([
    { value: 'medium', name: '中杯', nameEn: 'Medium', isDefault: true, priceFen: 2400, isSoldOut: false },
    { value: 'large', name: '大杯', nameEn: 'Large', isDefault: false, priceFen: 2800, isSoldOut: false },
  ]);
  expect(latte.specGroups[1]?.options[0]).toEqual({
    value: 'hot',
    name: '热',
    nameEn: 'Hot',
    isDefault: true,
  });
  expect(latte.addons.map((addon) => addon.id)).toEqual(['extra_shot', 'oat_milk', 'vanilla_syrup']);
  expect(latte.addons[0]).toEqual({
    id: 'extra_shot',
    name: '加浓缩',
    nameEn: 'Extra espresso shot',
    priceFen: 400,
    maxQuantity: 2,
  });
  expect(latte.skus).toEqual([
    { id: 'sku-latte-medium', specs: { size: 'medium' }, priceFen: 2400, isSoldOut: false, stockLeft: null },
    { id: 'sku-latte-large', specs: { size: 'large' }, priceFen: 2800, isSoldOut: false, stockLeft: null },
  ]);
});

test('a product sheet shows stock left, and sold-out sizes and products', async () => {
  const cheesecake = dataOf(
    await browse.product({ storeId: DEMO_STORE, productId: 'prod-basque-cheesecake' }),
  );
  const whole = cheesecake.skus.find((sku) => sku.id === 'sku-basque-cheesecake-whole');
  expect(whole).toMatchObject({ isSoldOut: false, stockLeft: 2 });

  shop.cloud.database.update('skus', { _id: 'sku-basque-cheesecake-whole' }, { stock: 0 });
  try {
    const after = dataOf(await browse.product({ storeId: DEMO_STORE, productId: 'prod-basque-cheesecake' }));
    expect(after.skus.find((sku) => sku.id === 'sku-basque-cheesecake-whole')).toMatchObject({
      isSoldOut: true,
      stockLeft: 0,
    });
    const sizeOptions = after.specGroups.find((group) => group.key === 'size')?.options ?? [];
    expect(sizeOptions.map((option) => option.isSoldOut)).toEqual([false, true]);
    expect(after.isSoldOut).toBe(false);
  } finally {
    shop.cloud.database.update('skus', { _id: 'sku-basque-cheesecake-whole' }, { stock: 2 });
  }
  const muffin = dataOf(await browse.product({ storeId: DEMO_STORE, productId: 'prod-blueberry-muffin' }));
  expect(muffin.isSoldOut).toBe(true);
  expect(muffin.skus).toEqual([expect.objectContaining({ isSoldOut: true, stockLeft: 0 })]);
});

test('unknown, unlisted and other stores’ products are NOT_FOUND', async () => {
  const notFound = { ok: false, error: { code: 'NOT_FOUND' } };
  expect(await browse.product({ storeId: DEMO_STORE, productId: 'prod-nothing' })).toMatchObject(notFound);
  expect(await browse.product({ storeId: 'store-elsewhere', productId: 'prod-latte' })).toMatchObject(
    notFound,
  );
  shop.cloud.database.update('products', { _id: 'prod-mocha' }, { isListed: false });
  try {
    expect(await browse.product({ storeId: DEMO_STORE, productId: 'prod-mocha' })).toMatchObject(notFound);
  } finally {
    shop.cloud.database.update('products', { _id: 'prod-mocha' }, { isListed: true });
  }
});

test.each([
  ['search', 'only spaces', { storeId: DEMO_STORE, text: '   ' }],
  ['search', 'empty text', { storeId: DEMO_STORE, text: '' }],
  ['search', 'oversized text', { storeId: DEMO_STORE, text: 'a'.repeat(41) }],
  ['search', 'a query object for text', { storeId: DEMO_STORE, text: { $regex: '.*' } }],
  ['search', 'no store', { text: 'latte' }],
  ['search', 'an extra field', { storeId: DEMO_STORE, text: 'latte', limit: 1000 }],
  ['product', 'no product', { storeId: DEMO_STORE }],
  ['product', 'a number for the product', { storeId: DEMO_STORE, productId: 12 }],
  ['product', 'an oversized product id', { storeId: DEMO_STORE, productId: 'p'.repeat(65) }],
  ['product', 'an extra field', { storeId: DEMO_STORE, productId: 'prod-latte', price: 1 }],
])('%s refuses %s with INVALID_INPUT', async (action, _label, input) => {
  expect(await browse.raw({ action, input })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});
