// "Delete my data": paid orders stay for the shop's accounts under a one-way tombstone without address, remark or
// reason; the unpaid order is cancelled (its stock back) and removed; everything else of the caller is deleted;
// another customer keeps everything; a second erase finds nothing; nothing changes while an order is being made.
import { isTombstone } from '../../server/services/privacy/tombstone';
import { dataOf } from '../support/results';
import { customer, LIMITED, payInSandbox, setStock, stockOf, storedOrder } from '../support/ordering-calls';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import {
  COMPANY_TITLE,
  everything,
  everythingBut,
  giveEverything,
  HOME,
  INVOICE_EMAIL,
  ownedBy,
  PERSONAL_PIECES,
  piecesIn,
  REMARK,
} from './privacy-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  setStock(shop, LIMITED.croissant.skuId, 100);
  setStock(shop, LIMITED.cinnamonRoll.skuId, 100);
});
afterAll(() => shop.close());

const OWNED = [
  'orders',
  'carts',
  'addresses',
  'subscriptions',
  'members',
  'user_coupons',
  'refunds',
  'invoices',
];
const eraseAs = (openid: string) => shop.call('account', 'privacyErase', { confirm: 'erase' }, openid);

test('erase keeps the paid orders without the customer, cancels and removes the unpaid one, deletes the rest', async () => {
  const data = await giveEverything(shop, 'o-leaver');
  await giveEverything(shop, 'o-stayer');
  const stayerBefore = OWNED.map((name) => ownedBy(shop, name, 'o-stayer'));
  const completedBefore = storedOrder(shop, data.completedOrderId);
  const rollsHeld = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
  await shop.clock.advance(6 * 60_000); // old enough for its payment attempt to be closed

  const summary = dataOf(await eraseAs('o-leaver'));

  expect(summary).toMatchObject({
    removed: { orders: 1, carts: 1, addresses: 1, consents: 1, members: 1, coupons: 1, invoices: 1 },
    cancelledOrders: 1,
    anonymisedOrders: 2,
    anonymisedInvoices: 1,
  });
  expect(Date.parse(summary.keptUntil ?? '')).toBeGreaterThan(shop.clock.now() + 2 * 365 * 86_400_000);
  for (const name of OWNED) expect(ownedBy(shop, name, 'o-leaver')).toEqual([]);
  expect(shop.cloud.database.find('orders', { _id: data.unpaidOrderId })).toEqual([]);
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(rollsHeld + 1);

  const completed = storedOrder(shop, data.completedOrderId);
  const refunded = storedOrder(shop, data.refundedOrderId);
  for (const kept of [completed, refunded]) {
    expect(isTombstone(String(kept._openid))).toBe(true);
    expect(kept).not.toHaveProperty('address');
    expect(kept).not.toHaveProperty('remark');
    expect(kept).not.toHaveProperty('cancelReason');
    expect(schemaProblems('orders', kept)).toEqual([]);
  }
  expect(refunded._openid).toBe(completed._openid); // one customer's kept orders still group together
  expect(completed).toMatchObject({
    status: 'COMPLETED',
    totalFen: completedBefore.totalFen,
    lines: completedBefore.lines,
    paidAt: completedBefore.paidAt,
  });
  const [refund] = shop.cloud.database.find('refunds', { orderId: data.refundedOrderId });
  expect(refund).toMatchObject({
    _openid: completed._openid,
    requestedBy: completed._openid,
    status: 'SUCCEEDED',
  });
  expect(schemaProblems('refunds', refund ?? {})).toEqual([]);
  // The issued invoice stays with its order for the shop's accounts, without the email; the pending one went.
  const [issued] = shop.cloud.database.find('invoices', { orderId: data.completedOrderId });
  expect(issued).toMatchObject({ _openid: completed._openid, status: 'issued', title: COMPANY_TITLE });
  expect(issued).not.toHaveProperty('email');
  expect(schemaProblems('invoices', issued ?? {})).toEqual([]);
  expect(shop.cloud.database.find('invoices', { orderId: data.refundedOrderId })).toEqual([]);

  const stored = everything(shop);
  // The stayer's remark, and the title and email of their invoice request, are stored in clear.
  expect(piecesIn(everythingBut(shop, 'o-nobody'), PERSONAL_PIECES)).toEqual([
    HOME.contactName,
    REMARK,
    INVOICE_EMAIL,
  ]);
  expect(piecesIn(everythingBut(shop, 'o-stayer'), ['o-leaver', '临时有事', ...PERSONAL_PIECES])).toEqual([]);
  expect(OWNED.map((name) => ownedBy(shop, name, 'o-stayer'))).toEqual(stayerBefore);
  expect(dataOf(await customer(shop, 'o-leaver').list()).orders).toEqual([]);
  expect(dataOf(await shop.call('account', 'privacyExport', {}, 'o-leaver'))).toMatchObject({
    orders: [],
    carts: [],
    addresses: [],
  });

  const again = dataOf(await eraseAs('o-leaver'));
  expect(again).toMatchObject({
    removed: { orders: 0, carts: 0, addresses: 0, consents: 0, members: 0, coupons: 0 },
    cancelledOrders: 0,
    anonymisedOrders: 0,
    keptUntil: null,
  });
  expect(everything(shop)).toBe(stored);
});

