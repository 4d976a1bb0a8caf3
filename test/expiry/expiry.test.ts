import { customer, LIMITED, setStock, stockOf, storedOrder, tradeOf } from '../support/ordering-calls';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const MINUTE = 60_000;
const { skuId, productId } = LIMITED.cinnamonRoll;

async function placedOrder(openid: string, quantity = 2) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add(productId, quantity));
  const placed = dataOf(await buyer.place());
  return { buyer, placed, outTradeNo: tradeOf(shop, placed.payment) };
}

const sweep = (event: unknown = {}, source = 'wx_trigger') =>
  shop.cloud.runner.invoke('sweeper', event, { source, openid: '' });

test('an unpaid order expires at the end of its window: payment closed, stock given back exactly once', async () => {
  setStock(shop, skuId, 10);
  const { buyer, placed, outTradeNo } = await placedOrder('o-forgetful');
  expect(stockOf(shop, skuId)).toBe(8);

  await shop.clock.advance(15 * MINUTE - 1);
  expect(dataOf(await buyer.detail(placed.order.id))).toMatchObject({
    status: 'PENDING_PAYMENT',
    canPay: true,
  });
  await shop.clock.advance(10_000); // the delayed task runs a few seconds after the expiry

  expect(dataOf(await buyer.detail(placed.order.id))).toMatchObject({
    status: 'EXPIRED',
    canPay: false,
    canCancel: false,
  });
  expect(stockOf(shop, skuId)).toBe(10);
  expect(shop.cloud.payments.trade(outTradeNo)?.state).toBe('CLOSED');
  expect(shop.cloud.openapi.delayedTasks().at(-1)).toMatchObject({
    functionName: 'sweeper',
    status: 'succeeded',
  });

  await shop.clock.advance(60 * MINUTE); // twelve timer sweeps later
  await sweep({ orderId: placed.order.id }, 'wx_unknown');
  expect(stockOf(shop, skuId)).toBe(10);
});

test('two sweeps at the same time give the stock back once', async () => {
  setStock(shop, skuId, 10);
  const { placed } = await placedOrder('o-raced', 3);
  shop.cloud.database.update(
    'orders',
    { _id: placed.order.id },
    { $set: { expiresAt: new Date(Date.now() - 1) } },
  );

  const reports = await Promise.all([sweep(), sweep(), sweep({ orderId: placed.order.id }, 'wx_unknown')]);

  expect(storedOrder(shop, placed.order.id).status).toBe('EXPIRED');
  expect(stockOf(shop, skuId)).toBe(10);
  expect(reports.map((report) => (report as { expired: number }).expired).reduce((a, b) => a + b, 0)).toBe(1);
});

test('a payment that arrives after expiry ends refunded, and the stock is not given back twice', async () => {
  setStock(shop, skuId, 10);
  const { buyer, placed, outTradeNo } = await placedOrder('o-too-slow');
  await shop.clock.advance(16 * MINUTE);
  expect(storedOrder(shop, placed.order.id).status).toBe('EXPIRED');
  expect(stockOf(shop, skuId)).toBe(10);

  shop.cloud.payments.control(outTradeNo, { payAfterClose: true });
  expect((await shop.cloud.payments.pay(outTradeNo, 'success')).outcome).toBe('paid');
  await shop.cloud.scheduler.idle();
  expect(storedOrder(shop, placed.order.id)).toMatchObject({
    status: 'REFUNDING',
    payment: { paidOutTradeNo: outTradeNo },
  });

  await shop.clock.advance(2 * MINUTE);
  expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('REFUNDED');
  expect(shop.cloud.payments.trade(outTradeNo)?.refunds).toEqual([
    expect.objectContaining({ status: 'SUCCESS' }),
  ]);
  expect(stockOf(shop, skuId)).toBe(10);
});

test('an order found paid while closing its payment is treated as paid, not expired', async () => {
  setStock(shop, skuId, 10);
  const { buyer, placed, outTradeNo } = await placedOrder('o-notice-lost');
  shop.cloud.payments.control(outTradeNo, { outOfOrder: true }); // the notice is held back
  expect((await shop.cloud.payments.pay(outTradeNo, 'success')).outcome).toBe('paid');

  await shop.clock.advance(16 * MINUTE);
  expect(dataOf(await buyer.detail(placed.order.id))).toMatchObject({
    status: 'PAID',
    pickupNumber: expect.any(String),
  });
  expect(stockOf(shop, skuId)).toBe(8);

  const before = storedOrder(shop, placed.order.id);
  shop.cloud.payments.flushHeld();
  await shop.cloud.scheduler.idle();
  expect(storedOrder(shop, placed.order.id)).toEqual(before);
});

test('a refund whose notice never came is settled by the sweep asking about it', async () => {
  const { buyer, placed, outTradeNo } = await placedOrder('o-quiet-refund', 1);
  await shop.cloud.payments.pay(outTradeNo, 'success');
  await shop.cloud.scheduler.idle();
  dataOf(await buyer.cancel(placed.order.id));
  const notify = shop.cloud.runner.load('notify');
  const realMain = notify.main;
  notify.main = async () => ({ errcode: 50001, errmsg: 'lost' }); // every refund notice goes unanswered
  try {
    await shop.clock.advance(30 * MINUTE);
  } finally {
    notify.main = realMain;
  }
  const refundNotices = shop.cloud.payments
    .deliveries()
    .filter((delivery) => delivery.kind === 'refund' && delivery.outTradeNo === outTradeNo);
  expect(refundNotices.length).toBeGreaterThan(0);
  expect(refundNotices.every((delivery) => delivery.result === 'rejected')).toBe(true);
  expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('REFUNDED');
});

test('a client cannot run the sweeper', async () => {
  const { placed } = await placedOrder('o-meddler', 1);
  shop.cloud.database.update(
    'orders',
    { _id: placed.order.id },
    { $set: { expiresAt: new Date(Date.now() - 1) } },
  );
  expect(await shop.callServerOnly('sweeper', {}, 'o-meddler')).toEqual({ error: expect.any(String) });
  expect(storedOrder(shop, placed.order.id).status).toBe('PENDING_PAYMENT');
});
