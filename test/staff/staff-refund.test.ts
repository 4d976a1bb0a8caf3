// staff.refund through the local cloud: full and partial refunds in the payment sandbox, the same request
// refunding once, refund notices delivered twice changing the order once, over-refunds refused, stock given
// back only for items not made, and each role allowed or FORBIDDEN with nothing written.
import { randomUUID } from 'node:crypto';
import type { StaffRefundInput } from '../../typings/contracts/staff';
import type { StaffRole } from '../../server/repositories/staff-repository';
import { customer, LIMITED, payInSandbox, setStock, stockOf, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { addStaff, auditOf, STAFF, staffCall } from './staff-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
  setStock(shop, LIMITED.cinnamonRoll.skuId, 500); // enough for every test's two rolls
});
afterAll(() => shop.close());

/** A paid pickup order of two cinnamon rolls (counted stock) and an americano; its id and trade. */
async function paidRolls(openid: string): Promise<{ orderId: string; outTradeNo: string; totalFen: number }> {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add(LIMITED.cinnamonRoll.productId, 2));
  dataOf(await buyer.add('prod-americano'));
  const placed = dataOf(await buyer.place());
  const outTradeNo = await payInSandbox(shop, placed.payment);
  return { orderId: placed.order.id, outTradeNo, totalFen: placed.order.totalFen };
}

function refund(openid: string, input: { orderId: string } & Partial<StaffRefundInput>) {
  return shop.call('staff', 'refund', { requestId: randomUUID(), reason: '顾客不要了', ...input }, openid);
}

/** Lets the sandbox settle refunds and deliver their notices. */
async function settle(): Promise<void> {
  await shop.clock.advance(2 * 60_000);
  await shop.cloud.scheduler.idle();
}

function rollLine(orderId: string): { lineId: string; quantity: number } {
  const lines = storedOrder(shop, orderId).lines as Array<{
    lineId: string;
    skuId: string;
    quantity: number;
  }>;
  const line = lines.find((candidate) => candidate.skuId === LIMITED.cinnamonRoll.skuId);
  if (!line) throw new Error('no roll line');
  return line;
}

test('a full refund of an accepted order: REFUNDING, then REFUNDED with the whole amount, stock kept', async () => {
  const { orderId, outTradeNo, totalFen } = await paidRolls('o-refund-full');
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  const before = stockOf(shop, LIMITED.cinnamonRoll.skuId);
  expect(dataOf(await refund(STAFF.owner, { orderId }))).toMatchObject({
    amountFen: totalFen,
    status: 'REFUNDING',
  });
  await settle();
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'REFUNDED', refundedFen: totalFen });
  expect(shop.cloud.payments.trade(outTradeNo)?.refunds).toHaveLength(1);
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before);
  expect(schemaProblems('orders', storedOrder(shop, orderId))).toEqual([]);
  const [record] = shop.cloud.database.find('refunds', { orderId });
  expect(schemaProblems('refunds', record ?? {})).toEqual([]);
});

test('two partial refunds adding up to the total: the first leaves the status, the second ends REFUNDED', async () => {
  const { orderId, outTradeNo, totalFen } = await paidRolls('o-refund-parts');
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  const first = dataOf(await refund(STAFF.manager, { orderId, amountFen: 100 }));
  expect(first).toMatchObject({ status: 'ACCEPTED', refundableFen: totalFen - 100 });
  await settle();
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'ACCEPTED', refundedFen: 100 });
  dataOf(await refund(STAFF.manager, { orderId, amountFen: totalFen - 100 }));
  expect(storedOrder(shop, orderId).status).toBe('REFUNDING');
  await settle();
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'REFUNDED', refundedFen: totalFen });
  expect(shop.cloud.payments.trade(outTradeNo)?.refunds.map((r) => r.refundFee)).toEqual([
    100,
    totalFen - 100,
  ]);
  expect(schemaProblems('orders', storedOrder(shop, orderId))).toEqual([]);
});

test('the same requestId twice is one refund in the sandbox, with the same refund number', async () => {
  const { orderId, outTradeNo } = await paidRolls('o-refund-retry');
  const input = { orderId, amountFen: 200, requestId: 'req-same-twice' };
  const [a, b] = await Promise.all([refund(STAFF.owner, input), refund(STAFF.owner, input)]);
  const again = dataOf(await refund(STAFF.owner, input));
  expect(dataOf(a).outRefundNo).toBe(dataOf(b).outRefundNo);
  expect(again.outRefundNo).toBe(dataOf(a).outRefundNo);
  expect(shop.cloud.payments.trade(outTradeNo)?.refunds).toHaveLength(1);
  expect(storedOrder(shop, orderId)).toMatchObject({ refundRequestedFen: 200 });
  expect(await refund(STAFF.owner, { ...input, amountFen: 300 })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { problem: 'REQUEST_ID_REUSED' } },
  });
});