test('an unpaid order too young to close is cancelled with its stock back and kept without the customer until its payment closes', async () => {
  const buyer = customer(shop, 'o-hasty');
  dataOf(await buyer.add(LIMITED.cinnamonRoll.productId, 2));
  const placed = dataOf(await buyer.place());
  const rollsHeld = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;

  expect(dataOf(await eraseAs('o-hasty'))).toMatchObject({ cancelledOrders: 1, anonymisedOrders: 1 });
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(rollsHeld + 2);
  const kept = storedOrder(shop, placed.order.id);
  expect(kept).toMatchObject({ status: 'CANCELLED', paymentCloseDueAt: expect.anything() });
  expect(isTombstone(String(kept._openid))).toBe(true);
  expect(schemaProblems('orders', kept)).toEqual([]);

  await shop.clock.advance(6 * 60_000); // the sweeper closes the attempt once the platform allows it
  expect(shop.cloud.payments.trade(`${placed.order.id}_1`)?.state).toBe('CLOSED');
  expect(storedOrder(shop, placed.order.id)).not.toHaveProperty('paymentCloseDueAt');
});

test('two erases at once leave the same state as one, and between them did everything once', async () => {
  const data = await giveEverything(shop, 'o-double-tap');
  await shop.clock.advance(6 * 60_000);
  const rollsHeld = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;

  const answers = (await Promise.all([eraseAs('o-double-tap'), eraseAs('o-double-tap')])).map(dataOf);

  const sum = (pick: (answer: (typeof answers)[number]) => number) =>
    answers.reduce((total, answer) => total + pick(answer), 0);
  expect(sum((answer) => answer.cancelledOrders)).toBe(1);
  // The unpaid order is removed, or, when one erase saw it while the other was still returning its stock, kept
  // without the customer; either way each order was handled once.
  expect(sum((answer) => answer.anonymisedOrders + answer.removed.orders)).toBe(3);
  const unpaid = shop.cloud.database.find('orders', { _id: data.unpaidOrderId });
  expect(unpaid.every((order) => isTombstone(String(order._openid)) && order.status === 'CANCELLED')).toBe(
    true,
  );
  expect(sum((answer) => answer.removed.addresses)).toBe(1);
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(rollsHeld + 1);
  for (const name of OWNED) expect(ownedBy(shop, name, 'o-double-tap')).toEqual([]);
  expect(isTombstone(String(storedOrder(shop, data.completedOrderId)._openid))).toBe(true);
});

test('export and erase need a signed-in customer', async () => {
  for (const event of [
    { action: 'privacyExport', input: {} },
    { action: 'privacyErase', input: { confirm: 'erase' } },
  ]) {
    const anonymous = await shop.cloud.runner.invoke('account', event, { source: 'wx_client', openid: '' });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  }
});

