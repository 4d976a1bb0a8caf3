import { readPayRequest } from '../../emulator/src/pay/pay-wire';
import { customer, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
/** Every outTradeNo a function asked cloud payment to close. */
const closeAsked = new Set<string>();
/** What to do when a trade is being created (by its outTradeNo): the test cancels right then. */
const onTradeCreation = new Map<string, () => void>();
beforeAll(async () => {
  shop = await startTestCloud();
  shop.cloud.dispatcher.observe((request) => {
    if (request.action !== 'wx.wxPayApi') return;
    const { apiName, fields } = readPayRequest(request);
    if (apiName === 'closeOrder') closeAsked.add(String(fields.out_trade_no));
    if (apiName === 'unifiedOrder') onTradeCreation.get(String(fields.out_trade_no))?.();
  });
});
afterAll(() => shop.close());

test('a cancel racing a new payment attempt closes every attempt: now, or by the sweeper once it may', async () => {
  const buyers = Array.from({ length: 20 }, (_, index) => customer(shop, `o-racer-${index}`));
  const orderIds: string[] = [];
  for (const buyer of buyers) {
    dataOf(await buyer.add('prod-latte'));
    orderIds.push(dataOf(await buyer.place()).order.id);
  }
  await shop.clock.advance(6 * 60_000); // the first attempts are old enough to be closed

  const answers = await Promise.all(
    buyers.map(async (buyer, index) => {
      const orderId = orderIds[index] ?? '';
      // The customer cancels while the new attempt's trade is being created.
      let cancelling: Promise<Awaited<ReturnType<typeof buyer.cancel>>> | undefined;
      onTradeCreation.set(`${orderId}_2`, () => {
        cancelling ??= buyer.cancel(orderId);
      });
      const restarted = await buyer.payAgain(orderId);
      const cancelled = await (cancelling ?? buyer.cancel(orderId));
      return { orderId, cancelled, restarted };
    }),
  );

  for (const { orderId, cancelled, restarted } of answers) {
    expect(dataOf(cancelled).status).toBe('CANCELLED');
    if (!restarted.ok) expect(restarted.error.code).toBe('ORDER_STATE_CONFLICT');
    const order = storedOrder(shop, orderId) as { status: string; payment: { attempt: number } };
    expect(order.status).toBe('CANCELLED');
    for (let attempt = 1; attempt <= order.payment.attempt; attempt++) {
      expect(closeAsked).toContain(`${orderId}_${attempt}`);
    }
    expect(shop.cloud.payments.trade(`${orderId}_1`)?.state).toBe('CLOSED');
  }

  // Attempts too young to close when the order was cancelled are closed by the sweeper once they may be.
  await shop.clock.advance(11 * 60_000);
  for (const { orderId } of answers) {
    const order = storedOrder(shop, orderId) as { payment: { attempt: number } };
    for (let attempt = 1; attempt <= order.payment.attempt + 1; attempt++) {
      const trade = shop.cloud.payments.trade(`${orderId}_${attempt}`);
      if (trade) expect([`${orderId}_${attempt}`, trade.state]).toEqual([`${orderId}_${attempt}`, 'CLOSED']);
    }
    expect(storedOrder(shop, orderId)).not.toHaveProperty('paymentCloseDueAt');
  }
}, 60_000);
