// A customer's cart: add, merge, change, remove, clear — priced live, with availability, and private to its owner.
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { cartCalls, pick } from './cart-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

test('adding fills unchosen specs with their defaults and prices the line from the SKU and its add-ons', async () => {
  const cart = cartCalls(shop, 'o-cart-first');
  const view = dataOf(
    await cart.add(
      pick('prod-latte', { size: 'large', sugar: 'light' }, [{ id: 'extra_shot', quantity: 2 }]),
      2,
    ),
  );
  expect(view.lines).toHaveLength(1);
  expect(view.lines[0]).toMatchObject({
    productId: 'prod-latte',
    skuId: 'sku-latte-large',
    name: '拿铁',
    specs: { size: 'large', temperature: 'hot', sugar: 'light' },
    specText: '大杯 / 热 / 少糖',
    specTextEn: 'Large / Hot / Less sweet',
    addons: [{ id: 'extra_shot', name: '加浓缩', quantity: 2, priceFen: 400 }],
    quantity: 2,
    unitPriceFen: 2800 + 2 * 400,
    lineTotalFen: 2 * 3600,
    isAvailable: true,
    stockLeft: null,
  });
  expect(view).toMatchObject({ storeId: 'store-demo', itemsFen: 7200, itemCount: 2 });
  expect(dataOf(await cart.get())).toEqual(view);
});

test('the same choice merges into one line; a different choice is a new line', async () => {
  const cart = cartCalls(shop, 'o-cart-merge');
  const first = dataOf(await cart.add(pick('prod-americano', { size: 'large', temperature: 'iced' }), 1));
  const same = dataOf(
    await cart.add(pick('prod-americano', { temperature: 'iced', size: 'large', sugar: 'none' }), 2),
  );
  expect(same.lines).toHaveLength(1);
  expect(same.lines[0]?.lineId).toBe(first.lines[0]?.lineId);
  expect(same.lines[0]?.quantity).toBe(3);
  const other = dataOf(await cart.add(pick('prod-americano', { size: 'large', temperature: 'hot' }), 1));
  expect(other.lines.map((line) => line.quantity)).toEqual([3, 1]);
  expect(other).toMatchObject({ itemsFen: 4 * 2200, itemCount: 4 });
});

