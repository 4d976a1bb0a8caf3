// The orders read rule through the client path pages use (`wx.cloud.database()` of the local cloud): the store's
// active staff get and watch the store's board; customers only their own orders; everyone else is refused.
import { staffMemberId } from '../../server/repositories/staff-member-repository';
import { until } from '../support/customer-phone';
import { dataOf } from '../support/results';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { paidOrder } from '../staff/staff-fixtures';
import {
  addNonMembers,
  BOARD_STATUSES,
  boardQuery,
  DEMO_STAFF,
  errCodeOf,
  FORMER_CLERK,
  idsIn,
  OTHER_STORE,
  OTHER_STORE_MANAGER,
  pageAs,
  PERMISSION_DENIED,
  WatchLog,
} from './security-fixtures';

const BUYER = 'o-security-buyer';
const OTHER_BUYER = 'o-security-other-buyer';
const STAFF_ROLES = Object.entries(DEMO_STAFF);

let shop: TestCloud;
let buyersOrder: string;
beforeAll(async () => {
  shop = await startTestCloud();
  addNonMembers(shop);
  buyersOrder = await paidOrder(shop, BUYER);
});
afterAll(() => shop.close());

describe("the store's active staff", () => {
  test.each(STAFF_ROLES)(
    '%s gets the board query: the store’s orders in the board’s statuses',
    async (_, openid) => {
      const { data } = await boardQuery(pageAs(shop, openid)).get();
      expect(data.map((order) => order._id)).toContain(buyersOrder);
      for (const order of data) {
        expect(order.storeId).toBe(DEMO_STORE);
        expect(BOARD_STATUSES).toContain(order.status);
      }
      const page = pageAs(shop, openid);
      expect((await page.database().collection('orders').doc(buyersOrder).get()).data).toMatchObject({
        _openid: BUYER,
      });
      const db = page.database();
      const single = db.collection('orders').where({ storeId: db.command.in([DEMO_STORE]) });
      expect((await single.count()).total).toBeGreaterThan(0);
    },
  );

  test('every role’s watch starts with the board and sees a new paid order arrive', async () => {
    const watches = STAFF_ROLES.map(([, openid]) => {
      const log = new WatchLog();
      return { log, listener: boardQuery(pageAs(shop, openid)).watch(log.options) };
    });
    for (const { log } of watches) {
      const init = await log.snapshot(1);
      expect(init.type).toBe('init');
      expect(idsIn(init)).toContain(buyersOrder);
    }
    const arriving = await paidOrder(shop, OTHER_BUYER);
    for (const { log } of watches) {
      await until(() => log.snapshots.some((snapshot) => idsIn(snapshot).includes(arriving)));
      const arrival = log.snapshots
        .flatMap((snapshot) => snapshot.docChanges)
        .find((c) => c.docId === arriving);
      expect(arrival).toMatchObject({ queueType: 'enqueue', doc: { status: 'PAID', _openid: OTHER_BUYER } });
      expect(log.errors).toEqual([]);
    }
    await Promise.all(watches.map(({ listener }) => listener.close()));
  });

  test('a query that does not pin storeId with == (or in one value) is refused, for get and watch', async () => {
    const page = pageAs(shop, DEMO_STAFF.manager);
    const db = page.database();
    const orders = db.collection('orders');
    const refusals = [
      orders.where({ status: db.command.in(BOARD_STATUSES) }).get(),
      orders.get(),
      orders.where({ storeId: db.command.in([DEMO_STORE, OTHER_STORE]) }).get(),
      orders.where({ storeId: db.command.neq(OTHER_STORE) }).count(),
    ];
    for (const refusal of refusals) expect(await errCodeOf(refusal)).toBe(PERMISSION_DENIED);
    const error = await orders
      .where({ status: 'PAID' })
      .get()
      .catch((e: Error) => e);
    expect(String(error)).toContain('so a query relying on it must give storeId with ==');
    const log = new WatchLog();
    orders.where({ status: db.command.in(BOARD_STATUSES) }).watch(log.options);
    expect(await log.errCode()).toBe(PERMISSION_DENIED);
  });

  test('someone who joins by invite gets the record id the rule looks for, and follows the board at once', async () => {
    const newcomer = 'o-security-newcomer';
    expect(await errCodeOf(boardQuery(pageAs(shop, newcomer)).get())).toBe(PERMISSION_DENIED);
    const invite = dataOf(
      await shop.call('staff', 'invite', { storeId: DEMO_STORE, role: 'kitchen' }, DEMO_STAFF.manager),
    );
    const joined = dataOf(await shop.call('staff', 'join', { code: invite.code }, newcomer));
    expect(joined.staffId).toBe(`${DEMO_STORE}_${newcomer}`);
    const { data } = await boardQuery(pageAs(shop, newcomer)).get();
    expect(data.map((order) => order._id)).toContain(buyersOrder);
  });

  test('a member removed while watching is cut off at the next change', async () => {
    const leaving = 'o-security-leaving-kitchen';
    const at = new Date(shop.clock.now());
    const id = staffMemberId(DEMO_STORE, leaving);
    shop.cloud.database.insert('staff', [
      {
        _id: id,
        storeId: DEMO_STORE,
        _openid: leaving,
        role: 'kitchen',
        displayName: 'leaving',
        isActive: true,
        createdAt: at,
        updatedAt: at,
      },
    ]);
    const log = new WatchLog();
    const listener = boardQuery(pageAs(shop, leaving)).watch(log.options);
    await log.snapshot(1);
    shop.cloud.database.update(
      'staff',
      { _id: id },
      { $set: { isActive: false, updatedAt: new Date(shop.clock.now()) } },
    );
    await paidOrder(shop, BUYER);
    expect(await log.errCode()).toBe(PERMISSION_DENIED);
    await listener.close();
    expect(await errCodeOf(boardQuery(pageAs(shop, leaving)).get())).toBe(PERMISSION_DENIED);
  });
});

