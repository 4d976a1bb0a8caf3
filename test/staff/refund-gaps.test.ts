// staff.refund where the first version fell short: a COMPLETED order refunded within its window by the owner
// or a manager (FORBIDDEN for the others, refused after the window), a partial refund that could not be sent
// sent again by the sweeper, a cancel racing a partial refund still ending REFUNDED, and a line refunded at most
// as many times as it has items (LINE_ALREADY_REFUNDED).
import { randomUUID } from 'node:crypto';
import type { StaffRefundInput } from '../../typings/contracts/staff';
import type { StaffRole } from '../../server/repositories/staff-repository';
import { customer, LIMITED, payInSandbox, setStock, stockOf, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import type { TestCloud } from '../support/test-cloud';
import { cancelRacingPartialRefund, fulfilOrder, startProbeCloud } from './probe-functions';
import { addStaff, auditOf, STAFF, staffCall } from './staff-fixtures';

let shop: TestCloud;
let refundsBlocked = false;
beforeAll(async () => {
  shop = await startProbeCloud();
  addStaff(shop);
  setStock(shop, LIMITED.cinnamonRoll.skuId, 500);
  // Cloud payment out of reach for refunds while the flag is up (the SDK call fails as a network fault would).
  shop.cloud.dispatcher.gate((request) => {
    if (refundsBlocked && request.action === 'wx.wxPayApi' && request.params.apiName === 'refund') {
      throw new Error('cloud payment unreachable');
    }
  });
});
afterAll(() => shop.close());

const DAY_MS = 24 * 60 * 60 * 1000;
const sweep = () => shop.cloud.runner.invoke('sweeper', {}, { source: 'wx_trigger', openid: '' });
const refundsOf = (outTradeNo: string) => shop.cloud.payments.trade(outTradeNo)?.refunds ?? [];

async function paidRolls(openid: string): Promise<{ orderId: string; outTradeNo: string; totalFen: number }> {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add(LIMITED.cinnamonRoll.productId, 2));
  dataOf(await buyer.add('prod-americano'));
  const placed = dataOf(await buyer.place());
  const outTradeNo = await payInSandbox(shop, placed.payment);
  return { orderId: placed.order.id, outTradeNo, totalFen: placed.order.totalFen };
}

async function completedRolls(openid: string) {
  const paid = await paidRolls(openid);
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', paid.orderId));
  dataOf(await staffCall(shop, STAFF.clerk, 'markReady', paid.orderId));
  await fulfilOrder(shop, paid.orderId);
  expect(storedOrder(shop, paid.orderId).status).toBe('COMPLETED');
  return paid;
}

function refund(openid: string, input: { orderId: string } & Partial<StaffRefundInput>) {
  return shop.call('staff', 'refund', { requestId: randomUUID(), reason: '顾客投诉', ...input }, openid);
}

async function settle(): Promise<void> {
  await shop.clock.advance(2 * 60_000);
  await shop.cloud.scheduler.idle();
}

function rollLine(orderId: string): string {
  const lines = storedOrder(shop, orderId).lines as Array<{ lineId: string; skuId: string }>;
  const line = lines.find((candidate) => candidate.skuId === LIMITED.cinnamonRoll.skuId);
  if (!line) throw new Error('no roll line');
  return line.lineId;
}

describe('a COMPLETED order', () => {
  const MAY_REFUND: Record<StaffRole, boolean> = { owner: true, manager: true, clerk: false, kitchen: false };
  test.each([
    ...(Object.keys(STAFF) as StaffRole[]).map((role) => [role, STAFF[role]]),
    ['customer', 'o-gap-self'],
  ])('a full refund within its window, by the %s (owner and manager only)', async (role, openid) => {
    const { orderId, outTradeNo, totalFen } = await completedRolls('o-gap-self');
    const stock = stockOf(shop, LIMITED.cinnamonRoll.skuId);
    const result = await refund(openid, { orderId });
    if (!MAY_REFUND[role as StaffRole]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(storedOrder(shop, orderId)).toMatchObject({ status: 'COMPLETED' });
      expect(storedOrder(shop, orderId).refundRequestedFen).toBeUndefined();
      expect(refundsOf(outTradeNo)).toEqual([]);
      expect(auditOf(shop, orderId).at(-1)).toMatchObject({ action: 'staff.refund.denied' });
      return;
    }
    expect(dataOf(result)).toMatchObject({ amountFen: totalFen, status: 'REFUNDING' });
    await settle();
    expect(storedOrder(shop, orderId)).toMatchObject({ status: 'REFUNDED', refundedFen: totalFen });
    expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(stock); // handed over: nothing back on the shelf
    expect(schemaProblems('orders', storedOrder(shop, orderId))).toEqual([]);
    expect(auditOf(shop, orderId).at(-1)).toMatchObject({ action: 'staff.refund', actorRole: role });
  });

  test('past the window it is refused and nothing is written', async () => {
    const { orderId, outTradeNo } = await completedRolls('o-gap-late');
    const eightDaysAgo = new Date(shop.clock.now() - 8 * DAY_MS);
    shop.cloud.database.update('orders', { _id: orderId }, { $set: { completedAt: eightDaysAgo } });
    expect(await refund(STAFF.owner, { orderId, amountFen: 100 })).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT', details: { status: 'COMPLETED' } },
    });
    expect(storedOrder(shop, orderId).refundRequestedFen).toBeUndefined();
    expect(refundsOf(outTradeNo)).toEqual([]);
  });
});