test('a refund notice delivered twice changes the order once', async () => {
  const { orderId, outTradeNo } = await paidRolls('o-refund-twice');
  shop.cloud.payments.control(outTradeNo, { duplicateDeliveries: 3 });
  dataOf(await refund(STAFF.owner, { orderId, amountFen: 150 }));
  await settle();
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'PAID', refundedFen: 150 });
  expect(shop.cloud.payments.deliveries().filter((d) => d.outTradeNo === outTradeNo).length).toBeGreaterThan(
    2,
  );
});

test('over-refunds are refused, alone or at once; nothing is asked back beyond what was paid', async () => {
  const { orderId, outTradeNo, totalFen } = await paidRolls('o-refund-over');
  expect(await refund(STAFF.owner, { orderId, amountFen: totalFen + 1 })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { problem: 'REFUND_EXCEEDS_BALANCE' } },
  });
  const half = Math.ceil(totalFen / 2) + 1;
  const results = await Promise.all([1, 2, 3].map(() => refund(STAFF.owner, { orderId, amountFen: half })));
  expect(results.filter((result) => result.ok)).toHaveLength(1);
  const asked = shop.cloud.payments.trade(outTradeNo)?.refunds.reduce((sum, r) => sum + r.refundFee, 0) ?? 0;
  expect(asked).toBeLessThanOrEqual(totalFen);
  expect(storedOrder(shop, orderId)).toMatchObject({ refundRequestedFen: half });
});

test('stock comes back only for items not made: lines so marked, or an order not yet accepted', async () => {
  const made = await paidRolls('o-refund-made');
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', made.orderId));
  const line = rollLine(made.orderId);
  const start = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
  dataOf(await refund(STAFF.owner, { orderId: made.orderId, lines: [{ lineId: line.lineId, quantity: 1 }] }));
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(start);
  dataOf(
    await refund(STAFF.owner, {
      orderId: made.orderId,
      lines: [{ lineId: line.lineId, quantity: 1, notMade: true }],
    }),
  );
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(start + 1);

  const unaccepted = await paidRolls('o-refund-unaccepted');
  const beforeFull = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
  dataOf(await refund(STAFF.owner, { orderId: unaccepted.orderId }));
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(beforeFull + 2);
  await settle();
  expect(storedOrder(shop, unaccepted.orderId)).toMatchObject({ status: 'REFUNDED', reservations: [] });
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(beforeFull + 2);
});

describe('roles', () => {
  const MAY_REFUND: Record<StaffRole, boolean> = { owner: true, manager: true, clerk: false, kitchen: false };
  test.each([
    ...(Object.keys(STAFF) as StaffRole[]).map((role) => [role, STAFF[role]]),
    ['customer', 'o-refund-self'],
  ])('refund as %s', async (role, openid) => {
    const { orderId, outTradeNo } = await paidRolls('o-refund-self');
    const result = await refund(openid, { orderId, amountFen: 100 });
    if (MAY_REFUND[role as StaffRole]) {
      expect(dataOf(result)).toMatchObject({ amountFen: 100, status: 'PAID' });
      expect(auditOf(shop, orderId).map((entry) => entry.action)).toEqual(['staff.refund']);
      return;
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(storedOrder(shop, orderId).refundRequestedFen).toBeUndefined();
    expect(shop.cloud.database.find('refunds', { orderId })).toEqual([]);
    expect(shop.cloud.payments.trade(outTradeNo)?.refunds).toEqual([]);
    expect(auditOf(shop, orderId).map((entry) => entry.action)).toEqual(['staff.refund.denied']);
  });
});

test('a customer cancelling after a partial refund is refunded the rest, and the order ends REFUNDED in full', async () => {
  const { orderId, outTradeNo, totalFen } = await paidRolls('o-refund-then-cancel');
  dataOf(await refund(STAFF.owner, { orderId, amountFen: 100 }));
  await settle();
  dataOf(await customer(shop, 'o-refund-then-cancel').cancel(orderId));
  await settle();
  expect(shop.cloud.payments.trade(outTradeNo)?.refunds.map((r) => r.refundFee)).toEqual([
    100,
    totalFen - 100,
  ]);
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'REFUNDED', refundedFen: totalFen });
});
