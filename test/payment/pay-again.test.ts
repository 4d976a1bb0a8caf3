import { customer, payInSandbox, storedOrder, tradeOf } from '../support/ordering-calls';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

async function placedOrder(openid: string) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-latte'));
  return { buyer, placed: dataOf(await buyer.place()) };
}

test.each(['cancel', 'fail'] as const)(
  'after a %s on the payment sheet, pay starts a new attempt that can be paid',
  async (outcome) => {
    const { buyer, placed } = await placedOrder(`o-${outcome}`);
    const firstTrade = await payInSandbox(shop, placed.payment, outcome);
    expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('PENDING_PAYMENT');

    const again = dataOf(await buyer.payAgain(placed.order.id));
    const secondTrade = tradeOf(shop, again.payment);
    expect(again.orderId).toBe(placed.order.id);
    expect(secondTrade).not.toBe(firstTrade);
    expect(storedOrder(shop, placed.order.id).payment).toMatchObject({ attempt: 2, outTradeNo: secondTrade });

    await payInSandbox(shop, again.payment);
    const paid = dataOf(await buyer.detail(placed.order.id));
    expect(paid).toMatchObject({ status: 'PAID', canPay: false });
    expect(storedOrder(shop, placed.order.id).payment).toMatchObject({ paidOutTradeNo: secondTrade });
  },
);

test("another customer's order is NOT_FOUND, exactly like an order that does not exist", async () => {
  const { placed } = await placedOrder('o-owner');
  const mallory = customer(shop, 'o-mallory');
  const foreign = await mallory.payAgain(placed.order.id);
  const missing = await mallory.payAgain('0000000000000000000000x');
  expect(foreign).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(missing).toEqual(foreign);
  expect(storedOrder(shop, placed.order.id).payment).toMatchObject({ attempt: 1 });
});

test('a paid order cannot be paid again: ORDER_STATE_CONFLICT', async () => {
  const { buyer, placed } = await placedOrder('o-paid');
  await payInSandbox(shop, placed.payment);
  expect(await buyer.payAgain(placed.order.id)).toMatchObject({
    ok: false,
    error: { code: 'ORDER_STATE_CONFLICT' },
  });
});

test('when two attempts are both paid, the order is paid once and the second payment is refunded', async () => {
  const { buyer, placed } = await placedOrder('o-twice');
  const again = dataOf(await buyer.payAgain(placed.order.id));
  const first = await payInSandbox(shop, placed.payment);
  const second = await payInSandbox(shop, again.payment);

  const order = storedOrder(shop, placed.order.id);
  expect(order).toMatchObject({ status: 'PAID', payment: { paidOutTradeNo: first } });
  const [refund] = shop.cloud.database.find('refunds', { outTradeNo: second });
  expect(refund).toMatchObject({
    scope: 'duplicate_payment',
    status: 'PENDING',
    amountFen: placed.order.totalFen,
  });
  expect(shop.cloud.payments.trade(second)?.refunds).toHaveLength(1);

  await shop.clock.advance(2 * 60_000); // the refund settles and its notice arrives
  expect(shop.cloud.database.find('refunds', { outTradeNo: second })[0]).toMatchObject({
    status: 'SUCCEEDED',
  });
  expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('PAID');
});

test('an expired order cannot be paid again: ORDER_STATE_CONFLICT', async () => {
  const { buyer, placed } = await placedOrder('o-late');
  await shop.clock.advance(16 * 60_000);
  expect(await buyer.payAgain(placed.order.id)).toMatchObject({
    ok: false,
    error: { code: 'ORDER_STATE_CONFLICT' },
  });
});
