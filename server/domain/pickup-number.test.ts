import { chinaDayKey, chinaDayPeriod, formatPickupNumber, pickupCounterId } from './pickup-number';

test('the day turns at midnight China time, not UTC', () => {
  expect(chinaDayKey(Date.parse('2026-01-04T15:59:59.999Z'))).toBe('20260104'); // 23:59:59 in Shanghai
  expect(chinaDayKey(Date.parse('2026-01-04T16:00:00Z'))).toBe('20260105'); // 00:00 in Shanghai
  expect(chinaDayPeriod(Date.parse('2026-01-04T16:00:00Z'))).toBe('2026-01-05');
  expect(chinaDayKey(Date.parse('2026-12-31T16:30:00Z'))).toBe('20270101');
});

test('numbers carry the mode letter and three digits', () => {
  expect(formatPickupNumber('dine_in', 12)).toBe('D012');
  expect(formatPickupNumber('pickup', 12)).toBe('A012');
  expect(formatPickupNumber('delivery', 1)).toBe('W001');
  expect(formatPickupNumber('pickup', 999)).toBe('A999');
});

test('after 999 the numbers start again at 001', () => {
  expect(formatPickupNumber('pickup', 1000)).toBe('A001');
  expect(formatPickupNumber('pickup', 1998)).toBe('A999');
  expect(formatPickupNumber('pickup', 1999)).toBe('A001');
  expect(() => formatPickupNumber('pickup', 0)).toThrow(RangeError);
  expect(() => formatPickupNumber('pickup', 1.5)).toThrow(RangeError);
});

test('every number fits the order schema', () => {
  for (const sequence of [1, 10, 100, 999, 1000, 123456]) {
    expect(formatPickupNumber('dine_in', sequence)).toMatch(/^[A-Z]?[0-9]{1,4}$/);
  }
});

test('counter ids are per store and day, and always a valid document id', () => {
  expect(pickupCounterId('store-demo', '20260105')).toBe('pickup-20260105-store-demo');
  expect(pickupCounterId('store-demo', '20260105')).not.toBe(pickupCounterId('store-demo', '20260106'));
  expect(pickupCounterId('store-a', '20260105')).not.toBe(pickupCounterId('store-b', '20260105'));
  const long = pickupCounterId('s'.repeat(64), '20260105');
  expect(long).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  expect(long).not.toBe(pickupCounterId(`${'s'.repeat(63)}t`, '20260105'));
});
