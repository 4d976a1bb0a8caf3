import { REFUND_CONFIG } from '../../runtime/config';
import type { OrderRecord } from './order-record';
import { planRefund, refundedQuantities } from './refund-plan';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 2, 12);
const order = (changes: Partial<OrderRecord> = {}): OrderRecord =>
  ({
    _id: 'o1',
    status: 'ACCEPTED',
    totalFen: 2000,
    lines: [
      { lineId: 'roll', skuId: 'sku-roll', quantity: 2, unitPriceFen: 600 },
      { lineId: 'coffee', skuId: 'sku-coffee', quantity: 1, unitPriceFen: 800 },
    ],
    reservations: [{ skuId: 'sku-roll', quantity: 2 }],
    updatedAt: new Date(NOW),
    ...changes,
  }) as unknown as OrderRecord;
const entry = (status: 'PENDING' | 'SUCCEEDED' | 'FAILED', quantity: number) => ({
  requestId: status,
  outRefundNo: `t-r${String(quantity)}`,
  amountFen: 600 * quantity,
  status,
  stock: [],
  lines: [{ lineId: 'roll', quantity }],
});

test('earlier refunds take their lines; a failed one gives them back', () => {
  const refunds = { r2: entry('SUCCEEDED', 1), r3: entry('FAILED', 1), r4: entry('PENDING', 0) };
  expect(Object.fromEntries(refundedQuantities({ refunds }))).toEqual({ roll: 1 });
});

test('a line takes at most what earlier refunds left of it, asked in one go or in parts', () => {
  const refunded = order({ refunds: { r2: entry('SUCCEEDED', 1) }, refundRequestedFen: 600 });
  expect(() => planRefund(refunded, { lines: [{ lineId: 'roll', quantity: 2 }] }, NOW)).toThrow(
    expect.objectContaining({ details: { field: 'lines', problem: 'LINE_ALREADY_REFUNDED', limit: 1 } }),
  );
  const twice = {
    lines: [
      { lineId: 'roll', quantity: 1 },
      { lineId: 'roll', quantity: 1 },
    ],
  };
  expect(() => planRefund(refunded, twice, NOW)).toThrow(
    expect.objectContaining({ details: expect.objectContaining({ problem: 'LINE_ALREADY_REFUNDED' }) }),
  );
  expect(planRefund(refunded, { lines: [{ lineId: 'roll', quantity: 1 }] }, NOW)).toMatchObject({
    amountFen: 600,
    lines: [{ lineId: 'roll', quantity: 1 }],
  });
});

test('a COMPLETED order: refundable within its window, no stock back; refused after it', () => {
  const days = REFUND_CONFIG.completedRefundDays;
  const completed = (ago: number) => order({ status: 'COMPLETED', completedAt: new Date(NOW - ago) });
  const ask = { lines: [{ lineId: 'roll', quantity: 2, notMade: true }] };
  expect(planRefund(completed(days * DAY_MS), ask, NOW)).toMatchObject({ amountFen: 1200, stock: [] });
  expect(() => planRefund(completed(days * DAY_MS + 1), ask, NOW)).toThrow(
    expect.objectContaining({ code: 'ORDER_STATE_CONFLICT', details: { status: 'COMPLETED' } }),
  );
});
