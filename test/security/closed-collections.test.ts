// No page reads or watches `staff`, `staff_codes` or `audit_log`, and none writes orders or staff — staff or not.
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { paidOrder } from '../staff/staff-fixtures';
import { DEMO_STAFF, errCodeOf, pageAs, PERMISSION_DENIED, WatchLog } from './security-fixtures';

const CUSTOMER = 'o-security-closed-customer';
const CALLERS = [...Object.entries(DEMO_STAFF), ['customer', CUSTOMER]];
const CLOSED = ['staff', 'staff_codes', 'audit_log'];
/** What `doc(id).get()` answers for a document the caller may not read: as if it did not exist. */
const NOT_FOUND = -1;

let shop: TestCloud;
let order: string;
beforeAll(async () => {
  shop = await startTestCloud();
  order = await paidOrder(shop, CUSTOMER);
});
afterAll(() => shop.close());

/** Every collection's documents, to compare before and after refused writes. */
function everything(): Record<string, unknown[]> {
  const database = shop.cloud.database;
  return Object.fromEntries(database.collectionNames().map((name) => [name, database.find(name)]));
}

test.each(CALLERS)('%s can neither read nor watch staff, staff_codes or audit_log', async (_, openid) => {
  const db = pageAs(shop, openid).database();
  for (const name of CLOSED) {
    const someId = shop.cloud.database.find(name)[0]?._id ?? 'x';
    expect(await errCodeOf(db.collection(name).get())).toBe(PERMISSION_DENIED);
    expect(await errCodeOf(db.collection(name).where({ _openid: '{openid}' }).get())).toBe(PERMISSION_DENIED);
    expect(await errCodeOf(db.collection(name).where({ storeId: DEMO_STORE }).count())).toBe(
      PERMISSION_DENIED,
    );
    expect(await errCodeOf(db.collection(name).doc(someId).get())).toBe(NOT_FOUND);
    const log = new WatchLog();
    db.collection(name).where({ storeId: DEMO_STORE }).watch(log.options);
    expect(await log.errCode()).toBe(PERMISSION_DENIED);
  }
  // Their own staff record too: the id is guessable, so it answers as missing.
  expect(await errCodeOf(db.collection('staff').doc(`${DEMO_STORE}_${openid}`).get())).toBe(NOT_FOUND);
});

test.each(CALLERS)('%s writes neither orders nor staff; nothing changes', async (_, openid) => {
  const before = everything();
  const db = pageAs(shop, openid).database();
  const ownRecord = `${DEMO_STORE}_${openid}`;
  const denied = { errCode: PERMISSION_DENIED };
  // Every caller here may read the order (its buyer, or the store's staff), so its doc writes are refused
  // outright; a doc write to a record the caller may not even read changes nothing and answers as missing.
  const attempts: Array<[Promise<unknown>, unknown]> = [
    [db.collection('orders').add({ data: { storeId: DEMO_STORE, status: 'PAID' } }), denied],
    [
      db
        .collection('orders')
        .doc(order)
        .update({ data: { status: 'COMPLETED' } }),
      denied,
    ],
    [db.collection('orders').doc(order).remove(), denied],
    [
      db
        .collection('orders')
        .where({ storeId: DEMO_STORE })
        .update({ data: { status: 'READY' } }),
      denied,
    ],
    [db.collection('orders').where({ _openid: '{openid}' }).remove(), denied],
    [db.collection('staff').add({ data: { storeId: DEMO_STORE, role: 'owner', isActive: true } }), denied],
    [
      db
        .collection('staff')
        .doc(ownRecord)
        .update({ data: { role: 'owner' } }),
      { stats: { updated: 0 } },
    ],
    [db.collection('staff').doc(ownRecord).remove(), { stats: { removed: 0 } }],
    [
      db
        .collection('staff')
        .where({ storeId: DEMO_STORE })
        .update({ data: { isActive: false } }),
      denied,
    ],
    [db.collection('staff').where({ storeId: DEMO_STORE }).remove(), denied],
  ];
  for (const [attempt, expected] of attempts) {
    const outcome = await attempt.then(
      (answer) => ({ stats: (answer as { stats?: unknown }).stats }),
      (error: { errCode?: number }) => ({ errCode: error.errCode }),
    );
    expect(outcome).toEqual(expected);
  }
  expect(everything()).toEqual(before);
});
