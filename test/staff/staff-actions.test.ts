import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import type { StaffRole } from '../../server/repositories/staff-repository';
import { customer, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import {
  addStaff,
  auditOf,
  FORMER_CLERK,
  OTHER_STORE_MANAGER,
  paidOrder,
  STAFF,
  staffCall,
} from './staff-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const ROLES = Object.keys(STAFF) as StaffRole[];
/** Who may accept (front of house); everyone may mark ready. */
const MAY_ACCEPT: Record<StaffRole, boolean> = { owner: true, manager: true, clerk: true, kitchen: false };

async function acceptedOrder(openid: string): Promise<string> {
  const orderId = await paidOrder(shop, openid);
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  return orderId;
}

describe('roles', () => {
  test.each(ROLES)('accept as %s', async (role) => {
    const orderId = await paidOrder(shop, `o-buyer-accept-${role}`);
    const result = await staffCall(shop, STAFF[role], 'accept', orderId);
    if (MAY_ACCEPT[role]) {
      expect(dataOf(result)).toEqual({ orderId, status: 'ACCEPTED' });
      expect(storedOrder(shop, orderId)).toMatchObject({ status: 'ACCEPTED', acceptedAt: expect.any(Date) });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(storedOrder(shop, orderId).status).toBe('PAID');
    }
  });

  test.each(ROLES)('markReady as %s', async (role) => {
    const orderId = await acceptedOrder(`o-buyer-ready-${role}`);
    expect(dataOf(await staffCall(shop, STAFF[role], 'markReady', orderId))).toEqual({
      orderId,
      status: 'READY',
    });
    expect(storedOrder(shop, orderId)).toMatchObject({ status: 'READY', readyAt: expect.any(Date) });
  });

  test('an accepted action is in the audit log: who, what, on which order, before and after, when', async () => {
    const orderId = await paidOrder(shop, 'o-buyer-audited');
    dataOf(await staffCall(shop, STAFF.manager, 'accept', orderId));
    const [entry, ...others] = auditOf(shop, orderId);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      storeId: 'store-demo',
      actorOpenid: STAFF.manager,
      actorRole: 'manager',
      action: 'staff.accept',
      targetCollection: 'orders',
      targetId: orderId,
      before: { status: 'PAID' },
      after: { status: 'ACCEPTED' },
      createdAt: expect.any(Date),
    });
    expect(schemaProblems('audit_log', entry ?? {})).toEqual([]);
  });
});

describe('refusals', () => {
  test.each([
    ['the customer who ordered', 'o-buyer-self-service', 'none'],
    ['a clerk who left', FORMER_CLERK, 'clerk'],
    ["another store's manager", OTHER_STORE_MANAGER, 'none'],
    ['the kitchen, accepting', STAFF.kitchen, 'kitchen'],
  ])('%s is FORBIDDEN, nothing is written and the attempt is logged', async (_who, openid, role) => {
    const orderId = await paidOrder(shop, 'o-buyer-self-service');
    const before = storedOrder(shop, orderId);
    const actions = openid === STAFF.kitchen ? (['accept'] as const) : (['accept', 'markReady'] as const);
    for (const action of actions) {
      expect(await staffCall(shop, openid, action, orderId)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(storedOrder(shop, orderId)).toEqual(before);
    const entries = auditOf(shop, orderId);
    expect(entries).toEqual(
      actions.map((action) =>
        expect.objectContaining({
          actorOpenid: openid,
          actorRole: role,
          action: `staff.${action}.denied`,
          targetId: orderId,
          before: { status: 'PAID' },
          after: null,
        }),
      ),
    );
    for (const entry of entries) expect(schemaProblems('audit_log', entry)).toEqual([]);
  });

  test('no client reads or writes the staff list or the audit log, not even a staff member', async () => {
    const phone = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid: STAFF.owner });
    phone.init();
    const db = phone.database();
    for (const collection of ['staff', 'audit_log']) {
      await expect(db.collection(collection).where({ _openid: '{openid}' }).get()).rejects.toThrow(/-502003/);
      await expect(db.collection(collection).add({ data: { role: 'owner' } })).rejects.toThrow(/-502003/);
    }
  });

  test('an unknown order is NOT_FOUND and a malformed id INVALID_INPUT', async () => {
    expect(await staffCall(shop, STAFF.owner, 'accept', 'NoSuchOrder000000000000')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await shop.callRaw(
        'staff',
        { action: 'accept', input: { orderId: '../x', storeId: 'store-demo' } },
        STAFF.owner,
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('state', () => {
  test('repeating an action answers the same status and logs it once, even when asked at once', async () => {
    const orderId = await paidOrder(shop, 'o-buyer-repeat');
    const accepts = await Promise.all([
      staffCall(shop, STAFF.clerk, 'accept', orderId),
      staffCall(shop, STAFF.manager, 'accept', orderId),
    ]);
    for (const result of accepts) expect(dataOf(result)).toEqual({ orderId, status: 'ACCEPTED' });
    expect(dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId)).status).toBe('ACCEPTED');
    dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));
    expect(dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId)).status).toBe('READY');
    expect(auditOf(shop, orderId).map((entry) => entry.action)).toEqual([
      'staff.accept',
      'staff.markReady',
      'notice.orderReady',
    ]);
  });

  test('a step from the wrong status is ORDER_STATE_CONFLICT: PAID is not marked ready before it is accepted', async () => {
    const orderId = await paidOrder(shop, 'o-buyer-too-soon');
    expect(await staffCall(shop, STAFF.owner, 'markReady', orderId)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT', details: { from: 'PAID', to: 'READY' } },
    });
    dataOf(await staffCall(shop, STAFF.owner, 'accept', orderId));
    dataOf(await staffCall(shop, STAFF.owner, 'markReady', orderId));
    expect(await staffCall(shop, STAFF.owner, 'accept', orderId)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT', details: { from: 'READY', to: 'ACCEPTED' } },
    });
  });

  test('accept racing the customer’s cancel: exactly one wins and the order is what the winner says', async () => {
    const buyer = customer(shop, 'o-buyer-racing');
    const orderId = await paidOrder(shop, buyer.openid);
    const [accepted, cancelled] = await Promise.all([
      staffCall(shop, STAFF.clerk, 'accept', orderId),
      buyer.cancel(orderId),
    ]);
    expect([accepted.ok, cancelled.ok].filter(Boolean)).toHaveLength(1);
    const status = storedOrder(shop, orderId).status;
    if (accepted.ok) {
      expect(status).toBe('ACCEPTED');
      expect(cancelled).toMatchObject({ ok: false, error: { code: 'ORDER_STATE_CONFLICT' } });
    } else {
      expect(status).toMatch(/^REFUND/);
      expect(accepted).toMatchObject({ ok: false, error: { code: 'ORDER_STATE_CONFLICT' } });
    }
  });

  test('a cancelled (refunding) order cannot be accepted', async () => {
    const buyer = customer(shop, 'o-buyer-cancelled');
    const orderId = await paidOrder(shop, buyer.openid);
    dataOf(await buyer.cancel(orderId));
    expect(await staffCall(shop, STAFF.clerk, 'accept', orderId)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT' },
    });
    expect(storedOrder(shop, orderId).status).toMatch(/^REFUND/);
  });
});
