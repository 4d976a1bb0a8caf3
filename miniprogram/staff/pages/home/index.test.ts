/** @jest-environment jsdom */
import path from 'node:path';
import { until } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { installStaffPhone, type StaffPhone } from '../../../../test/support/staff-phone';
import { startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { addStaff, STAFF } from '../../../../test/staff/staff-fixtures';

// The staff home: the chosen store, your role, and the console pages your role opens; not staff sees why not.
const miniprogramRoot = path.join(__dirname, '../../..');
let shop: TestCloud;
let phone: StaffPhone;

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const openHome = async (openid: string) => {
  jest.resetModules();
  phone = installStaffPhone(shop.cloud.baseUrl, openid);
  return openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);
};
const textOf = (page: SimulatedPage, selector: string) =>
  page.querySelector(selector)?.dom?.textContent ?? '';

test('an owner sees the store, their role and every console page; the board link opens it for the store', async () => {
  const page = await openHome(STAFF.owner);
  await until(() => textOf(page, '.store-name') !== '');
  expect(textOf(page, '.store-name')).toMatch(/\S/);
  expect(textOf(page, '.role')).toBe('你的角色：店长');
  expect(page.querySelectorAll('.link .label').map((node) => node.dom?.textContent)).toEqual([
    '订单看板',
    '菜单管理',
    '门店设置',
    '桌台与桌码',
    '经营数据',
    '发票',
    '店员与角色',
  ]);
  page.querySelector('.link-board')?.dispatchEvent('tap');
  await until(() => phone.navigations.length === 1);
  expect(phone.navigations[0]).toMatchObject({
    kind: 'navigateTo',
    url: expect.stringMatching(/^\/staff\/pages\/board\/index\?storeId=store-demo&role=owner$/),
  });
});

test('the kitchen sees its role', async () => {
  const page = await openHome(STAFF.kitchen);
  await until(() => textOf(page, '.role') !== '');
  expect(textOf(page, '.role')).toBe('你的角色：后厨');
  expect(page.querySelectorAll('.link .label').map((node) => node.dom?.textContent)).toEqual([
    '订单看板',
    '菜单管理',
  ]);
});

test('a customer who opens the page is told it is for staff only', async () => {
  const page = await openHome('o-home-customer');
  await until(() => (page.instance as unknown as { data: { state: string } }).data.state === 'forbidden');
  expect(page.querySelector('.store-card')).toBeUndefined();
});
