import { formatYuan, isFen, multiplyFen, sumFen } from './money';

test('an amount is a safe integer of fen, never negative or fractional', () => {
  expect(isFen(0)).toBe(true);
  expect(isFen(2800)).toBe(true);
  expect(isFen(-1)).toBe(false);
  expect(isFen(12.5)).toBe(false);
  expect(isFen(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
  expect(isFen(NaN)).toBe(false);
  expect(isFen('100')).toBe(false);
});

test('sums and products stay exact in fen', () => {
  expect(sumFen([])).toBe(0);
  expect(sumFen([10, 20, 70])).toBe(100);
  expect(multiplyFen(2800, 3)).toBe(8400);
  expect(multiplyFen(2800, 0)).toBe(0);
});

test('refuses fractions, negatives and overflow instead of rounding silently', () => {
  expect(() => multiplyFen(100, 1.5)).toThrow(RangeError);
  expect(() => multiplyFen(10.5, 2)).toThrow(RangeError);
  expect(() => multiplyFen(100, -1)).toThrow(RangeError);
  expect(() => multiplyFen(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  expect(() => sumFen([100, -5])).toThrow(RangeError);
});

test('shows yuan with two decimals', () => {
  expect(formatYuan(1250)).toBe('¥12.50');
  expect(formatYuan(5)).toBe('¥0.05');
  expect(formatYuan(0)).toBe('¥0.00');
  expect(formatYuan(120000)).toBe('¥1200.00');
  expect(() => formatYuan(-100)).toThrow(RangeError);
});
