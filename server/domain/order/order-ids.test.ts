import {
  isOrderId,
  newOrderId,
  orderIdOfOutTradeNo,
  outTradeNoFor,
  parseOutTradeNo,
  refundNoFor,
} from './order-ids';

const bytes = (fill: number) => new Uint8Array(10).fill(fill);
const at = Date.parse('2026-01-05T02:00:00Z');

test('order ids are 23 alphanumeric characters and fit the orders schema', () => {
  for (const fill of [0, 7, 255]) {
    const id = newOrderId(at, bytes(fill));
    expect(id).toMatch(/^[A-Za-z0-9]{16,24}$/);
    expect(id).toHaveLength(23);
  }
});

test('later orders sort after earlier ones, whatever their random part', () => {
  const earlier = newOrderId(at, bytes(255));
  const later = newOrderId(at + 1, bytes(0));
  expect([later, earlier].sort()).toEqual([earlier, later]);
});

test('every random byte counts: changing any one gives another id in the same millisecond', () => {
  const base = newOrderId(at, bytes(0x5a));
  const ids = new Set<string>([base]);
  for (let position = 0; position < 10; position++) {
    for (const value of [0x00, 0x01, 0x80, 0xff]) {
      const random = bytes(0x5a);
      random.set([value], position);
      ids.add(newOrderId(at, random));
    }
  }
  expect(ids.size).toBe(1 + 10 * 4);
});

test('refuses too little randomness or a bad time', () => {
  expect(() => newOrderId(at, new Uint8Array(9))).toThrow(RangeError);
  expect(() => newOrderId(-1, bytes(1))).toThrow(RangeError);
  expect(() => newOrderId(1.5, bytes(1))).toThrow(RangeError);
});

test('each payment attempt has its own outTradeNo that leads back to the order', () => {
  const orderId = newOrderId(at, bytes(9));
  const first = outTradeNoFor(orderId, 1);
  const second = outTradeNoFor(orderId, 2);
  expect(first).not.toBe(second);
  expect(first).toMatch(/^[A-Za-z0-9_-]{6,32}$/);
  expect(outTradeNoFor(orderId, 999_999).length).toBeLessThanOrEqual(32);
  expect(orderIdOfOutTradeNo(second)).toBe(orderId);
  expect(parseOutTradeNo(second)).toEqual({ orderId, attempt: 2 });
  expect(() => outTradeNoFor(orderId, 0)).toThrow(RangeError);
  expect(() => outTradeNoFor('not_an_id', 1)).toThrow(RangeError);
});

test('a foreign or forged outTradeNo names no order', () => {
  for (const text of [
    '',
    'abc',
    'abc_0',
    'abc_01',
    'abc_1_2',
    'a-b_1',
    `${'a'.repeat(25)}_1`,
    'abc_1234567',
  ]) {
    expect(orderIdOfOutTradeNo(text)).toBeUndefined();
  }
});

test('refund numbers are per payment and sequence, within 64 characters', () => {
  const outTradeNo = outTradeNoFor(newOrderId(at, bytes(3)), 999_999);
  expect(refundNoFor(outTradeNo, 1)).not.toBe(refundNoFor(outTradeNo, 2));
  expect(refundNoFor(outTradeNo, 999)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  expect(() => refundNoFor('forged', 1)).toThrow(RangeError);
  expect(() => refundNoFor(outTradeNo, 0)).toThrow(RangeError);
});

test('an order id is recognised by shape before it is looked up', () => {
  expect(isOrderId(newOrderId(at, bytes(7)))).toBe(true);
  for (const value of ['', 'a-b', 'a'.repeat(25), 'abc_1', 42, undefined, null]) {
    expect(isOrderId(value)).toBe(false);
  }
});
