// Money in integer fen (1 yuan = 100 fen): the one place that adds, multiplies and shows amounts.

/** An amount of money in fen: a safe integer ≥ 0. */
export type Fen = number;

/** True when `value` is a valid amount: a safe integer ≥ 0. */
export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function assertFen(value: number, what: string): void {
  if (!isFen(value)) throw new RangeError(`${what} must be a safe integer ≥ 0 fen, got ${value}`);
}

/** The sum of amounts in fen; throws RangeError on a non-amount or when the sum leaves the safe range. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const value of values) {
    assertFen(value, 'an amount');
    total += value;
    assertFen(total, 'a sum');
  }
  return total;
}

/** `unitFen × quantity` in fen; throws RangeError on a non-integer input or a result beyond Number.MAX_SAFE_INTEGER. */
export function multiplyFen(unitFen: Fen, quantity: number): Fen {
  assertFen(unitFen, 'a unit price');
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new RangeError(`a quantity must be an integer ≥ 0, got ${quantity}`);
  }
  const product = unitFen * quantity;
  assertFen(product, 'a line total');
  return product;
}

/** An amount as a customer reads it: 1250 → '¥12.50'. */
export function formatYuan(fen: Fen): string {
  assertFen(fen, 'an amount');
  const yuan = Math.floor(fen / 100);
  const cents = String(fen % 100).padStart(2, '0');
  return `¥${yuan}.${cents}`;
}
