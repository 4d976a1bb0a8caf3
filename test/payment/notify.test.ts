import type { DocumentChange } from '../../emulator/src/db/document-store';
import { customer, payInSandbox, storedOrder, tradeOf } from '../support/ordering-calls';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';

let shop: TestCloud;
let changes: DocumentChange[] = [];
beforeAll(async () => {
  shop = await startTestCloud();
  shop.cloud.database.onChange((change) => changes.push(change));
});
afterAll(() => shop.close());

async function placedOrder(openid: string) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-latte'));
  const placed = dataOf(await buyer.place());
  return { buyer, placed, outTradeNo: tradeOf(shop, placed.payment) };
}

/** The payment notice the platform sends for a paid trade (the fields the sandbox delivers). */
function noticeFor(outTradeNo: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const trade = shop.cloud.payments.trade(outTradeNo);
  if (!trade) throw new Error(`no trade ${outTradeNo}`);
  return {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    subMchId: trade.subMchId,
    totalFee: trade.totalFee,
    cashFee: trade.totalFee,
    transactionId: trade.transactionId ?? '4200000000000000000000000001',
    outTradeNo,
    ...(trade.attach !== undefined && { attach: trade.attach }),
    timeEnd: '20260105100000',
    userInfo: { appId: 'wx0000000000000000', openId: trade.payerOpenid },
    ...overrides,
  };
}

const deliver = async (event: unknown, source = 'wx_paycallback') =>
  (await shop.cloud.runner.invoke('notify', event, { source, openid: '' })) as {
    errcode: number;
    errmsg: string;
  };
const statusChangesOf = (orderId: string) =>
  changes.filter(
    (change) =>
      change.collection === 'orders' &&
      change.id === orderId &&
      change.before?.status !== change.after?.status,
  );
const pickupCounter = (): number =>
  (shop.cloud.database.find('counters', {})[0]?.holderIds as unknown[] | undefined)?.length ?? 0;

test('the same callback delivered 5 times at once, then again later, changes the order once', async () => {
  const { buyer, placed, outTradeNo } = await placedOrder('o-alice');
  shop.cloud.payments.control(outTradeNo, { duplicateDeliveries: 5 });
  changes = [];
  const counterBefore = pickupCounter();

  await payInSandbox(shop, placed.payment);
  const copies = shop.cloud.payments.deliveries().filter((delivery) => delivery.outTradeNo === outTradeNo);
  expect(copies).toHaveLength(5);
  expect(copies.some((copy) => copy.result === 'acknowledged')).toBe(true);

  const paid = dataOf(await buyer.detail(placed.order.id));
  expect(paid).toMatchObject({
    status: 'PAID',
    pickupNumber: expect.stringMatching(/^A\d{3}$/),
    canPay: false,
  });
  expect(statusChangesOf(placed.order.id)).toHaveLength(1);
  expect(pickupCounter()).toBe(counterBefore + 1);
  const afterFirst = storedOrder(shop, placed.order.id);
  expect(schemaProblems('orders', afterFirst)).toEqual([]);

  await shop.clock.advance(60_000);
  expect(await deliver(noticeFor(outTradeNo))).toEqual({ errcode: 0, errmsg: 'OK' });
  expect(storedOrder(shop, placed.order.id)).toEqual(afterFirst);
  expect(pickupCounter()).toBe(counterBefore + 1);
});

test('a callback with the wrong amount or merchant is acknowledged, logged for the shop, and changes nothing', async () => {
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const { placed, outTradeNo } = await placedOrder('o-bob');
  const before = storedOrder(shop, placed.order.id);
  expect(await deliver(noticeFor(outTradeNo, { totalFee: 1, cashFee: 1 }))).toEqual({
    errcode: 0,
    errmsg: 'OK',
  });
  expect(await deliver(noticeFor(outTradeNo, { subMchId: '1900000999' }))).toEqual({
    errcode: 0,
    errmsg: 'OK',
  });
  expect(storedOrder(shop, placed.order.id)).toEqual(before);
  expect(logged).toHaveBeenCalledTimes(2);
  expect(logged).toHaveBeenCalledWith(expect.stringContaining(`does not match order ${placed.order.id}`));
  logged.mockRestore();
});

test('a callback made by a client call changes nothing and gets an error', async () => {
  const warned = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const { placed, outTradeNo } = await placedOrder('o-carol');
  const before = storedOrder(shop, placed.order.id);
  const forged = noticeFor(outTradeNo);
  const answer = await shop.callServerOnly('notify', forged, 'o-carol');
  expect(answer.errcode).not.toBe(0);
  expect(await deliver(forged, 'wx_client,scf')).not.toMatchObject({ errcode: 0 });
  expect(storedOrder(shop, placed.order.id)).toEqual(before);
  expect(warned).toHaveBeenCalledWith('notify called by wx_client: ignored');
  warned.mockRestore();
});

test('a notice for a trade that is not ours is acknowledged and changes nothing', async () => {
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const snapshot = shop.cloud.database.exportSnapshot();
  const notice = {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    outTradeNo: 'SOMEONE-ELSE-1',
    transactionId: 't1',
    totalFee: 100,
    subMchId: '1900000109',
  };
  expect(await deliver(notice)).toEqual({ errcode: 0, errmsg: 'OK' });
  expect(await deliver({ returnCode: 'FAIL' })).toEqual({ errcode: 0, errmsg: 'OK' });
  expect(shop.cloud.database.exportSnapshot()).toEqual(snapshot);
  expect(logged).toHaveBeenCalledWith('payment SOMEONE-ELSE-1 is not one of our trades');
  logged.mockRestore();
});

test('pickup numbers count up per store per day', async () => {
  const numbers: string[] = [];
  for (const openid of ['o-n1', 'o-n2']) {
    const { buyer, placed } = await placedOrder(openid);
    await payInSandbox(shop, placed.payment);
    numbers.push(dataOf(await buyer.detail(placed.order.id)).pickupNumber ?? '');
  }
  const [first = '', second = ''] = numbers;
  expect(Number(second.slice(1))).toBe(Number(first.slice(1)) + 1);

  await shop.clock.set(Date.parse('2026-01-06T08:00:00+08:00')); // the next day in China
  const { buyer, placed } = await placedOrder('o-n3');
  await payInSandbox(shop, placed.payment);
  expect(dataOf(await buyer.detail(placed.order.id)).pickupNumber).toBe('A001');
  for (const counter of shop.cloud.database.find('counters', {}))
    expect(schemaProblems('counters', counter)).toEqual([]);
});

test('a repeat notice finishes numbering a paid order whose first delivery stopped half-way, once that delivery must be over', async () => {
  const { buyer, placed, outTradeNo } = await placedOrder('o-dora');
  await payInSandbox(shop, placed.payment);
  shop.cloud.database.update('orders', { _id: placed.order.id }, { $unset: { pickupNumber: '' } });
  // Right after payment the first delivery may still be numbering it: the repeat asks to come back later.
  expect((await deliver(noticeFor(outTradeNo))).errcode).not.toBe(0);
  expect(dataOf(await buyer.detail(placed.order.id)).pickupNumber).toBeNull();
  await shop.clock.advance(2 * 60_000);
  expect(await deliver(noticeFor(outTradeNo))).toEqual({ errcode: 0, errmsg: 'OK' });
  expect(dataOf(await buyer.detail(placed.order.id)).pickupNumber).toMatch(/^A\d{3}$/);
});
