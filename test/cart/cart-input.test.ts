// Hostile and malformed input: every cart action refuses it with INVALID_INPUT and writes nothing.
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { cartCalls, pick } from './cart-calls';

let shop: TestCloud;
let lineId = '';
const OPENID = 'o-hostile-client';

beforeAll(async () => {
  shop = await startTestCloud();
  const cart = cartCalls(shop, OPENID);
  // An existing cart, so that any write a refused call made would show.
  const view = dataOf(
    await cart.add(pick('prod-latte', { size: 'large' }, [{ id: 'oat_milk', quantity: 1 }]), 2),
  );
  lineId = view.lines[0]?.lineId ?? '';
});
afterAll(() => shop.close());

const latte = (overrides: Record<string, unknown> = {}) => ({
  productId: 'prod-latte',
  specs: { size: 'large' },
  addons: [],
  ...overrides,
});
const add = (input: Record<string, unknown>) => ({
  storeId: DEMO_STORE,
  item: latte(),
  quantity: 1,
  ...input,
});

const REFUSED: Array<[string, string, () => unknown]> = [
  // wrong types
  ['add', 'a number for the store', () => add({ storeId: 42 })],
  ['add', 'a string quantity', () => add({ quantity: '2' })],
  ['add', 'an item that is a string', () => add({ item: 'prod-latte' })],
  ['add', 'specs that are an array', () => add({ item: latte({ specs: ['large'] }) })],
  ['add', 'a spec value that is a number', () => add({ item: latte({ specs: { size: 1 } }) })],
  ['add', 'add-ons that are an object', () => add({ item: latte({ addons: { oat_milk: 1 } }) })],
  ['add', 'a query object for the product', () => add({ item: latte({ productId: { $ne: null } }) })],
  ['setQuantity', 'a boolean quantity', () => ({ storeId: DEMO_STORE, lineId, quantity: true })],
  ['get', 'input that is an array', () => [DEMO_STORE]],
  // missing fields
  ['add', 'no item', () => ({ storeId: DEMO_STORE, quantity: 1 })],
  ['add', 'no quantity', () => ({ storeId: DEMO_STORE, item: latte() })],
  ['add', 'no specs', () => add({ item: { productId: 'prod-latte', addons: [] } })],
  ['get', 'no store', () => ({})],
  ['setQuantity', 'no line', () => ({ storeId: DEMO_STORE, quantity: 1 })],
  ['remove', 'no line', () => ({ storeId: DEMO_STORE })],
  // huge arrays
  ['add', 'thirteen add-ons', () => add({ item: latte({ addons: manyAddons(13) }) })],
  ['add', 'ten thousand add-ons', () => add({ item: latte({ addons: manyAddons(10_000) }) })],
  ['add', 'nine spec groups', () => add({ item: latte({ specs: manySpecs(9) }) })],
  // negative, fractional, zero, too large quantities
  ['add', 'a negative quantity', () => add({ quantity: -1 })],
  ['add', 'a fractional quantity', () => add({ quantity: 1.5 })],
  ['add', 'zero', () => add({ quantity: 0 })],
  ['add', 'a hundred', () => add({ quantity: 100 })],
  ['add', 'an infinite quantity', () => add({ quantity: 1e308 * 10 })],
  [
    'add',
    'an add-on quantity of 0',
    () => add({ item: latte({ addons: [{ id: 'oat_milk', quantity: 0 }] }) }),
  ],
  [
    'add',
    'a fractional add-on quantity',
    () => add({ item: latte({ addons: [{ id: 'oat_milk', quantity: 0.5 }] }) }),
  ],
  ['setQuantity', 'a negative quantity', () => ({ storeId: DEMO_STORE, lineId, quantity: -3 })],
  ['setQuantity', 'a fractional quantity', () => ({ storeId: DEMO_STORE, lineId, quantity: 2.5 })],
  ['setQuantity', 'a hundred', () => ({ storeId: DEMO_STORE, lineId, quantity: 100 })],
  // unknown products, SKUs, specs and add-ons
  ['add', 'an unknown product', () => add({ item: latte({ productId: 'prod-unicorn' }) })],
  ['add', 'an unknown size (no such SKU)', () => add({ item: latte({ specs: { size: 'huge' } }) })],
  ['add', 'an unknown spec group', () => add({ item: latte({ specs: { size: 'large', flavour: 'mint' } }) })],
  ['add', 'an unknown option', () => add({ item: latte({ specs: { temperature: 'lava' } }) })],
  ['add', 'an unknown add-on', () => add({ item: latte({ addons: [{ id: 'gold_leaf', quantity: 1 }] }) })],
  [
    'add',
    'an add-on past its limit',
    () => add({ item: latte({ addons: [{ id: 'oat_milk', quantity: 2 }] }) }),
  ],
  [
    'add',
    'the same add-on twice',
    () =>
      add({
        item: latte({
          addons: [
            { id: 'extra_shot', quantity: 1 },
            { id: 'extra_shot', quantity: 1 },
          ],
        }),
      }),
  ],
  [
    'add',
    'another product’s add-on',
    () => add({ item: latte({ addons: [{ id: 'pearls', quantity: 1 }] }) }),
  ],
  [
    'add',
    'a prototype key as a spec',
    () => add({ item: latte({ specs: JSON.parse('{"__proto__": "x"}') }) }),
  ],
  ['add', 'a spec named constructor', () => add({ item: latte({ specs: { constructor: 'x' } }) })],
  // oversized strings
  ['add', 'an oversized store id', () => add({ storeId: 's'.repeat(65) })],
  ['add', 'an oversized product id', () => add({ item: latte({ productId: 'p'.repeat(10_000) }) })],
  ['add', 'an oversized spec value', () => add({ item: latte({ specs: { size: 'l'.repeat(25) } }) })],
  [
    'add',
    'an oversized add-on id',
    () => add({ item: latte({ addons: [{ id: 'a'.repeat(33), quantity: 1 }] }) }),
  ],
  [
    'setQuantity',
    'an oversized line id',
    () => ({ storeId: DEMO_STORE, lineId: 'l'.repeat(33), quantity: 1 }),
  ],
  ['remove', 'a line id with a query in it', () => ({ storeId: DEMO_STORE, lineId: { $exists: true } })],
  // extra fields: a client's price, total or identity is refused, not trusted
  ['add', 'a price from the client', () => add({ priceFen: 1 })],
  ['add', 'a unit price inside the item', () => add({ item: latte({ unitPriceFen: 1 }) })],
  ['add', 'an openid from the client', () => add({ openid: 'o-someone-else' })],
  ['get', 'another customer’s openid', () => ({ storeId: DEMO_STORE, _openid: 'o-someone-else' })],
  [
    'setQuantity',
    'a total from the client',
    () => ({ storeId: DEMO_STORE, lineId, quantity: 1, totalFen: 1 }),
  ],
  ['clear', 'an extra field', () => ({ storeId: DEMO_STORE, everything: true })],
];

