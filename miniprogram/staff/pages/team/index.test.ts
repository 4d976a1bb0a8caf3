/** @jest-environment jsdom */
import path from 'node:path';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// The team page against the local cloud, as the demo café's owner: the members with their roles, an invite code
// shown big and copied, a role changed from the sheet, a member removed after the confirm, the last owner kept,
// the "staff changed" consent recorded; a clerk sees the forbidden state.
const miniprogramRoot = path.join(__dirname, '../../..');
const OWNER = 'o-demo-owner'; // the demo seed's owner: the store's only owner
const CLERK = 'o-team-clerk';
const KITCHEN = 'o-team-kitchen';
/** A clerk no test promotes. */
const OTHER_CLERK = 'o-team-clerk-2';

let shop: TestCloud;
let phone: CustomerPhone;
let clipboard: string[];
beforeAll(async () => {
  shop = await startTestCloud();
  const at = new Date(shop.clock.now());
  const member = (openid: string, role: string) => ({
    _id: `${DEMO_STORE}_${openid}`,
    storeId: DEMO_STORE,
    _openid: openid,
    role,
    displayName: openid.replace('o-team-', ''),
    isActive: true,
    createdAt: at,
    updatedAt: at,
  });
  shop.cloud.database.insert('staff', [
    member(CLERK, 'clerk'),
    member(KITCHEN, 'kitchen'),
    member(OTHER_CLERK, 'clerk'),
  ]);
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
  phone = installCustomerPhone(shop.cloud.baseUrl, OWNER);
  clipboard = [];
  Object.assign((globalThis as unknown as { wx: object }).wx, {
    setClipboardData: (options: { data: string; success?: (answer: unknown) => void }) => {
      clipboard.push(options.data);
      options.success?.({ errMsg: 'setClipboardData:ok' });
      return Promise.resolve({ errMsg: 'setClipboardData:ok' });
    },
  });
});

const staffOf = (openid: string) => shop.cloud.database.find('staff', { _openid: openid })[0];
const rows = (page: SimulatedPage) =>
  page.querySelectorAll('.member').map((node) => node.dom?.textContent ?? '');
const rowIndex = (page: SimulatedPage, name: string) => rows(page).findIndex((row) => row.includes(name));
const openTeam = async () => {
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, {
    storeId: DEMO_STORE,
  });
  await until(() => rows(page).length > 0 || page.querySelector('.state') !== undefined);
  return page;
};

test('the owner sees every member with their role, owners first', async () => {
  const page = await openTeam();
  // The demo seed's four members (owner, manager, clerk, kitchen) and this test's three.
  expect(rows(page)).toHaveLength(shop.cloud.database.find('staff', { storeId: DEMO_STORE }).length);
  expect(rows(page)).toHaveLength(7);
  expect(rows(page)[0]).toContain('演示店长 Demo Owner');
  expect(rows(page)[0]).toContain('店长');
  expect(rows(page).join()).toContain('店员');
  expect(rows(page).join()).toMatch(/\d{4}-\d{2}-\d{2} 加入/);
});

test('an invite shows its one-time code big, with its expiry, and copies it', async () => {
  const page = await openTeam();
  phone.choices.actionSheetIndex = 1; // 后厨
  page.querySelector('.invite')?.dispatchEvent('tap');
  await until(() => page.querySelector('.invite-code') !== undefined);
  const code = page.querySelector('.invite-code')?.dom?.textContent ?? '';
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(page.querySelector('.invite-title')?.dom?.textContent).toBe('后厨邀请码');
  expect(page.querySelector('.invite-expires')?.dom?.textContent).toMatch(
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 前有效$/,
  );
  page.querySelector('.copy')?.dispatchEvent('tap');
  await until(() => phone.toasts.length > 0);
  expect(clipboard).toEqual([code]);
  expect(phone.toasts).toEqual(['已复制']);
  expect(shop.cloud.database.find('staff_codes', { role: 'kitchen', state: 'open' })).toHaveLength(1);
});

test('a role changed from the sheet is the role in the cloud and on the row', async () => {
  const page = await openTeam();
  phone.choices.actionSheetIndex = 2; // 经理
  page.querySelectorAll('.change-role')[rowIndex(page, 'clerk')]?.dispatchEvent('tap');
  await until(() => phone.toasts.length > 0);
  expect(phone.toasts).toEqual(['已改为经理']);
  expect(staffOf(CLERK)).toMatchObject({ role: 'manager' });
  expect(rows(page)[rowIndex(page, 'clerk')]).toContain('经理');
});

test('the last owner cannot be demoted: the rule in words, nothing changed', async () => {
  const page = await openTeam();
  phone.choices.actionSheetIndex = 0; // 店员
  page.querySelectorAll('.change-role')[rowIndex(page, 'Demo Owner')]?.dispatchEvent('tap');
  await until(() => phone.toasts.length > 0);
  expect(phone.toasts).toEqual(['店里至少要有一位店长：请先把别人设为店长']);
  expect(staffOf(OWNER)).toMatchObject({ role: 'owner', isActive: true });
});

test('removing asks first: cancelled keeps the member, confirmed ends their rights', async () => {
  const page = await openTeam();
  phone.choices.confirmModal = false;
  page.querySelectorAll('.remove')[rowIndex(page, 'kitchen')]?.dispatchEvent('tap');
  await until(() => phone.modals.length === 1);
  expect(phone.modals[0]?.title).toBe('移除 kitchen？');
  expect(staffOf(KITCHEN)).toMatchObject({ isActive: true });

  phone.choices.confirmModal = true;
  page.querySelectorAll('.remove')[rowIndex(page, 'kitchen')]?.dispatchEvent('tap');
  await until(() => phone.toasts.length > 0);
  expect(phone.toasts).toEqual(['已移除']);
  expect(staffOf(KITCHEN)).toMatchObject({ isActive: false });
  expect(rows(page).join()).not.toContain('kitchen');
});

test('the owner turns on the "staff changed" notice with a tap: one credit recorded', async () => {
  const page = await openTeam();
  page.querySelector('.notify')?.dispatchEvent('tap');
  await until(() => phone.toasts.length > 0);
  expect(phone.subscribePrompts).toEqual([['demo-staff-change']]);
  expect(phone.toasts).toEqual(['已开启一次通知']);
  expect(shop.cloud.database.find('subscriptions', { _openid: OWNER })).toEqual([
    expect.objectContaining({ templateId: 'demo-staff-change', credits: 1 }),
  ]);
});

test('a clerk is told this is not for them', async () => {
  phone.signInAs(OTHER_CLERK);
  const page = await openTeam();
  expect(page.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toBe(
    '你不是这家店的员工，或你的角色不能这样做',
  );
  expect(rows(page)).toEqual([]);
});
