import type { OrderRecord } from './order-record';
import { decideCancel, holdsStock, isPayable } from './order-rules';

const payment = { attempt: 1, outTradeNo: 'A_1', subMchId: '1900009999', requestedAt: new Date(0) };
const order = (status: OrderRecord['status'], paidOutTradeNo?: string) => ({
  _id: 'A',
  status,
  payment: { ...payment, ...(paidOutTradeNo && { paidOutTradeNo }) },
});

test('an order is payable while unpaid and before its expiry, not at it', () => {
  const expiresAt = new Date(60_000);
  expect(isPayable({ status: 'PENDING_PAYMENT', expiresAt }, 59_999)).toBe(true);
  expect(isPayable({ status: 'PENDING_PAYMENT', expiresAt }, 60_000)).toBe(false);
  expect(isPayable({ status: 'PAID', expiresAt }, 0)).toBe(false);
});

test('an order holds stock when it reserved counted stock', () => {
  expect(holdsStock({ reservations: [{ skuId: 's', quantity: 1 }] })).toBe(true);
  expect(holdsStock({ reservations: [] })).toBe(false);
});

test('cancel: unpaid closes then cancels, paid refunds its paying trade, accepted and ended refuse', () => {
  expect(decideCancel(order('CANCELLED'))).toEqual({ kind: 'already_cancelled' });
  expect(decideCancel(order('PENDING_PAYMENT'))).toEqual({ kind: 'close_then_cancel' });
  expect(decideCancel(order('PAID', 'A_2'))).toEqual({ kind: 'refund', paidOutTradeNo: 'A_2' });
  for (const status of ['ACCEPTED', 'READY', 'COMPLETED', 'EXPIRED', 'REFUNDING', 'REFUNDED'] as const) {
    expect(decideCancel(order(status))).toEqual({ kind: 'refuse', status });
  }
  expect(() => decideCancel(order('PAID'))).toThrow(/without a recorded payment/);
});
