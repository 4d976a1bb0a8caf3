// staff.settings and staff.saveSettings against the local cloud: who may read and change what (a clerk the
// switch only), refusals that write nothing but their log entry, bad settings refused whole, and what customers
// see at their next load: busy by hand (the menu shows the message, checkout refuses STORE_BUSY), closed with a
// note, and a holiday (closed, opening again after it).
import type { StaffRole } from '../../server/repositories/staff-repository';
import type { SaveSettingsInput } from '../../typings/contracts/staff-settings';
import { customer } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { addStaff, FORMER_CLERK, OTHER_STORE_MANAGER, STAFF } from './staff-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud(); // 2026-01-05 10:00 China time, a Monday; the demo café is open all day
  addStaff(shop);
});
afterAll(() => shop.close());

const CUSTOMER = 'o-settings-customer';
const OUTSIDERS: Array<[string, string, string]> = [
  ['kitchen', STAFF.kitchen, 'kitchen'],
  ['a customer', CUSTOMER, 'none'],
  ['a clerk who left', FORMER_CLERK, 'none'],
  ["another store's manager", OTHER_STORE_MANAGER, 'none'],
];
const save = (changes: Omit<SaveSettingsInput, 'storeId'>, openid = STAFF.owner) =>
  shop.call('staff', 'saveSettings', { storeId: DEMO_STORE, ...changes }, openid);
const storeDoc = (): Record<string, unknown> =>
  shop.cloud.database.find('stores', { _id: DEMO_STORE })[0] ?? {};
const audits = () => shop.cloud.database.find('audit_log', {});
const home = async () => dataOf(await shop.call('browse', 'home', { storeId: DEMO_STORE }, CUSTOMER)).store;
const pickerStore = async () =>
  dataOf(await shop.call('browse', 'stores', {}, CUSTOMER)).stores.find((store) => store.id === DEMO_STORE);

/** Runs `attempt` and expects FORBIDDEN with the store untouched and one `.denied` entry logged as `role`. */
async function expectRefused(attempt: () => Promise<unknown>, action: string, openid: string, role: string) {
  const before = JSON.stringify(storeDoc());
  const logged = audits().length;
  expect(await attempt()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(JSON.stringify(storeDoc())).toBe(before);
  expect(audits()).toHaveLength(logged + 1);
  expect(audits().at(-1)).toMatchObject({
    action: `staff.${action}.denied`,
    actorOpenid: openid,
    actorRole: role,
  });
}

const WEEK_9_TO_21 = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [{ open: '09:00', close: '21:00' }]]),
) as NonNullable<SaveSettingsInput['hours']>;

describe('who reads and changes the settings', () => {
  test.each(['owner', 'manager', 'clerk'] as StaffRole[])('%s reads them', async (role) => {
    const settings = dataOf(await shop.call('staff', 'settings', { storeId: DEMO_STORE }, STAFF[role]));
    expect(settings).toMatchObject({
      storeId: DEMO_STORE,
      state: 'open',
      mayEdit: role === 'clerk' ? 'state' : 'all',
    });
    expect(settings.hours.mon).toEqual([{ open: '00:00', close: '24:00' }]);
  });

  test.each(OUTSIDERS)('%s may not read them', async (_who, openid, role) => {
    await expectRefused(
      () => shop.call('staff', 'settings', { storeId: DEMO_STORE }, openid),
      'settings',
      openid,
      role,
    );
  });

  test.each(['owner', 'manager'] as StaffRole[])(
    '%s changes fees, delivery, modes and expiry, audited',
    async (role) => {
      const fee = role === 'owner' ? 300 : 400;
      const saved = dataOf(
        await save(
          {
            packagingFeeFen: fee,
            delivery: { radiusMetres: 2500, feeFen: 600, minimumFen: 3000 },
            modes: { dineIn: true, pickup: true, delivery: true },
            unpaidOrderExpiryMinutes: 20,
          },
          STAFF[role],
        ),
      );
      expect(saved).toMatchObject({
        packagingFeeFen: fee,
        unpaidOrderExpiryMinutes: 20,
        delivery: { radiusMetres: 2500 },
      });
      expect(storeDoc()).toMatchObject({
        packagingFeeFen: fee,
        modes: {
          delivery: { enabled: true, radiusMetres: 2500, feeFen: 600, minimumFen: 3000, prepMinutes: 30 },
        },
      });
      expect(schemaProblems('stores', storeDoc())).toEqual([]);
      const entry = audits().at(-1);
      expect(entry).toMatchObject({ action: 'staff.saveSettings', actorRole: role, targetId: DEMO_STORE });
      expect(entry?.after).toMatchObject({ packagingFeeFen: fee });
      expect(entry?.before).toHaveProperty('packagingFeeFen');
      expect(schemaProblems('audit_log', entry ?? {})).toEqual([]);
      expect((await home()).packagingFeeFen).toBe(fee);
    },
  );

  test('a clerk switches the state but changes nothing else', async () => {
    expect(dataOf(await save({ state: 'busy', stateMessage: '人手不够' }, STAFF.clerk)).state).toBe('busy');
    expect(audits().at(-1)).toMatchObject({
      actorRole: 'clerk',
      after: { state: 'busy', stateMessage: '人手不够' },
    });
    dataOf(await save({ state: 'open' }, STAFF.clerk));
    await expectRefused(
      () => save({ packagingFeeFen: 0 }, STAFF.clerk),
      'saveSettings',
      STAFF.clerk,
      'clerk',
    );
    await expectRefused(
      () => save({ state: 'closed', hours: WEEK_9_TO_21 }, STAFF.clerk),
      'saveSettings',
      STAFF.clerk,
      'clerk',
    );
  });

  test.each(OUTSIDERS)('%s may not change them', async (_who, openid, role) => {
    await expectRefused(() => save({ state: 'closed' }, openid), 'saveSettings', openid, role);
  });
});

