import { CloudError, WireCode } from '../../emulator/src/errors';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { customer, LIMITED, stockOf } from '../support/ordering-calls';

let shop: TestCloud;
let isPaymentDown = false;
beforeAll(async () => {
  shop = await startTestCloud();
  shop.cloud.dispatcher.observe((request) => {
    if (isPaymentDown && request.action === 'wx.wxPayApi') {
      throw new CloudError(WireCode.REQUEST_FAILED, 'payment platform unreachable');
    }
  });
});
afterAll(() => shop.close());

test('when payment cannot start, placing is PAYMENT_FAILED and undone; the same key places it once payment is back', async () => {
  const alice = customer(shop, 'o-alice');
  dataOf(await alice.add(LIMITED.croissant.productId, 2));
  const before = stockOf(shop, LIMITED.croissant.skuId);
  const idempotencyKey = 'checkout-screen-0100';

  isPaymentDown = true;
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const refused = await alice.place({ idempotencyKey });
  isPaymentDown = false;
  expect(logged).toHaveBeenCalledWith(
    expect.stringContaining('payment could not be started'),
    expect.anything(),
  );
  logged.mockRestore();

  expect(refused).toMatchObject({ ok: false, error: { code: 'PAYMENT_FAILED' } });
  expect(shop.cloud.database.find('orders', { _openid: 'o-alice' })).toEqual([]);
  expect(stockOf(shop, LIMITED.croissant.skuId)).toBe(before);
  expect(dataOf(await alice.cart()).lines).toHaveLength(1);

  const placed = dataOf(await alice.place({ idempotencyKey }));
  expect(placed.order.status).toBe('PENDING_PAYMENT');
  expect(stockOf(shop, LIMITED.croissant.skuId)).toBe((before ?? 0) - 2);
});

test('an unknown store is NOT_FOUND', async () => {
  expect(await customer(shop, 'o-alice').place({ storeId: 'store-nowhere' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('a store without a merchant number takes no order: preview shows the blocker, place writes nothing', async () => {
  const [store] = shop.cloud.database.find('stores', { _id: 'store-demo' });
  shop.cloud.database.update('stores', { _id: 'store-demo' }, { $unset: { payment: '' } });
  try {
    const frank = customer(shop, 'o-frank');
    dataOf(await frank.add(LIMITED.croissant.productId, 1));
    const before = stockOf(shop, LIMITED.croissant.skuId);
    const trades = shop.cloud.payments.trades().length;

    const preview = dataOf(await frank.preview());
    expect(preview.canPlace).toBe(false);
    expect(preview.blockers).toEqual([expect.objectContaining({ code: 'PAYMENT_UNAVAILABLE' })]);

    expect(await frank.place()).toMatchObject({ ok: false, error: { code: 'PAYMENT_UNAVAILABLE' } });
    expect(shop.cloud.database.find('orders', { _openid: 'o-frank' })).toEqual([]);
    expect(stockOf(shop, LIMITED.croissant.skuId)).toBe(before);
    expect(shop.cloud.payments.trades()).toHaveLength(trades);
    expect(dataOf(await frank.cart()).lines).toHaveLength(1);
  } finally {
    shop.cloud.database.update('stores', { _id: 'store-demo' }, { $set: { payment: store?.payment } });
  }
});