test('a paid order older than the retention period is removed, not kept', async () => {
  const buyer = customer(shop, 'o-old-timer');
  dataOf(await buyer.add('prod-americano'));
  const placed = dataOf(await buyer.place());
  await payInSandbox(shop, placed.payment);
  const longAgo = new Date(shop.clock.now() - 4 * 365 * 86_400_000);
  shop.cloud.database.update(
    'orders',
    { _id: placed.order.id },
    { $set: { status: 'COMPLETED', paidAt: longAgo, createdAt: longAgo } },
  );

  expect(dataOf(await eraseAs('o-old-timer'))).toMatchObject({ removed: { orders: 1 }, anonymisedOrders: 0 });
  expect(shop.cloud.database.find('orders', { _id: placed.order.id })).toEqual([]);
});

test('while an order is being made nothing is erased, and the refusal says which status it waits for', async () => {
  const data = await giveEverything(shop, 'o-waiting');
  const buyer = customer(shop, 'o-waiting');
  dataOf(await buyer.add('prod-americano'));
  const cooking = dataOf(await buyer.place());
  await payInSandbox(shop, cooking.payment);
  shop.cloud.database.update('orders', { _id: cooking.order.id }, { $set: { status: 'ACCEPTED' } });
  const before = everything(shop);

  expect(await eraseAs('o-waiting')).toMatchObject({
    ok: false,
    error: {
      code: 'ORDER_STATE_CONFLICT',
      message: expect.not.stringContaining(cooking.order.id),
      details: { status: 'ACCEPTED' },
    },
  });
  expect(everything(shop)).toBe(before);
  expect(storedOrder(shop, data.unpaidOrderId).status).toBe('PENDING_PAYMENT');
});

test('erase without the confirmation, or with anything else, is INVALID_INPUT and changes nothing', async () => {
  await giveEverything(shop, 'o-careful');
  const buyer = customer(shop, 'o-careful');
  const before = everything(shop);
  for (const input of [
    {},
    { confirm: 'yes' },
    { confirm: true },
    { confirm: 'erase', openid: 'o-stayer' },
    null,
  ]) {
    expect(await buyer.raw('account', 'privacyErase', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  }
  expect(everything(shop)).toBe(before);
});

test('export and erase cost the same database operations for 1 kept order and for 40', async () => {
  async function customerWithCompletedOrders(openid: string, count: number) {
    const buyer = customer(shop, openid);
    dataOf(await buyer.add('prod-americano'));
    const placed = dataOf(await buyer.place());
    await payInSandbox(shop, placed.payment);
    shop.cloud.database.update('orders', { _id: placed.order.id }, { $set: { status: 'COMPLETED' } });
    const { _id: _ignored, ...template } = storedOrder(shop, placed.order.id);
    shop.cloud.database.insert(
      'orders',
      Array.from({ length: count - 1 }, (_, index) => ({
        ...template,
        _id: `${placed.order.id.slice(0, 20)}c${index.toString().padStart(3, '0')}`,
        idempotencyKey: `copy-${openid}-${index}`,
      })),
    );
  }
  const cost = async (work: () => Promise<unknown>) => {
    shop.cloud.database.resetStats();
    await work();
    return shop.cloud.database.stats().total;
  };
  await customerWithCompletedOrders('o-few', 1);
  await customerWithCompletedOrders('o-many', 40);

  const exportCost = await cost(() => shop.call('account', 'privacyExport', {}, 'o-few'));
  expect(await cost(() => shop.call('account', 'privacyExport', {}, 'o-many'))).toBe(exportCost);
  const few = await cost(async () => dataOf(await eraseAs('o-few')));
  const many = await cost(async () => expect(dataOf(await eraseAs('o-many')).anonymisedOrders).toBe(40));
  expect(many).toBe(few);
  expect(exportCost).toBe(8); // one read per collection
  expect(few).toBeLessThanOrEqual(12);
  expect(ownedBy(shop, 'orders', 'o-many')).toEqual([]);
});
