// The board's actions through the local cloud: staff.me, staff.board, staff.order, staff.reject (the whole
// refund follows, the customer told once) and staff.complete, each with every role, a customer and another
// store's staff: allowed where it should be, FORBIDDEN with nothing written (the denial logged) otherwise.
import { randomUUID } from 'node:crypto';
import { subscribeTemplates } from '../../server/runtime/config';
import { customer, LIMITED, payInSandbox, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
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

const CUSTOMER = 'o-board-customer';
/** Everyone the tests call as: the four roles, a customer and another store's manager. */
const CALLERS = {
  owner: STAFF.owner,
  manager: STAFF.manager,
  clerk: STAFF.clerk,
  kitchen: STAFF.kitchen,
  customer: CUSTOMER,
  otherStore: OTHER_STORE_MANAGER,
} as const;
type Who = keyof typeof CALLERS;
const EVERYONE = Object.keys(CALLERS) as Who[];

const MAY_READ: Record<Who, boolean> = {
  owner: true,
  manager: true,
  clerk: true,
  kitchen: true,
  customer: false,
  otherStore: false,
};
const MAY_REJECT_PAID: Record<Who, boolean> = { ...MAY_READ, kitchen: false };
const MAY_REJECT_ACCEPTED: Record<Who, boolean> = { ...MAY_REJECT_PAID, clerk: false };
const MAY_COMPLETE: Record<Who, boolean> = MAY_REJECT_PAID;

function reject(openid: string, orderId: string, requestId = randomUUID(), reason = '原料售罄') {
  return shop.call('staff', 'reject', { orderId, requestId, reason }, openid);
}

async function acceptedOrder(buyer: string): Promise<string> {
  const orderId = await paidOrder(shop, buyer);
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  return orderId;
}

async function readyOrder(buyer: string): Promise<string> {
  const orderId = await acceptedOrder(buyer);
  dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));
  return orderId;
}

/** Lets the sandbox settle refunds and deliver their notices. */
async function settle(): Promise<void> {
  await shop.clock.advance(2 * 60_000);
  await shop.cloud.scheduler.idle();
}

/** The denial is the only entry this call added about the target, and it names the caller. */
function expectOnlyDenial(targetId: string, action: string, openid: string, before: number): void {
  const added = auditOf(shop, targetId).slice(before);
  expect(added).toEqual([
    expect.objectContaining({ action: `staff.${action}.denied`, actorOpenid: openid, after: null }),
  ]);
  expect(schemaProblems('audit_log', added[0] ?? {})).toEqual([]);
}

describe('staff.me', () => {
  test.each(['owner', 'manager', 'clerk', 'kitchen'] as const)(
    'a %s sees their store and role',
    async (role) => {
      const { memberships } = dataOf(await shop.call('staff', 'me', {}, STAFF[role]));
      expect(memberships).toEqual([
        {
          storeId: DEMO_STORE,
          storeName: expect.any(String),
          storeNameEn: expect.any(String),
          role,
          displayName: shop.cloud.database.find('staff', { _openid: STAFF[role] })[0]?.displayName,
        },
      ]);
      expect(memberships[0]?.storeName).not.toBe(DEMO_STORE);
    },
  );

  test.each([
    ['a customer', CUSTOMER],
    ['a clerk who left', FORMER_CLERK],
  ])('%s gets an empty list, not FORBIDDEN', async (_who, openid) => {
    expect(dataOf(await shop.call('staff', 'me', {}, openid))).toEqual({ memberships: [] });
  });
});

