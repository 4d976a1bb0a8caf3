import type { PaidOrderLines } from '../../repositories/stats-repository';
import { countStoreOrders, MAX_POPULAR } from './order-counts';

const order = (...lines: Array<[string, number]>): PaidOrderLines => ({
  storeId: 's',
  paidAt: new Date(0),
  lines: lines.map(([productId, quantity]) => ({ productId, quantity })),
});

test('units add up per product; ties go by id', () => {
  const counts = countStoreOrders([order(['b', 2], ['a', 1]), order(['a', 1]), order(['c', 2])]);
  expect(counts.orderCount).toBe(3);
  expect(counts.popular).toEqual([
    { productId: 'a', units: 2 },
    { productId: 'b', units: 2 },
    { productId: 'c', units: 2 },
  ]);
});

test('a pair counts once per order, whatever the quantities or repeated lines', () => {
  const counts = countStoreOrders([
    order(['a', 5], ['b', 1], ['a', 2]),
    order(['a', 1], ['b', 1]),
    order(['a', 1], ['c', 1]),
  ]);
  expect(counts.together.find((entry) => entry.productId === 'a')?.partners).toEqual([
    { productId: 'b', orders: 2 },
    { productId: 'c', orders: 1 },
  ]);
  expect(counts.together.find((entry) => entry.productId === 'c')?.partners).toEqual([
    { productId: 'a', orders: 1 },
  ]);
});

test('a product never ordered with another has no partners entry; popular is capped', () => {
  const many = Array.from({ length: 20 }, (_, index) => order([`p${String(index).padStart(2, '0')}`, 1]));
  const counts = countStoreOrders(many);
  expect(counts.together).toEqual([]);
  expect(counts.popular).toHaveLength(MAX_POPULAR);
});
