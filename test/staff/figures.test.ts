// staff.figures against the orders in the database: every figure recomputed here by brute force, for orders
// paid at 23:59 and 00:01 China time, a refunded one, a partly refunded one and an unpaid one, as the days and
// the week roll over.
import type { StaffRole } from '../../server/repositories/staff-repository';
import type { FiguresPeriod, StaffFiguresOutput } from '../../typings/contracts/staff-figures';
import { placePaidOrder } from '../recommend/paid-orders';
import { customer } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { addStaff, FORMER_CLERK, OTHER_STORE_MANAGER, STAFF } from './staff-fixtures';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** China wall-clock time as epoch ms (UTC+8). */
const china = (wallClock: string): number => Date.parse(`${wallClock}+08:00`);

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud(); // the clock starts at 2026-01-05 10:00 China time (a Monday)
  addStaff(shop);
});
afterAll(() => shop.close());

const figures = (period: FiguresPeriod, openid = STAFF.owner) =>
  shop.call('staff', 'figures', { storeId: DEMO_STORE, period }, openid);

/** The figures recomputed in plain JS over every order of the demo store in the database. */
function bruteForce(period: FiguresPeriod): Omit<StaffFiguresOutput, 'topItems'> & {
  units: Map<string, number>;
} {
  const nowMs = shop.clock.now();
  const wall = new Date(nowMs + 8 * HOUR_MS);
  const todayStartMs = china(wall.toISOString().slice(0, 10) + 'T00:00:00');
  const fromMs = todayStartMs - (period === 'week' ? 6 : 0) * DAY_MS;
  const toMs = todayStartMs + DAY_MS;
  const counted = shop.cloud.database.find('orders', { storeId: DEMO_STORE }).filter((order) => {
    const paidAtMs = order.paidAt instanceof Date ? order.paidAt.getTime() : NaN;
    const closedUnpaid = order.cancelledAt !== undefined || order.expiredAt !== undefined;
    return paidAtMs >= fromMs && paidAtMs < toMs && !closedUnpaid;
  });
  const ordersByHour = Array.from({ length: 24 }, () => 0);
  const salesByDay = Array.from({ length: (toMs - fromMs) / DAY_MS }, (_, day) => ({
    date: new Date(fromMs + day * DAY_MS + 8 * HOUR_MS).toISOString().slice(0, 10),
    salesFen: 0,
    orderCount: 0,
  }));
  const units = new Map<string, number>();
  let salesFen = 0;
  let refundsFen = 0;
  for (const order of counted) {
    const hour = new Date((order.paidAt as Date).getTime() + 8 * HOUR_MS).getUTCHours();
    ordersByHour[hour] = (ordersByHour[hour] ?? 0) + 1;
    const day = salesByDay[Math.floor(((order.paidAt as Date).getTime() - fromMs) / DAY_MS)];
    if (day) {
      day.salesFen += order.totalFen as number;
      day.orderCount += 1;
    }
    salesFen += order.totalFen as number;
    const settledFen = order.refundedFen as number | undefined;
    refundsFen += settledFen ?? (order.status === 'REFUNDED' ? (order.totalFen as number) : 0);
    for (const line of order.lines as Array<{ productId: string; quantity: number }>)
      units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
  }
  return {
    period,
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    salesFen,
    orderCount: counted.length,
    averageOrderFen: counted.length === 0 ? 0 : Math.round(salesFen / counted.length),
    refundsFen,
    ordersByHour,
    salesByDay,
    units,
  };
}

/** Asks for the figures and compares each with the brute-force recomputation; answers them. */
async function expectFiguresMatch(period: FiguresPeriod): Promise<StaffFiguresOutput> {
  const answer = dataOf(await figures(period));
  const { units, ...expected } = bruteForce(period);
  const { topItems, ...rest } = answer;
  expect(rest).toEqual(expected);
  const ranked = [...units].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  expect(topItems.map((item) => [item.productId, item.units])).toEqual(ranked);
  const [product] = shop.cloud.database.find('products', { _id: ranked[0]?.[0] });
  expect(topItems[0]).toMatchObject({ name: product?.name, nameEn: product?.nameEn });
  return answer;
}

/** Moves the clock forward to a China wall-clock time. */
const advanceTo = (wallClock: string) => shop.clock.advance(china(wallClock) - shop.clock.now());