test('quantities change, 0 removes a line, remove is harmless twice, clear empties the cart', async () => {
  const cart = cartCalls(shop, 'o-cart-change');
  await cart.add(pick('prod-espresso'), 1);
  const added = dataOf(await cart.add(pick('prod-cinnamon-roll'), 1));
  const [espresso, roll] = added.lines;
  if (!espresso || !roll) throw new Error('two lines expected');

  expect(dataOf(await cart.setQuantity(espresso.lineId, 5)).lines[0]?.quantity).toBe(5);
  expect(dataOf(await cart.setQuantity(espresso.lineId, 0)).lines.map((line) => line.lineId)).toEqual([
    roll.lineId,
  ]);
  expect(await cart.setQuantity(espresso.lineId, 2)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(dataOf(await cart.remove(roll.lineId)).lines).toEqual([]);
  expect(dataOf(await cart.remove(roll.lineId)).lines).toEqual([]);

  await cart.add(pick('prod-espresso'), 3);
  expect(dataOf(await cart.clear())).toEqual({ storeId: 'store-demo', lines: [], itemsFen: 0, itemCount: 0 });
  expect(dataOf(await cart.get()).lines).toEqual([]);
});

test('customer A can neither see nor change customer B’s cart', async () => {
  const alice = cartCalls(shop, 'o-cart-alice');
  const bob = cartCalls(shop, 'o-cart-bob');
  const bobs = dataOf(await bob.add(pick('prod-mocha'), 2));
  const lineId = bobs.lines[0]?.lineId ?? '';

  expect(dataOf(await alice.get()).lines).toEqual([]);
  expect(await alice.setQuantity(lineId, 9)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  await alice.remove(lineId);
  await alice.clear();
  expect(dataOf(await bob.get())).toEqual(bobs);

  // The same item in Alice's cart is her own line; changing it leaves Bob's alone.
  await alice.add(pick('prod-mocha'), 1);
  await alice.setQuantity(lineId, 7);
  expect(dataOf(await bob.get()).lines[0]?.quantity).toBe(2);
  expect(dataOf(await alice.get()).lines[0]?.quantity).toBe(7);
});

test('a cart needs a signed-in customer; an openid in the input is refused, never used', async () => {
  const anonymous = await shop.cloud.runner.invoke(
    'cart',
    { action: 'get', input: { storeId: 'store-demo' } },
    { source: 'wx_client', openid: '' },
  );
  expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  const forged = await cartCalls(shop, 'o-cart-mallory').raw('get', {
    storeId: 'store-demo',
    openid: 'o-cart-bob',
  });
  expect(forged).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('prices are live: a price change in the shop shows in the cart', async () => {
  const cart = cartCalls(shop, 'o-cart-price');
  await cart.add(pick('prod-flat-white', {}, [{ id: 'oat_milk', quantity: 1 }]), 2);
  shop.cloud.database.update('skus', { _id: 'sku-flat-white-medium' }, { priceFen: 3000 });
  try {
    const view = dataOf(await cart.get());
    expect(view.lines[0]).toMatchObject({ unitPriceFen: 3300, lineTotalFen: 6600 });
    expect(view.itemsFen).toBe(6600);
  } finally {
    shop.cloud.database.update('skus', { _id: 'sku-flat-white-medium' }, { priceFen: 2600 });
  }
});

test('sold-out, short and removed lines are flagged and left out of the total, not errors', async () => {
  const cart = cartCalls(shop, 'o-cart-availability');
  await cart.add(pick('prod-tiramisu'), 2);
  await cart.add(pick('prod-espresso'), 1);
  const database = shop.cloud.database;
  const [tiramisu] = database.find('products', { _id: 'prod-tiramisu' });
  const tiramisuLine = () =>
    cart
      .get()
      .then(dataOf)
      .then((view) => ({ line: view.lines[0], view }));
  try {
    database.update('skus', { _id: 'sku-tiramisu' }, { isSoldOut: true });
    let { line, view } = await tiramisuLine();
    expect(line).toMatchObject({ isAvailable: false, unavailableReason: 'SOLD_OUT', stockLeft: 0 });
    expect(view).toMatchObject({ itemsFen: view.lines[1]?.lineTotalFen, itemCount: 1 });

    database.update('skus', { _id: 'sku-tiramisu' }, { isSoldOut: false, stock: 1 });
    ({ line } = await tiramisuLine());
    expect(line).toMatchObject({ isAvailable: false, unavailableReason: 'NOT_ENOUGH_STOCK', stockLeft: 1 });

    database.update('products', { _id: 'prod-tiramisu' }, { isListed: false });
    ({ line } = await tiramisuLine());
    expect(line).toMatchObject({ isAvailable: false, unavailableReason: 'REMOVED', name: '提拉米苏' });

    database.remove('products', { _id: 'prod-tiramisu' });
    ({ line, view } = await tiramisuLine());
    expect(line).toMatchObject({ isAvailable: false, unavailableReason: 'REMOVED', quantity: 2 });
    // An unavailable line can still be lowered or removed.
    expect(dataOf(await cart.setQuantity(line?.lineId ?? '', 1)).lines[0]?.quantity).toBe(1);
  } finally {
    database.update('skus', { _id: 'sku-tiramisu' }, { isSoldOut: false, stock: 4 });
    database.remove('products', { _id: 'prod-tiramisu' });
    if (tiramisu) database.insert('products', [tiramisu]);
  }
});

test('adding or raising past what is left is OUT_OF_STOCK naming the SKU and what is left', async () => {
  const cart = cartCalls(shop, 'o-cart-stock');
  const tooMany = await cart.add(pick('prod-almond-croissant'), 4);
  expect(tooMany).toMatchObject({
    ok: false,
    error: { code: 'OUT_OF_STOCK', details: { skuId: 'sku-almond-croissant', stockLeft: 3, wanted: 4 } },
  });
  const three = dataOf(await cart.add(pick('prod-almond-croissant'), 3));
  const lineId = three.lines[0]?.lineId ?? '';
  expect(await cart.add(pick('prod-almond-croissant'), 1)).toMatchObject({
    ok: false,
    error: { code: 'OUT_OF_STOCK', details: { stockLeft: 3, wanted: 4 } },
  });
  expect(await cart.setQuantity(lineId, 4)).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK' } });
  expect(dataOf(await cart.setQuantity(lineId, 2)).lines[0]?.quantity).toBe(2);
  expect(await cart.add(pick('prod-blueberry-muffin'), 1)).toMatchObject({
    ok: false,
    error: {
      code: 'OUT_OF_STOCK',
      details: { skuId: 'sku-blueberry-muffin', stockLeft: 0, reason: 'SOLD_OUT' },
    },
  });
  expect(dataOf(await cart.get()).lines).toHaveLength(1);
});

test('each action costs a fixed, small number of database operations', async () => {
  const cart = cartCalls(shop, 'o-cart-cost');
  const cost = async (action: () => Promise<unknown>) => {
    shop.cloud.database.resetStats();
    await action();
    return shop.cloud.database.stats().byOperation;
  };
  expect(await cost(() => cart.get())).toEqual({ 'database.getDocument': 1 });
  // Read the cart and the product, create the cart with the line, read the cart as stored for the answer.
  expect(await cost(() => cart.add(pick('prod-latte'), 1))).toEqual({
    'database.getDocument': 4,
    'database.insertDocument': 1,
  });
  expect(await cost(() => cart.add(pick('prod-latte'), 1))).toEqual({
    'database.getDocument': 4,
    'database.modifyDocument': 1, // the line's quantity, incremented in place
  });
  const view = dataOf(await cart.add(pick('prod-mocha'), 1));
  expect(await cost(() => cart.get())).toEqual({ 'database.getDocument': 3 });
  expect(await cost(() => cart.setQuantity(view.lines[0]?.lineId ?? '', 3))).toEqual({
    'database.getDocument': 3,
    'database.modifyDocument': 1,
  });
  expect(await cost(() => cart.clear())).toEqual({ 'database.modifyDocument': 1 });
});

test('a product taken off the menu cannot be added: NOT_FOUND naming the product', async () => {
  shop.cloud.database.update('products', { _id: 'prod-hot-chocolate' }, { isListed: false });
  try {
    const result = await cartCalls(shop, 'o-cart-unlisted').add(pick('prod-hot-chocolate'), 1);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { field: 'item.productId' } },
    });
    expect(shop.cloud.database.count('carts', { _openid: 'o-cart-unlisted' })).toBe(0);
  } finally {
    shop.cloud.database.update('products', { _id: 'prod-hot-chocolate' }, { isListed: true });
  }
});