describe('staff.board', () => {
  test.each(EVERYONE)('read as %s', async (who) => {
    const orderId = await paidOrder(shop, `o-board-read-${who}`);
    const before = auditOf(shop, DEMO_STORE).length;
    const result = await shop.call('staff', 'board', { storeId: DEMO_STORE }, CALLERS[who]);
    if (MAY_READ[who]) {
      const board = dataOf(result);
      expect(board.orders.map((order) => order.id)).toContain(orderId);
      expect(board.counts.PAID).toBeGreaterThanOrEqual(1);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expectOnlyDenial(DEMO_STORE, 'board', CALLERS[who], before);
    }
  });

  test('what a card shows, newest first, filtered by status and mode, counted per status', async () => {
    const older = await paidOrder(shop, 'o-board-older');
    await shop.clock.advance(1000);
    const newer = await acceptedOrder('o-board-newer');
    const board = dataOf(await shop.call('staff', 'board', { storeId: DEMO_STORE }, STAFF.kitchen));
    const ids = board.orders.map((order) => order.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    const card = board.orders.find((order) => order.id === newer);
    const stored = storedOrder(shop, newer);
    expect(card).toMatchObject({
      status: 'ACCEPTED',
      mode: 'pickup',
      pickupNumber: stored.pickupNumber,
      lines: [
        expect.objectContaining({ name: expect.any(String), specText: expect.any(String), quantity: 1 }),
      ],
      totalFen: stored.totalFen,
      paidAt: expect.stringMatching(/^\d{4}-/),
      delivery: null,
    });

    const paidOnly = dataOf(
      await shop.call('staff', 'board', { storeId: DEMO_STORE, statuses: ['PAID'] }, STAFF.clerk),
    );
    expect(paidOnly.orders.every((order) => order.status === 'PAID')).toBe(true);
    expect(paidOnly.orders.map((order) => order.id)).toContain(older);
    const counted = shop.cloud.database.find('orders', { storeId: DEMO_STORE, status: 'PAID' }).length;
    expect(paidOnly.counts.PAID).toBe(counted);

    const delivery = dataOf(
      await shop.call('staff', 'board', { storeId: DEMO_STORE, mode: 'delivery' }, STAFF.clerk),
    );
    expect(delivery.orders).toEqual([]);
    expect(delivery.counts).toEqual({ PAID: 0, ACCEPTED: 0, READY: 0, COMPLETED: 0 });
  });

  test('a cursor the board did not give out is refused', async () => {
    const result = await shop.call(
      'staff',
      'board',
      { storeId: DEMO_STORE, cursor: 'nonsense' },
      STAFF.owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('staff.order', () => {
  test.each(EVERYONE)('read as %s', async (who) => {
    const orderId = await paidOrder(shop, `o-board-detail-${who}`);
    const result = await shop.call('staff', 'order', { orderId }, CALLERS[who]);
    if (MAY_READ[who]) expect(dataOf(result)).toMatchObject({ id: orderId, status: 'PAID' });
    else expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('staff.reject', () => {
  test.each(EVERYONE)('a PAID order as %s', async (who) => {
    const orderId = await paidOrder(shop, `o-board-reject-${who}`);
    const before = auditOf(shop, orderId).length;
    const result = await reject(CALLERS[who], orderId);
    if (MAY_REJECT_PAID[who]) {
      expect(dataOf(result)).toMatchObject({
        orderId,
        status: 'REFUNDING',
        amountFen: storedOrder(shop, orderId).totalFen,
      });
      expect(storedOrder(shop, orderId)).toMatchObject({
        status: 'REFUNDING',
        cancelReason: '原料售罄',
        rejectedAt: expect.any(Date),
      });
      await settle();
      expect(storedOrder(shop, orderId).status).toBe('REFUNDED');
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(storedOrder(shop, orderId)).toMatchObject({ status: 'PAID' });
      expect(storedOrder(shop, orderId).refunds).toBeUndefined();
      expectOnlyDenial(orderId, 'reject', CALLERS[who], before);
    }
  });

  test.each(EVERYONE)('an ACCEPTED order as %s', async (who) => {
    const orderId = await acceptedOrder(`o-board-reject-acc-${who}`);
    const result = await reject(CALLERS[who], orderId);
    if (MAY_REJECT_ACCEPTED[who]) {
      expect(dataOf(result)).toMatchObject({ orderId, status: 'REFUNDING' });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(storedOrder(shop, orderId)).toMatchObject({ status: 'ACCEPTED' });
      expect(storedOrder(shop, orderId).refunds).toBeUndefined();
    }
  });

  test('the same request twice refunds once, is logged once and tells a consenting customer once', async () => {
    const buyer = 'o-board-reject-told';
    const template = subscribeTemplates().orderRejected;
    shop.cloud.openapi.grantConsent(buyer, [template]);
    dataOf(await shop.call('account', 'recordConsent', { decisions: { [template]: 'accept' } }, buyer));
    const orderId = await paidOrder(shop, buyer);
    const requestId = randomUUID();
    const [first, second] = await Promise.all([
      reject(STAFF.clerk, orderId, requestId, '今天打烊了'),
      reject(STAFF.clerk, orderId, requestId, '今天打烊了'),
    ]);
    expect(dataOf(first).outRefundNo).toBe(dataOf(second).outRefundNo);
    await settle();
    expect(dataOf(await reject(STAFF.clerk, orderId, requestId, '今天打烊了')).status).toBe('REFUNDED');
    const stored = storedOrder(shop, orderId);
    expect(Object.keys(stored.refunds as object)).toHaveLength(1);
    expect(stored.refundedFen).toBe(stored.totalFen);
    const actions = auditOf(shop, orderId).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'staff.reject')).toHaveLength(1);
    expect(actions.filter((action) => action === 'staff.refund')).toHaveLength(1);
    const sent = shop.cloud.openapi.outbox().filter((message) => message.touser === buyer);
    expect(sent).toEqual([
      expect.objectContaining({
        templateId: template,
        page: `pages/order/index?id=${orderId}`,
        data: expect.objectContaining({ thing3: { value: '今天打烊了' } }),
      }),
    ]);
  });

  test('a customer without consent is not messaged; the refusal to message is logged', async () => {
    const orderId = await paidOrder(shop, 'o-board-reject-quiet');
    dataOf(await reject(STAFF.owner, orderId));
    expect(
      shop.cloud.openapi.outbox().filter((message) => message.touser === 'o-board-reject-quiet'),
    ).toEqual([]);
    expect(
      auditOf(shop, orderId).find((entry) => entry.action === 'notice.orderRejected')?.after,
    ).toMatchObject({
      outcome: 'no_consent',
    });
  });

  test.each([
    ['no reason', { reason: '' }],
    ['a blank reason', { reason: '   ' }],
    ['a reason over 60 characters', { reason: '太'.repeat(61) }],
    ['a short request id', { requestId: 'abc' }],
  ])('%s is refused and changes nothing', async (_what, bad) => {
    const orderId = await paidOrder(shop, `o-board-bad-${randomUUID().slice(0, 8)}`);
    const result = await shop.callRaw(
      'staff',
      { action: 'reject', input: { orderId, requestId: randomUUID(), reason: '售罄', ...bad } },
      STAFF.owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(storedOrder(shop, orderId).status).toBe('PAID');
    expect(auditOf(shop, orderId)).toEqual([]);
  });

  test('a READY order cannot be rejected (refund it instead)', async () => {
    const orderId = await readyOrder('o-board-reject-ready');
    expect(await reject(STAFF.owner, orderId)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT' },
    });
    expect(storedOrder(shop, orderId).status).toBe('READY');
  });
});

describe('staff.complete', () => {
  test.each(EVERYONE)('a READY order as %s', async (who) => {
    const orderId = await readyOrder(`o-board-complete-${who}`);
    const before = auditOf(shop, orderId).length;
    const result = await shop.call('staff', 'complete', { orderId }, CALLERS[who]);
    if (MAY_COMPLETE[who]) {
      expect(dataOf(result)).toEqual({ orderId, status: 'COMPLETED' });
      expect(auditOf(shop, orderId).slice(before)).toEqual([
        expect.objectContaining({
          action: 'staff.complete',
          actorOpenid: CALLERS[who],
          before: { status: 'READY' },
          after: { status: 'COMPLETED' },
        }),
      ]);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(storedOrder(shop, orderId).status).toBe('READY');
      expectOnlyDenial(orderId, 'complete', CALLERS[who], before);
    }
  });

  test('an order not yet ready cannot be completed; a repeat answers the same', async () => {
    const orderId = await acceptedOrder('o-board-complete-early');
    expect(await shop.call('staff', 'complete', { orderId }, STAFF.clerk)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT' },
    });
    dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));
    dataOf(await shop.call('staff', 'complete', { orderId }, STAFF.clerk));
    expect(dataOf(await shop.call('staff', 'complete', { orderId }, STAFF.owner)).status).toBe('COMPLETED');
  });
});

test('a delivery order shows on the board with its contact and address masked only', async () => {
  const buyer = customer(shop, 'o-board-delivery');
  dataOf(await buyer.add('prod-latte', 1, { size: 'large', temperature: 'iced', sugar: 'light' }));
  dataOf(await buyer.add(LIMITED.croissant.productId, 2));
  const home = {
    contactName: '欧阳青云',
    phone: '13987654321',
    text: '梧桐巷 27 号 5 楼 502 室',
    latitude: 31.1912,
    longitude: 121.4408,
  };
  const placed = dataOf(await buyer.place({ mode: 'delivery', address: home }));
  await payInSandbox(shop, placed.payment);
  const board = dataOf(
    await shop.call('staff', 'board', { storeId: DEMO_STORE, mode: 'delivery' }, STAFF.clerk),
  );
  const card = board.orders.find((order) => order.id === placed.order.id);
  expect(card?.delivery).toMatchObject({
    contactName: expect.stringContaining('*'),
    phone: expect.stringContaining('*'),
  });
  const shown = JSON.stringify(board);
  for (const piece of ['13987654321', '青云', '27 号', '31.1912']) expect(shown).not.toContain(piece);
  expect(board.counts.PAID).toBe(1);
});
