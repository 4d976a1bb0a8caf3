/** @jest-environment jsdom */
import path from 'node:path';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { dataOf } from '../../../../test/support/results';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { addStaff, STAFF } from '../../../../test/staff/staff-fixtures';

// The settings page against the local cloud: one tap switches busy (customers read the message), the editors
// save hours, days off and fees with the refused field marked, a clerk gets the switch only, the kitchen is refused.
const miniprogramRoot = path.join(__dirname, '../../..');
let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
});

const openAs = (openid: string) => {
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  return openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, { storeId: DEMO_STORE });
};
const data = (page: SimulatedPage) => (page.instance as unknown as { data: Record<string, unknown> }).data;
const text = (page: SimulatedPage, selector: string) =>
  page.querySelector(selector)?.dom?.textContent?.trim() ?? '';
const fire = (page: SimulatedPage, selector: string, event: string, detail?: object) =>
  page.querySelector(selector)?.dispatchEvent(event, detail && { detail });
const storeDoc = (): Record<string, unknown> =>
  shop.cloud.database.find('stores', { _id: DEMO_STORE })[0] ?? {};
const customerView = async () =>
  dataOf(await shop.call('browse', 'home', { storeId: DEMO_STORE }, 'o-settings-page-customer')).store;

test('one tap on 忙碌 stops new orders with the message; 营业 opens again', async () => {
  const page = await openAs(STAFF.owner);
  await until(() => data(page).phase === 'ready');
  expect(text(page, '.switch-option.is-on')).toBe('营业');
  fire(page, '.state-message', 'input', { value: '排队太长，稍后再来' });
  fire(page, '.state-busy', 'tap');
  await until(() => data(page).state === 'busy');
  expect(text(page, '.switch-option.is-on')).toBe('忙碌');
  expect(storeDoc().busy).toEqual({ message: '排队太长，稍后再来' });
  expect(await customerView()).toMatchObject({
    state: 'busy',
    isOpen: false,
    stateMessage: '排队太长，稍后再来',
  });
  fire(page, '.state-open', 'tap');
  await until(() => data(page).state === 'open');
  expect(storeDoc()).not.toHaveProperty('busy');
});

test('hours, a day off and fees are saved; a period ending before it starts is marked and nothing saved', async () => {
  const page = await openAs(STAFF.manager);
  await until(() => data(page).phase === 'ready');
  expect(page.querySelectorAll('.day')).toHaveLength(7);
  const before = JSON.stringify(storeDoc());
  fire(page, '.day-mon .close-time', 'change', { value: '00:00' }); // Monday 00:00–00:00
  fire(page, '.packaging-fee', 'input', { value: '3.5' });
  fire(page, '.save', 'tap');
  await until(() => text(page, '.day-mon .error-day') !== '');
  expect(text(page, '.day-mon .error-day')).toBe('结束时间要晚于开始时间');
  expect(JSON.stringify(storeDoc())).toBe(before);

  fire(page, '.day-mon .close-time', 'change', { value: '21:00' });
  fire(page, '.day-mon .open-time', 'change', { value: '09:00' });
  fire(page, '.add-holiday', 'change', { value: '2026-02-17' });
  fire(page, '.save', 'tap');
  await until(() => phone.toasts.includes('已保存'));
  expect(storeDoc()).toMatchObject({
    packagingFeeFen: 350,
    holidays: ['2026-02-17'],
    hours: { mon: [{ open: '09:00', close: '21:00' }] },
  });
  expect(text(page, '.holiday')).toContain('2026-02-17');
});

test('a value out of range is marked beside its field before anything is sent', async () => {
  const page = await openAs(STAFF.owner);
  await until(() => data(page).phase === 'ready');
  fire(page, '.expiry', 'input', { value: '500' });
  fire(page, '.save', 'tap');
  await until(() => text(page, '.error-expiryMinutes') !== '');
  expect(text(page, '.error-expiryMinutes')).toBe('请填写 5 到 120 之间的整数');
});

test('a clerk gets the switch only', async () => {
  const clerkPage = await openAs(STAFF.clerk);
  await until(() => data(clerkPage).phase === 'ready');
  expect(text(clerkPage, '.clerk-note')).toContain('店员可以切换营业状态');
  expect(clerkPage.querySelector('.hours')).toBeUndefined();
  fire(clerkPage, '.state-closed', 'tap');
  await until(() => data(clerkPage).state === 'closed');
  expect(storeDoc().isAcceptingOrders).toBe(false);
  fire(clerkPage, '.state-open', 'tap');
  await until(() => data(clerkPage).state === 'open');
});

test('the kitchen is refused', async () => {
  const kitchenPage = await openAs(STAFF.kitchen);
  await until(() => data(kitchenPage).phase === 'forbidden');
  expect(text(kitchenPage, '.state')).toContain('你不是这家店的员工');
});