describe('bad settings are refused whole', () => {
  test.each([
    [
      'a period that ends before it starts',
      { hours: { ...WEEK_9_TO_21, tue: [{ open: '12:00', close: '11:00' }] } },
      'hours.tue.0',
    ],
    [
      'overlapping periods',
      {
        hours: {
          ...WEEK_9_TO_21,
          mon: [
            { open: '09:00', close: '14:00' },
            { open: '13:00', close: '20:00' },
          ],
        },
      },
      'hours.mon.1',
    ],
    ['30 February', { holidays: ['2026-02-30'] }, 'holidays.0'],
    ['no mode at all', { modes: { dineIn: false, pickup: false, delivery: false } }, 'modes'],
    ['a message without a state', { stateMessage: 'hello' }, 'stateMessage'],
  ])('%s: INVALID_INPUT naming the field', async (_what, changes, field) => {
    const before = JSON.stringify(storeDoc());
    const logged = audits().length;
    expect(await save({ packagingFeeFen: 1, ...(changes as object) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field } },
    });
    expect(JSON.stringify(storeDoc())).toBe(before);
    expect(audits()).toHaveLength(logged);
  });

  test.each([
    ['an expiry of 2 minutes', { unpaidOrderExpiryMinutes: 2 }],
    ['a negative fee', { packagingFeeFen: -1 }],
    ['a time that is not one', { hours: { ...WEEK_9_TO_21, sun: [{ open: '25:00', close: '26:00' }] } }],
    ['an unknown field', { isAcceptingOrders: false }],
    ['a state that is none', { state: 'sleeping' }],
  ])('%s: INVALID_INPUT from the schema', async (_what, changes) => {
    const before = JSON.stringify(storeDoc());
    const logged = audits().length;
    const result = await shop.callRaw(
      'staff',
      { action: 'saveSettings', input: { storeId: DEMO_STORE, ...changes } },
      STAFF.owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(storeDoc())).toBe(before);
    expect(audits()).toHaveLength(logged);
  });
});

describe('what customers see at their next load', () => {
  const buyer = {
    add: (productId: string) => customer(shop, CUSTOMER).add(productId),
    preview: () => customer(shop, CUSTOMER).preview(),
    place: () => customer(shop, CUSTOMER).place(),
  };

  test('busy by hand: the menu shows the message, the preview blocks, placing is STORE_BUSY', async () => {
    dataOf(await buyer.add('prod-americano'));
    dataOf(await save({ state: 'busy', stateMessage: '排队太长，20 分钟后再来' }));
    expect(await home()).toMatchObject({
      isOpen: false,
      state: 'busy',
      stateMessage: '排队太长，20 分钟后再来',
    });
    expect(await pickerStore()).toMatchObject({ state: 'busy', closedReason: null });
    expect(dataOf(await buyer.preview()).blockers.map((blocker) => blocker.code)).toEqual(['STORE_BUSY']);
    const orders = shop.cloud.database.find('orders', {}).length;
    expect(await buyer.place()).toMatchObject({
      ok: false,
      error: { code: 'STORE_BUSY', details: { message: '排队太长，20 分钟后再来' } },
    });
    expect(shop.cloud.database.find('orders', {})).toHaveLength(orders);
    expect(schemaProblems('stores', storeDoc())).toEqual([]);
  });

  test('closed by hand with a note: closed, paused, the note shown; open again takes orders', async () => {
    dataOf(await save({ state: 'closed', stateMessage: '设备检修' }));
    expect(storeDoc()).not.toHaveProperty('busy');
    expect(await home()).toMatchObject({
      isOpen: false,
      state: 'closed',
      closedReason: 'paused',
      stateMessage: '设备检修',
    });
    expect(await buyer.place()).toMatchObject({ ok: false, error: { code: 'STORE_CLOSED' } });
    dataOf(await save({ state: 'open' }));
    const opened = await home();
    expect(opened).toMatchObject({ isOpen: true, state: 'open', closedReason: null });
    expect(opened).not.toHaveProperty('stateMessage');
    expect(dataOf(await buyer.preview()).blockers).toEqual([]);
  });

  test('a holiday today and tomorrow: closed, opening the day after at the first period', async () => {
    dataOf(await save({ hours: WEEK_9_TO_21, holidays: ['2026-01-06', '2026-01-05'] }));
    expect(storeDoc().holidays).toEqual(['2026-01-05', '2026-01-06']);
    expect(await home()).toMatchObject({
      isOpen: false,
      state: 'closed',
      closedReason: 'holiday',
      nextOpening: { at: '2026-01-07T01:00:00.000Z', localTime: '09:00', inDays: 2 },
    });
    expect(await pickerStore()).toMatchObject({ closedReason: 'holiday', nextOpening: { inDays: 2 } });
    expect(await buyer.place()).toMatchObject({ ok: false, error: { code: 'STORE_CLOSED' } });
    dataOf(await save({ holidays: [] }));
    expect(await home()).toMatchObject({ isOpen: true, state: 'open' });
  });
});
