import { decideOrderErasure, keptUntilMs, ORDER_RETENTION_MS, type RetentionFacts } from './order-retention';

const NOW = Date.parse('2026-06-01T04:00:00Z');
const order = (facts: Partial<RetentionFacts>): RetentionFacts => ({
  status: 'COMPLETED',
  createdAt: new Date(NOW - 3_600_000),
  paidAt: new Date(NOW - 3_000_000),
  ...facts,
});

test('unpaid orders are cancelled first; orders being made or handed over wait', () => {
  expect(decideOrderErasure(order({ status: 'PENDING_PAYMENT', paidAt: undefined }), NOW)).toEqual({
    kind: 'cancel_first',
  });
  for (const status of ['PAID', 'ACCEPTED', 'READY'] as const) {
    expect(decideOrderErasure(order({ status }), NOW)).toEqual({ kind: 'wait' });
  }
});

test('never-paid orders go, unless the sweeper still has stock to return or payments to close on them', () => {
  for (const status of ['CANCELLED', 'EXPIRED'] as const) {
    expect(decideOrderErasure(order({ status, paidAt: undefined }), NOW)).toEqual({ kind: 'remove' });
    expect(decideOrderErasure(order({ status, paymentCloseDueAt: new Date(NOW) }), NOW).kind).toBe(
      'anonymise',
    );
    expect(decideOrderErasure(order({ status, stockReturnDueAt: new Date(NOW) }), NOW).kind).toBe(
      'anonymise',
    );
  }
});

test('paid orders are kept for the retention period from their payment, then removed', () => {
  const paid = order({ status: 'COMPLETED' });
  expect(decideOrderErasure(paid, NOW)).toEqual({
    kind: 'anonymise',
    keptUntilMs: NOW - 3_000_000 + ORDER_RETENTION_MS,
  });
  const old = order({ status: 'REFUNDED', paidAt: new Date(NOW - ORDER_RETENTION_MS - 1) });
  expect(decideOrderErasure(old, NOW)).toEqual({ kind: 'remove' });
  expect(decideOrderErasure({ ...old, stockReturnDueAt: new Date(NOW) }, NOW).kind).toBe('anonymise');
  // A refund still in flight is kept whatever its age.
  expect(decideOrderErasure({ ...old, status: 'REFUNDING' }, NOW)).toEqual({
    kind: 'anonymise',
    keptUntilMs: NOW,
  });
  expect(keptUntilMs(order({ paidAt: undefined }))).toBe(NOW - 3_600_000 + ORDER_RETENTION_MS);
});