describe('figures across midnight China time', () => {
  const ids: Record<string, string> = {};

  test('Monday: a paid order refunded in part, a refunded one and an unpaid one that expires', async () => {
    ids.monday = (await placePaidOrder(shop, [['prod-latte', 2]])).orderId;
    const partial = {
      orderId: ids.monday,
      requestId: 'figures-partial',
      amountFen: 150,
      reason: '少了一杯冰',
    };
    expect(dataOf(await shop.call('staff', 'refund', partial, STAFF.owner)).status).toBe('PAID');
    const refunded = await placePaidOrder(shop, [
      ['prod-mocha', 1],
      ['prod-latte', 1],
    ]);
    dataOf(await customer(shop, refunded.openid).cancel(refunded.orderId, 'changed my mind'));
    const unpaid = customer(shop, 'o-figures-never-pays');
    dataOf(await unpaid.add('prod-espresso', 9));
    dataOf(await unpaid.place());
    await shop.clock.advance(2 * HOUR_MS); // the refund settles, the unpaid order expires
    ids.refunded = refunded.orderId;
    const stored = shop.cloud.database.find('orders', { _id: refunded.orderId })[0];
    expect(stored?.status).toBe('REFUNDED');
    const [partlyRefunded] = shop.cloud.database.find('orders', { _id: ids.monday });
    expect(partlyRefunded).toMatchObject({ status: 'PAID', refundedFen: 150 });
    const today = await expectFiguresMatch('today');
    expect(today).toMatchObject({ orderCount: 2, refundsFen: (stored?.totalFen as number) + 150 });
    expect(today.topItems[0]).toMatchObject({ productId: 'prod-latte', units: 3 });
  });

  test('23:59 counts for the day that ends, 00:01 for the next (hours 23 and 0)', async () => {
    await advanceTo('2026-01-05T23:59:00');
    ids.lateMonday = (await placePaidOrder(shop, [['prod-americano', 1]])).orderId;
    const monday = await expectFiguresMatch('today');
    expect(monday.orderCount).toBe(3);
    expect(monday.ordersByHour[23]).toBe(1);

    await advanceTo('2026-01-06T00:01:00');
    ids.earlyTuesday = (await placePaidOrder(shop, [['prod-espresso', 3]])).orderId;
    const tuesday = await expectFiguresMatch('today');
    expect(tuesday).toMatchObject({ orderCount: 1, from: '2026-01-05T16:00:00.000Z' });
    expect(tuesday.ordersByHour[0]).toBe(1);
    expect(tuesday.topItems).toEqual([expect.objectContaining({ productId: 'prod-espresso', units: 3 })]);
    expect((await expectFiguresMatch('week')).orderCount).toBe(4);
  });

  test('the week is the last 7 China days with today: next Monday drops last Monday', async () => {
    await advanceTo('2026-01-12T00:30:00');
    const { orderId } = await placePaidOrder(shop, [['prod-cappuccino', 1]]);
    const [paid] = shop.cloud.database.find('orders', { _id: orderId });
    shop.cloud.database.insert('orders', [
      { ...paid, _id: `${orderId}X`, storeId: 'store-elsewhere', idempotencyKey: 'elsewhere' },
    ]); // not ours
    const week = await expectFiguresMatch('week');
    expect(week).toMatchObject({ orderCount: 2, refundsFen: 0, from: '2026-01-05T16:00:00.000Z' });
    expect(week.ordersByHour[0]).toBe(2);
    expect(week.salesByDay.map((day) => day.orderCount)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect((await expectFiguresMatch('today')).orderCount).toBe(1);
  });

  test('three reads and the audit entry, whatever the number of orders', async () => {
    const operations: number[] = [];
    shop.cloud.runner.onInvocation((record) => {
      if (record.functionName === 'staff') operations.push(record.databaseOperations);
    });
    await expectFiguresMatch('week');
    expect(operations).toEqual([4]);
  });
});

describe('roles', () => {
  const MAY_SEE: Record<StaffRole, boolean> = { owner: true, manager: true, clerk: false, kitchen: false };
  const auditCount = () => shop.cloud.database.find('audit_log', {}).length;

  test.each(Object.keys(MAY_SEE) as StaffRole[])('figures as %s', async (role) => {
    const seen = new Set(shop.cloud.database.find('audit_log', {}).map((entry) => entry._id));
    const result = await figures('today', STAFF[role]);
    if (MAY_SEE[role]) expect(dataOf(result).period).toBe('today');
    else expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const added = shop.cloud.database.find('audit_log', {}).filter((entry) => !seen.has(entry._id));
    expect(added).toHaveLength(1);
    const [entry] = added;
    expect(entry).toMatchObject({
      storeId: DEMO_STORE,
      actorRole: role,
      action: MAY_SEE[role] ? 'staff.figures' : 'staff.figures.denied',
      after: { period: 'today' },
    });
    expect(schemaProblems('audit_log', entry ?? {})).toEqual([]);
  });

  test.each([
    ['a customer', 'o-figures-customer', 'none'],
    ['a clerk who left', FORMER_CLERK, 'clerk'],
    ["another store's manager", OTHER_STORE_MANAGER, 'none'],
  ])('%s is FORBIDDEN, only the denial is written', async (_who, openid, loggedRole) => {
    const ordersBefore = JSON.stringify(shop.cloud.database.find('orders', {}));
    const audits = auditCount();
    expect(await figures('week', openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(shop.cloud.database.find('orders', {}))).toBe(ordersBefore);
    expect(auditCount()).toBe(audits + 1);
    expect(shop.cloud.database.find('audit_log', { actorOpenid: openid }).at(-1)).toMatchObject({
      action: 'staff.figures.denied',
      actorRole: loggedRole,
    });
  });

  test('a period other than today or week is refused before anything is read', async () => {
    const result = await shop.callRaw(
      'staff',
      { action: 'figures', input: { storeId: DEMO_STORE, period: 'year' } },
      STAFF.owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
