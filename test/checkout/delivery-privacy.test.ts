// A delivery order's contact name, phone, address text and coordinates are stored only encrypted; the owner
// sees masked name and phone and their own address text; without a field key no delivery order is placed.
import { randomBytes } from 'node:crypto';
import { FIELD_KEY_VARIABLE, PREVIOUS_FIELD_KEY_VARIABLE } from '../../server/runtime/field-keys';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { customer, LIMITED, setStock, stockOf, storedOrder } from '../support/ordering-calls';
import { schemaProblems } from '../support/schema-check';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  setStock(shop, LIMITED.croissant.skuId, 100);
});
afterAll(() => shop.close());

const HOME = {
  contactName: '欧阳青云',
  phone: '13987654321',
  text: '梧桐巷 27 号 5 楼 502 室',
  latitude: 31.1912,
  longitude: 121.4408,
};
/** Pieces of the address beyond its masked copies: any of them in stored data would be personal data in clear. */
const CLEAR_PIECES = [
  '13987654321',
  '987654',
  '欧阳青云',
  '青云',
  '27 号',
  '5 楼 502',
  '31.1912',
  '121.4408',
];

/** Runs `work` with the function's field key variables set to `variables` (undefined: unset). */
async function withFieldKeys<T>(
  variables: { current?: string; previous?: string },
  work: () => Promise<T>,
): Promise<T> {
  const saved = {
    current: process.env[FIELD_KEY_VARIABLE],
    previous: process.env[PREVIOUS_FIELD_KEY_VARIABLE],
  };
  const apply = (values: { current?: string; previous?: string }) => {
    for (const [name, value] of [
      [FIELD_KEY_VARIABLE, values.current],
      [PREVIOUS_FIELD_KEY_VARIABLE, values.previous],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(variables);
  try {
    return await work();
  } finally {
    apply(saved);
  }
}

/** A latte and two croissants (counted stock): above the delivery minimum. */
async function fillCart(openid: string) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-latte', 1, { size: 'large', temperature: 'iced', sugar: 'light' }));
  dataOf(await buyer.add(LIMITED.croissant.productId, 2));
  return buyer;
}

test('the stored order holds no clear phone, name, address or coordinates; the owner sees them masked and their own text', async () => {
  const ivy = await fillCart('o-ivy');
  const placed = dataOf(await ivy.place({ mode: 'delivery', address: HOME }));
  const stored = storedOrder(shop, placed.order.id);
  const everything = JSON.stringify(
    shop.cloud.database.collectionNames().map((name) => shop.cloud.database.find(name, {})),
  );
  for (const piece of CLEAR_PIECES) {
    expect(JSON.stringify(stored)).not.toContain(piece);
    expect(everything).not.toContain(piece);
  }
  expect(stored.address).toEqual({
    encrypted: expect.stringMatching(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/),
    contactNameMasked: '欧***',
    phoneMasked: '139****4321',
    textMasked: '梧桐巷 27****',
    distanceMetres: expect.any(Number),
  });
  expect(schemaProblems('orders', stored)).toEqual([]);

  const shown = { contactName: '欧***', phone: '139****4321', text: HOME.text };
  expect(placed.order.address).toEqual(shown);
  expect(dataOf(await ivy.detail(placed.order.id)).address).toEqual(shown);
  expect(dataOf(await ivy.list()).orders[0]?.address).toEqual(shown);
  // Another customer cannot read it at all.
  expect(await customer(shop, 'o-mallory').detail(placed.order.id)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('after a key rotation the owner still reads an order sealed with the previous key; new ones use the new key', async () => {
  const jay = await fillCart('o-jay');
  const before = dataOf(await jay.place({ mode: 'delivery', address: HOME }));
  const oldKey = process.env[FIELD_KEY_VARIABLE];
  const rotated = { current: `2:${randomBytes(32).toString('base64')}`, previous: oldKey };
  await withFieldKeys(rotated, async () => {
    expect(dataOf(await jay.detail(before.order.id)).address?.text).toBe(HOME.text);
    await fillCart('o-jay');
    const after = dataOf(await jay.place({ mode: 'delivery', address: HOME }));
    expect(storedOrder(shop, after.order.id).address).toMatchObject({
      encrypted: expect.stringMatching(/^v2:/),
    });
    expect(dataOf(await jay.detail(after.order.id)).address?.text).toBe(HOME.text);
  });
});

test('with a key that cannot open the address, the owner sees the masked text and the shop sees why in the log', async () => {
  const kim = await fillCart('o-kim');
  const placed = dataOf(await kim.place({ mode: 'delivery', address: HOME }));
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const detail = await withFieldKeys({ current: randomBytes(32).toString('base64') }, () =>
    kim.detail(placed.order.id),
  );
  expect(logged).toHaveBeenCalledWith(expect.stringContaining('could not be decrypted'), expect.anything());
  logged.mockRestore();
  expect(dataOf(detail).address).toEqual({
    contactName: '欧***',
    phone: '139****4321',
    text: '梧桐巷 27****',
  });
});

describe('without a valid field key', () => {
  test.each([
    ['missing', undefined],
    ['too short', randomBytes(16).toString('base64')],
  ])(
    '(%s) a delivery order is refused as INTERNAL, logged for the shop, and nothing is written',
    async (_, key) => {
      const leo = await fillCart(`o-leo-${key === undefined ? 'unset' : 'short'}`);
      const cartBefore = dataOf(await leo.cart());
      const stockBefore = stockOf(shop, LIMITED.croissant.skuId);
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      shop.cloud.database.resetStats();

      const refused = await withFieldKeys({ current: key }, () =>
        leo.place({ mode: 'delivery', address: HOME }),
      );

      const operations = Object.keys(shop.cloud.database.stats().byOperation);
      expect(refused).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(refused)).not.toContain('DIANDAN');
      expect(logged).toHaveBeenCalledWith(
        expect.stringContaining('internal error'),
        expect.objectContaining({
          name: 'FieldKeyConfigurationError',
          message: expect.stringMatching(/DIANDAN_FIELD_KEY .*函数配置 → 环境变量/),
        }),
      );
      logged.mockRestore();
      expect(operations.filter((operation) => !/query|get|count|aggregate/i.test(operation))).toEqual([]);
      expect(shop.cloud.database.find('orders', { _openid: leo.openid })).toEqual([]);
      expect(stockOf(shop, LIMITED.croissant.skuId)).toBe(stockBefore);
      expect(dataOf(await leo.cart())).toEqual(cartBefore);
    },
  );

  test('pickup and dine-in orders do not need the key', async () => {
    const max = await fillCart('o-max');
    await withFieldKeys({}, async () => {
      expect(dataOf(await max.place({ mode: 'pickup' })).order.status).toBe('PENDING_PAYMENT');
      await fillCart('o-max');
      const dineIn = dataOf(await max.place({ mode: 'dine_in', tableCode: 'A01' }));
      expect(dineIn.order.address).toBeNull();
    });
  });
});
