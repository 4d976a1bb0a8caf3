import { randomBytes } from 'node:crypto';
import type { OrderRecord } from '../../domain/order/order-record';
import { FIELD_KEY_VARIABLE } from '../../runtime/field-keys';
import { sealDeliveryAddress } from '../checkout/delivery-address';
import { toOrderView } from './order-view';

const ring = { currentKeyId: 1, keys: new Map([[1, randomBytes(32)]]) };
const address = {
  contactName: '张三丰',
  phone: '13812345678',
  text: '示范路 8 号 3 楼',
  latitude: 31.19,
  longitude: 121.44,
};
const order: OrderRecord = {
  _id: 'order0000000000000000001',
  storeId: 'store-demo',
  storeName: '店',
  storeNameEn: 'Shop',
  _openid: 'o-owner',
  status: 'PENDING_PAYMENT',
  mode: 'delivery',
  lines: [],
  breakdown: { itemsFen: 0, packagingFeeFen: 0, deliveryFeeFen: 0, discountFen: 0, discounts: [] },
  totalFen: 100,
  reservations: [],
  address: sealDeliveryAddress(ring, 'order0000000000000000001', address, 120, randomBytes(12)),
  idempotencyKey: 'key-00000001',
  payment: {
    attempt: 1,
    outTradeNo: 'order0000000000000000001_1',
    subMchId: '1900009999',
    requestedAt: new Date(0),
  },
  expiresAt: new Date(60_000),
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

test('the view is a function of the order, the time and the keys passed in — nothing read from outside', () => {
  const saved = process.env[FIELD_KEY_VARIABLE];
  delete process.env[FIELD_KEY_VARIABLE];
  try {
    const before = toOrderView(order, 59_999, ring);
    expect(toOrderView(order, 59_999, ring)).toEqual(before);
    expect(before).toMatchObject({ canPay: true, address: { text: address.text, phone: '138****5678' } });
    expect(toOrderView(order, 60_000, ring).canPay).toBe(false);
    expect(toOrderView(order, 0).address?.text).toBe(order.address?.textMasked);
  } finally {
    if (saved !== undefined) process.env[FIELD_KEY_VARIABLE] = saved;
  }
});
