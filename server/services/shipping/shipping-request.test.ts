import type { OrderRecord } from '../../domain/order/order-record';
import { shippingRetryDelayMs } from './report-shipping';
import { itemDescriptionOf, logisticsTypeOf, rfc3339ChinaTime, shippingRequestFor } from './shipping-request';

const line = (name: string, quantity: number) => ({ name, quantity }) as OrderRecord['lines'][number];
const paid = {
  _id: 'o1',
  _openid: 'o-payer',
  mode: 'pickup',
  storeName: '点单示范咖啡馆',
  lines: [line('美式咖啡', 2), line('可颂', 1)],
  payment: { attempt: 1, outTradeNo: 'o1-p1', subMchId: '1900009999', paidOutTradeNo: 'o1-p1' },
} as unknown as OrderRecord;

test('pickup and dine-in are handed over in the shop (4); delivery is local delivery (2)', () => {
  expect(logisticsTypeOf({ mode: 'pickup' })).toBe(4);
  expect(logisticsTypeOf({ mode: 'dine_in' })).toBe(4);
  expect(logisticsTypeOf({ mode: 'delivery' })).toBe(2);
});

test('upload_time is RFC 3339 in China time, across midnight', () => {
  expect(rfc3339ChinaTime(Date.UTC(2026, 11, 2, 16, 30, 5, 120))).toBe('2026-12-03T00:30:05+08:00');
});

test('the items as one description, cut to 120 characters', () => {
  expect(itemDescriptionOf(paid)).toBe('美式咖啡 ×2；可颂 ×1');
  expect([...itemDescriptionOf({ ...paid, lines: [line('咖'.repeat(200), 1)] })]).toHaveLength(120);
});

test('the trade by transaction id once known, else by merchant and out_trade_no; none without payment', () => {
  expect(shippingRequestFor(paid, 0)?.orderKey).toEqual({
    orderNumberType: 1,
    mchid: '1900009999',
    outTradeNo: 'o1-p1',
  });
  const notified = { ...paid, payment: { ...paid.payment, transactionId: '4200000001' } };
  expect(shippingRequestFor(notified, 0)?.orderKey).toEqual({
    orderNumberType: 2,
    transactionId: '4200000001',
  });
  expect(shippingRequestFor({ ...paid, payment: { ...paid.payment, paidOutTradeNo: undefined } }, 0)).toBe(
    undefined,
  );
});

test('retries wait 5 minutes, doubling, at most 6 hours', () => {
  expect([1, 2, 3].map(shippingRetryDelayMs)).toEqual([300_000, 600_000, 1_200_000]);
  expect(shippingRetryDelayMs(30)).toBe(6 * 3_600_000);
});
