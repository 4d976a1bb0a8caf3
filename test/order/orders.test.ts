import { customer, LIMITED, payInSandbox, stockOf, storedOrder, tradeOf } from '../support/ordering-calls';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

async function placedOrder(openid: string, productId: string = LIMITED.cinnamonRoll.productId, quantity = 1) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add(productId, quantity));
  return { buyer, placed: dataOf(await buyer.place()) };
}

describe('list and detail', () => {
  test('a customer sees only their own orders, newest first, a page at a time', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      ids.push((await placedOrder('o-lister', 'prod-americano')).placed.order.id);
      await shop.clock.advance(1000);
    }
    await placedOrder('o-someone-else', 'prod-americano');
    const lister = customer(shop, 'o-lister');

    const first = dataOf(await lister.list({ pageSize: 2 }));
    expect(first.orders.map((order) => order.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = dataOf(await lister.list({ pageSize: 2, cursor: first.nextCursor ?? undefined }));
    expect(second.orders.map((order) => order.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    expect(dataOf(await lister.list({ storeId: 'store-elsewhere' })).orders).toEqual([]);
  });

  test("another customer's order is NOT_FOUND for detail and cancel, and stays as it was", async () => {
    const { placed } = await placedOrder('o-victim');
    const before = storedOrder(shop, placed.order.id);
    const mallory = customer(shop, 'o-mallory');
    expect(await mallory.detail(placed.order.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await mallory.cancel(placed.order.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await mallory.detail('0000000000000000000000x')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(storedOrder(shop, placed.order.id)).toEqual(before);
  });
});

describe('cancel', () => {
  test('an unpaid order is CANCELLED and its stock given back once, however often cancel is asked', async () => {
    const before = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
    const { buyer, placed } = await placedOrder('o-undecided', LIMITED.cinnamonRoll.productId, 2);
    expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before - 2);

    const results = await Promise.all([
      buyer.cancel(placed.order.id, '不想要了'),
      buyer.cancel(placed.order.id),
    ]);
    for (const result of results)
      expect(dataOf(result)).toMatchObject({ status: 'CANCELLED', canPay: false, canCancel: false });
    expect(dataOf(await buyer.cancel(placed.order.id)).status).toBe('CANCELLED');
    expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before);
    expect(storedOrder(shop, placed.order.id)).toMatchObject({
      status: 'CANCELLED',
      cancelReason: '不想要了',
    });
    expect(await buyer.payAgain(placed.order.id)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT' },
    });
  });

  test('a paid order not yet accepted is refunded: REFUNDING, stock back, then REFUNDED when the refund settles', async () => {
    const before = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
    const { buyer, placed } = await placedOrder('o-changed-mind');
    const outTradeNo = await payInSandbox(shop, placed.payment);

    const longReason = '计划有变'.repeat(25); // 100 characters, the most a reason may have
    expect(dataOf(await buyer.cancel(placed.order.id, longReason))).toMatchObject({
      status: 'REFUNDING',
      canCancel: false,
    });
    expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before);
    expect(shop.cloud.payments.trade(outTradeNo)?.refunds).toEqual([
      expect.objectContaining({ refundFee: placed.order.totalFen, status: 'PROCESSING' }),
    ]);

    await shop.clock.advance(2 * 60_000);
    expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('REFUNDED');
    const [refund] = shop.cloud.database.find('refunds', { orderId: placed.order.id });
    expect(refund).toMatchObject({ scope: 'order', status: 'SUCCEEDED', requestedBy: 'o-changed-mind' });
    expect(schemaProblems('refunds', refund ?? {})).toEqual([]);
    expect(schemaProblems('orders', storedOrder(shop, placed.order.id))).toEqual([]);
    expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before);
  });

  test('an order the shop accepted can no longer be cancelled', async () => {
    const { buyer, placed } = await placedOrder('o-too-late');
    await payInSandbox(shop, placed.payment);
    shop.cloud.database.update('orders', { _id: placed.order.id }, { $set: { status: 'ACCEPTED' } });
    expect(await buyer.cancel(placed.order.id)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT' },
    });
    expect(storedOrder(shop, placed.order.id).status).toBe('ACCEPTED');
  });

  test('a payment that arrives after the order was cancelled is refunded automatically', async () => {
    const before = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
    const { buyer, placed } = await placedOrder('o-slow-payer');
    dataOf(await buyer.cancel(placed.order.id)); // too soon to close the trade: it stays payable until expiry
    const outTradeNo = tradeOf(shop, placed.payment);
    expect((await shop.cloud.payments.pay(outTradeNo, 'success')).outcome).toBe('paid');
    await shop.cloud.scheduler.idle();

    expect(storedOrder(shop, placed.order.id)).toMatchObject({
      status: 'REFUNDING',
      payment: { paidOutTradeNo: outTradeNo },
    });
    await shop.clock.advance(2 * 60_000);
    expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('REFUNDED');
    expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before);
  });
});
