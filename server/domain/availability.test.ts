import { availabilityOf } from './availability';
import { latte, sku } from './testing/catalog-fixtures';

const large = (stock: number | null, isSoldOut = false) => ({
  ...sku('sku-latte-large', { size: 'large' }, 3200, stock),
  isSoldOut,
});

test('unlimited stock is always available', () => {
  expect(availabilityOf(latte(), large(null), 99)).toEqual({ isAvailable: true, stockLeft: null });
});

test('enough stock is available and says how much is left', () => {
  expect(availabilityOf(latte(), large(5), 5)).toEqual({ isAvailable: true, stockLeft: 5 });
});

test('fewer left than wanted names what is left', () => {
  expect(availabilityOf(latte(), large(2), 3)).toEqual({
    isAvailable: false,
    reason: 'NOT_ENOUGH_STOCK',
    stockLeft: 2,
  });
});

test('no stock or the staff switch is sold out', () => {
  expect(availabilityOf(latte(), large(0), 1)).toEqual({
    isAvailable: false,
    reason: 'SOLD_OUT',
    stockLeft: 0,
  });
  expect(availabilityOf(latte(), large(50, true), 1)).toEqual({
    isAvailable: false,
    reason: 'SOLD_OUT',
    stockLeft: 0,
  });
});

test('a product gone, unlisted or a SKU that is not its own is removed', () => {
  const removed = { isAvailable: false, reason: 'REMOVED', stockLeft: null };
  expect(availabilityOf(undefined, large(5), 1)).toEqual(removed);
  expect(availabilityOf(latte(), undefined, 1)).toEqual(removed);
  expect(availabilityOf(latte({ isListed: false }), large(5), 1)).toEqual(removed);
  expect(availabilityOf(latte({ _id: 'prod-mocha' }), large(5), 1)).toEqual(removed);
});