function manyAddons(count: number) {
  return Array.from({ length: count }, (_, index) => ({ id: `addon_${index}`, quantity: 1 }));
}

function manySpecs(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`spec_${'x'.repeat(index)}`, 'a']));
}

test.each(REFUSED)('%s refuses %s with INVALID_INPUT and writes nothing', async (action, _label, input) => {
  const before = shop.cloud.database.find('carts');
  const result = await cartCalls(shop, OPENID).raw(action, input());
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(shop.cloud.database.find('carts')).toEqual(before);
});

test('refusals name the field that was wrong', async () => {
  const cart = cartCalls(shop, OPENID);
  const cases: Array<[unknown, RegExp]> = [
    [add({ item: latte({ specs: { size: 'huge' } }) }), /item\/specs/],
    [add({ item: latte({ addons: [{ id: 'gold_leaf', quantity: 1 }] }) }), /item\/addons/],
    [add({ item: latte({ productId: 'prod-unicorn' }) }), /item\/productId/],
    [add({ quantity: 1.5 }), /quantity/],
  ];
  for (const [input, field] of cases) {
    const result = await cart.raw('add', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(field);
  }
});

test('an event that is not { action, input } is INVALID_INPUT', async () => {
  for (const event of [null, 'add', { input: {} }, { action: 7, input: {} }]) {
    expect(await shop.callRaw('cart', event, OPENID)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  }
});

test('the cart the refused calls targeted is exactly as it was', async () => {
  const view = dataOf(await cartCalls(shop, OPENID).get());
  expect(view.lines).toEqual([
    expect.objectContaining({ lineId, skuId: 'sku-latte-large', quantity: 2, unitPriceFen: 3100 }),
  ]);
});
