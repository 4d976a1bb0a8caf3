import type { FunctionName } from '../../typings/contracts';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { customer } from '../support/ordering-calls';

let shop: TestCloud;
let orderId: string;
beforeAll(async () => {
  shop = await startTestCloud();
  const alice = customer(shop, 'o-alice');
  dataOf(await alice.add('prod-americano'));
  orderId = dataOf(await alice.place()).order.id;
  dataOf(await alice.add('prod-latte'));
});
afterAll(() => shop.close());

const place = (input: Record<string, unknown>) => ({
  storeId: DEMO_STORE,
  mode: 'pickup',
  idempotencyKey: 'key-000001',
  ...input,
});
const address = {
  contactName: '张三',
  phone: '13812345678',
  text: '示范路 1 号',
  latitude: 31.19,
  longitude: 121.44,
};
const long = (length: number) => 'x'.repeat(length);

const CASES: Array<[FunctionName, string, string, unknown]> = [
  ['checkout', 'preview', 'no input at all', undefined],
  ['checkout', 'preview', 'a missing mode', { storeId: DEMO_STORE }],
  ['checkout', 'preview', 'an unknown mode', { storeId: DEMO_STORE, mode: 'drive_through' }],
  ['checkout', 'preview', 'a store id of the wrong type', { storeId: 42, mode: 'pickup' }],
  [
    'checkout',
    'preview',
    'an oversized table code',
    { storeId: DEMO_STORE, mode: 'dine_in', tableCode: long(33) },
  ],
  ['checkout', 'preview', 'a null table code', { storeId: DEMO_STORE, mode: 'dine_in', tableCode: null }],
  ['checkout', 'place', 'a missing idempotency key', { storeId: DEMO_STORE, mode: 'pickup' }],
  ['checkout', 'place', 'a short idempotency key', place({ idempotencyKey: 'abc' })],
  ['checkout', 'place', 'an idempotency key with spaces', place({ idempotencyKey: 'a key with spaces' })],
  ['checkout', 'place', 'a fractional expected total', place({ expectedTotalFen: 1900.5 })],
  ['checkout', 'place', 'a negative expected total', place({ expectedTotalFen: -1 })],
  ['checkout', 'place', 'an expected total as a string', place({ expectedTotalFen: '1900' })],
  ['checkout', 'place', 'an extra field (a price)', place({ unitPriceFen: 1 })],
  ['checkout', 'place', 'a huge remark', place({ remark: long(141) })],
  ['checkout', 'place', 'a pickup time that is not a time', place({ pickupAt: 'soon' })],
  [
    'checkout',
    'place',
    'an address without a phone',
    place({ mode: 'delivery', address: { ...address, phone: undefined } }),
  ],
  [
    'checkout',
    'place',
    'an address with an extra field',
    place({ mode: 'delivery', address: { ...address, openid: 'x' } }),
  ],
  [
    'checkout',
    'place',
    'a latitude off the planet',
    place({ mode: 'delivery', address: { ...address, latitude: 91 } }),
  ],
  ['checkout', 'place', 'an address that is an array', place({ mode: 'delivery', address: [address] })],
  ['pay', 'start', 'no order id', {}],
  ['pay', 'start', 'an order id with symbols', { orderId: '../orders' }],
  ['pay', 'start', 'an oversized order id', { orderId: long(25) }],
  ['pay', 'start', 'an extra field (an amount)', { orderId: 'abc', totalFee: 1 }],
  ['order', 'detail', 'an order id of the wrong type', { orderId: 7 }],
  ['order', 'list', 'a page of 21', { pageSize: 21 }],
  ['order', 'list', 'a fractional page size', { pageSize: 2.5 }],
  ['order', 'list', 'a page size of 0', { pageSize: 0 }],
  ['order', 'list', 'a cursor with symbols', { cursor: '{"t":1}' }],
  ['order', 'list', 'a cursor that was never given out', { cursor: 'bm90LWEtY3Vyc29y' }],
  ['order', 'list', 'an openid to list for', { openid: 'o-bob' }],
  ['order', 'cancel', 'an oversized reason', { orderId: 'abc', reason: long(101) }],
  ['order', 'cancel', 'an empty reason', { orderId: 'abc', reason: '' }],
];

test.each(CASES)('%s.%s refuses %s with INVALID_INPUT', async (name, action, _what, input) => {
  const result = await customer(shop, 'o-alice').raw(name, action, input);
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('a malformed event (no action) is INVALID_INPUT too', async () => {
  expect(await shop.callRaw('checkout', { input: {} }, 'o-alice')).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('none of the refusals wrote anything', async () => {
  const before = shop.cloud.database.exportSnapshot();
  const trades = shop.cloud.payments.trades().length;
  shop.cloud.database.resetStats();
  for (const [name, action, , input] of CASES) await customer(shop, 'o-alice').raw(name, action, input);
  const writes = Object.entries(shop.cloud.database.stats().byOperation).filter(([operation]) =>
    /insert|modify|remove|Transaction/.test(operation),
  );
  expect(writes).toEqual([]);
  expect(shop.cloud.database.exportSnapshot()).toEqual(before);
  expect(shop.cloud.payments.trades()).toHaveLength(trades);
  expect(orderId).toBeTruthy();
});