test('a partial refund that could not be sent is sent by the sweeper with the same number, then settles', async () => {
  const { orderId, outTradeNo } = await paidRolls('o-gap-unsent');
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  refundsBlocked = true;
  const asked = dataOf(await refund(STAFF.manager, { orderId, amountFen: 120 }));
  refundsBlocked = false;
  expect(asked).toMatchObject({ refundStatus: 'PENDING', status: 'ACCEPTED' });
  expect(refundsOf(outTradeNo)).toEqual([]);
  expect(storedOrder(shop, orderId).refundRetryDueAt).toEqual(expect.any(Date));

  expect(await sweep()).toMatchObject({ refundsChecked: 1 });
  expect(refundsOf(outTradeNo).map((r) => [r.outRefundNo, r.refundFee])).toEqual([[asked.outRefundNo, 120]]);
  await settle();
  const settled = storedOrder(shop, orderId);
  expect(settled).toMatchObject({ status: 'ACCEPTED', refundedFen: 120 });
  expect(settled.refundRetryDueAt).toBeUndefined();
  expect(schemaProblems('orders', settled)).toEqual([]);
  expect(refundsOf(outTradeNo)).toHaveLength(1);
});

test('a cancel racing a partial refund decides again and refunds the rest: REFUNDED in full, never stuck', async () => {
  const { orderId, outTradeNo, totalFen } = await paidRolls('o-gap-race');
  expect(await cancelRacingPartialRefund(shop, orderId, STAFF.owner, 100)).toBe('changed');
  expect(storedOrder(shop, orderId).status).toBe('PAID');
  dataOf(await customer(shop, 'o-gap-race').cancel(orderId));
  await settle();
  expect(refundsOf(outTradeNo).map((r) => r.refundFee)).toEqual([100, totalFen - 100]);
  const order = storedOrder(shop, orderId);
  expect(order).toMatchObject({ status: 'REFUNDED', refundedFen: totalFen });
  expect(schemaProblems('orders', order)).toEqual([]);
});

test('a cancel whose rest could not be sent, after a partial refund, is sent by the sweeper and ends REFUNDED', async () => {
  const { orderId, outTradeNo, totalFen } = await paidRolls('o-gap-rest-unsent');
  dataOf(await refund(STAFF.owner, { orderId, amountFen: 100 }));
  await settle();
  refundsBlocked = true;
  dataOf(await customer(shop, 'o-gap-rest-unsent').cancel(orderId));
  refundsBlocked = false;
  expect(storedOrder(shop, orderId).status).toBe('REFUNDING');
  await shop.clock.advance(11 * 60_000); // past the recheck delay: the timer's sweep sends the rest
  await shop.cloud.scheduler.idle();
  await sweep();
  await settle();
  expect(refundsOf(outTradeNo).map((r) => r.refundFee)).toEqual([100, totalFen - 100]);
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'REFUNDED', refundedFen: totalFen });
});

test('a line is refunded at most as many times as it has items: LINE_ALREADY_REFUNDED, nothing written', async () => {
  const { orderId, outTradeNo } = await paidRolls('o-gap-lines');
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  const lineId = rollLine(orderId);
  dataOf(await refund(STAFF.owner, { orderId, lines: [{ lineId, quantity: 1 }] }));
  const asked = storedOrder(shop, orderId).refundRequestedFen;

  const over = await refund(STAFF.owner, { orderId, lines: [{ lineId, quantity: 2 }] });
  expect(over).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { field: 'lines', problem: 'LINE_ALREADY_REFUNDED', limit: 1 } },
  });
  expect(storedOrder(shop, orderId).refundRequestedFen).toBe(asked);
  expect(refundsOf(outTradeNo)).toHaveLength(1);

  dataOf(await refund(STAFF.owner, { orderId, lines: [{ lineId, quantity: 1 }] }));
  expect(await refund(STAFF.owner, { orderId, lines: [{ lineId, quantity: 1 }] })).toMatchObject({
    error: { details: { problem: 'LINE_ALREADY_REFUNDED', limit: 0 } },
  });
  expect(refundsOf(outTradeNo)).toHaveLength(2);
  expect(schemaProblems('orders', storedOrder(shop, orderId))).toEqual([]);
});