describe('everyone else', () => {
  test.each([
    ['a customer', BUYER],
    ['a member who left', FORMER_CLERK],
    ['another store’s manager', OTHER_STORE_MANAGER],
  ])('%s is refused the board, for get, count and watch', async (_, openid) => {
    expect(await errCodeOf(boardQuery(pageAs(shop, openid)).get())).toBe(PERMISSION_DENIED);
    expect(await errCodeOf(boardQuery(pageAs(shop, openid)).count())).toBe(PERMISSION_DENIED);
    const log = new WatchLog();
    boardQuery(pageAs(shop, openid)).watch(log.options);
    expect(await log.errCode()).toBe(PERMISSION_DENIED);
  });

  test('another store’s manager may follow their own store’s board (empty here), not this one’s orders', async () => {
    const page = pageAs(shop, OTHER_STORE_MANAGER);
    expect((await boardQuery(page, OTHER_STORE).get()).data).toEqual([]);
    expect(await errCodeOf(page.database().collection('orders').doc(buyersOrder).get())).toBe(-1);
  });

  test('a customer reads only their own orders, by _openid, with or without the store', async () => {
    const db = pageAs(shop, BUYER).database();
    const own = await db.collection('orders').where({ _openid: '{openid}' }).get();
    expect(own.data.map((order) => order._id)).toContain(buyersOrder);
    expect(own.data.every((order) => order._openid === BUYER)).toBe(true);
    const inStore = await db.collection('orders').where({ _openid: '{openid}', storeId: DEMO_STORE }).get();
    expect(inStore.data.map((order) => order._id)).toContain(buyersOrder);
    const other = pageAs(shop, OTHER_BUYER).database().collection('orders');
    expect((await other.where({ _openid: '{openid}' }).get()).data.map((o) => o._id)).not.toContain(
      buyersOrder,
    );
    expect(await errCodeOf(other.where({ _openid: BUYER }).get())).toBe(PERMISSION_DENIED);
    expect(await errCodeOf(other.doc(buyersOrder).get())).toBe(-1);
  });
});
