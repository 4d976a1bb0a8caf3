// Pickup numbers under a crowd of payment notices: each paid order gets its number in the notice that
// paid it, numbers are unique and gap-free, and a re-run gives an order the number it was given before.
import { customer, storedOrder } from '../support/ordering-calls';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const CROWD = 100;

interface PaidNotice {
  orderId: string;
  event: Record<string, unknown>;
}

/** Places `count` one-latte orders and pays each in the sandbox, keeping its notice back (not delivered). */
async function paidButUnnotified(prefix: string, count: number): Promise<PaidNotice[]> {
  const orders: Array<{ orderId: string; outTradeNo: string }> = [];
  for (let index = 0; index < count; index++) {
    const buyer = customer(shop, `${prefix}-${index}`);
    dataOf(await buyer.add('prod-latte'));
    const placed = dataOf(await buyer.place());
    const trade = shop.cloud.payments.tradeForPayment(placed.payment.package);
    if (!trade) throw new Error(`no trade for order ${placed.order.id}`);
    orders.push({ orderId: placed.order.id, outTradeNo: trade.outTradeNo });
  }
  for (const { outTradeNo } of orders) {
    shop.cloud.payments.control(outTradeNo, { outOfOrder: true }); // paid, its notice parked
    expect((await shop.cloud.payments.pay(outTradeNo)).outcome).toBe('paid');
  }
  const held = shop.cloud.payments.heldNotices();
  return orders.map(({ orderId, outTradeNo }) => {
    const notice = held.find((candidate) => candidate.outTradeNo === outTradeNo);
    if (!notice) throw new Error(`no notice for ${outTradeNo}`);
    return { orderId, event: notice.event };
  });
}

const deliver = async (event: unknown) =>
  (await shop.cloud.runner.invoke('notify', event, { source: 'wx_paycallback', openid: '' })) as {
    errcode: number;
  };

const numberOf = (orderId: string): unknown => storedOrder(shop, orderId).pickupNumber;

test(`${CROWD} payment notices at once number ${CROWD} paid orders 1..${CROWD}, each within its own notice`, async () => {
  const notices = await paidButUnnotified('o-lunch', CROWD);
  const replies = await Promise.all(notices.map(({ event }) => deliver(event)));
  expect(replies.map((reply) => reply.errcode)).toEqual(notices.map(() => 0));

  const numbers = notices.map(({ orderId }) => numberOf(orderId));
  expect(notices.map(({ orderId }) => storedOrder(shop, orderId).status)).toEqual(notices.map(() => 'PAID'));
  const expected = Array.from({ length: CROWD }, (_, index) => `A${String(index + 1).padStart(3, '0')}`);
  expect([...numbers].sort()).toEqual(expected);
  for (const counter of shop.cloud.database.find('counters', {}))
    expect(schemaProblems('counters', counter)).toEqual([]);
}, 60_000);

test('a notice re-delivered after a run stopped before numbering gives the order the number it took, and skips none', async () => {
  const [first, second] = await paidButUnnotified('o-halfway', 2);
  if (!first || !second) throw new Error('two orders expected');
  expect((await deliver(first.event)).errcode).toBe(0);
  const given = numberOf(first.orderId);
  expect(given).toMatch(/^A\d{3}$/);

  // The run took its place in the day's sequence, then stopped before writing it on the order.
  shop.cloud.database.update('orders', { _id: first.orderId }, { $unset: { pickupNumber: '' } });
  await shop.clock.advance(2 * 60_000); // past the time any first delivery can still be running
  expect((await deliver(first.event)).errcode).toBe(0);
  expect(numberOf(first.orderId)).toBe(given);

  expect((await deliver(second.event)).errcode).toBe(0);
  expect(Number(String(numberOf(second.orderId)).slice(1))).toBe(Number(String(given).slice(1)) + 1);

  // Delivered yet again, both keep their numbers.
  await Promise.all([deliver(first.event), deliver(second.event), deliver(first.event)]);
  expect(numberOf(first.orderId)).toBe(given);
});
