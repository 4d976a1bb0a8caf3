/** @jest-environment jsdom */
import path from 'node:path';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../test/support/simulate-page';
import { startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The me tab: its links go where they say, and the language switch redraws the page and is remembered.
const miniprogramRoot = path.join(__dirname, '../..');
let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
  phone = installCustomerPhone(shop.cloud.baseUrl, 'o-me-customer');
});

const labels = (page: SimulatedPage) => page.querySelectorAll('.label').map((node) => node.dom?.textContent);
const openMe = () => openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);

test('the links open the orders tab and the other pages', async () => {
  const page = await openMe();
  expect(labels(page)).toEqual(['我的订单', '收货地址', '选择门店', '语言', '隐私与数据']);
  const links = page.querySelectorAll('.link');
  links.forEach((link) => link.dispatchEvent('tap'));
  await until(() => phone.navigations.length === 4);
  expect(phone.navigations.map(({ kind, url }) => `${kind} ${url}`)).toEqual([
    'switchTab /pages/orders/index',
    'navigateTo /account/pages/addresses/index',
    'navigateTo /account/pages/stores/index',
    'navigateTo /account/pages/privacy/index',
  ]);
});

test('switching to English redraws the page in English and is remembered; back to zh-CN likewise', async () => {
  const page = await openMe();
  expect(page.querySelector('.locale.chosen')?.dom?.textContent).toBe('简体中文');
  page.querySelectorAll('.locale')[1]?.dispatchEvent('tap');
  await until(() => labels(page)[0] === 'My orders');
  expect(labels(page)).toEqual(['My orders', 'Addresses', 'Choose a store', 'Language', 'Privacy and data']);
  expect(page.querySelector('.locale.chosen')?.dom?.textContent).toBe('English');
  expect(phone.storage.get('diandan.session.v1')).toMatchObject({ locale: 'en' });
  expect(phone.toasts).toEqual(['Switched to English']);

  jest.resetModules(); // the next launch reads the remembered language
  const again = await openMe();
  expect(labels(again)[0]).toBe('My orders');
  again.querySelectorAll('.locale')[0]?.dispatchEvent('tap');
  await until(() => labels(again)[0] === '我的订单');
  expect(phone.storage.get('diandan.session.v1')).toMatchObject({ locale: 'zh-CN' });
});

test('staff see the shop console entry, which opens the staff home; customers do not', async () => {
  const customerPage = await openMe();
  await until(() => phone.navigations.length === 0 && labels(customerPage).length === 5);
  const staffPhone = installCustomerPhone(shop.cloud.baseUrl, 'o-demo-owner');
  jest.resetModules();
  const page = await openMe();
  await until(() => page.querySelector('.staff-entry') !== undefined);
  expect(labels(page)[0]).toBe('店铺管理 Shop console');
  page.querySelector('.staff-entry .link')?.dispatchEvent('tap');
  await until(() => staffPhone.navigations.length === 1);
  expect(staffPhone.navigations[0]).toMatchObject({ kind: 'navigateTo', url: '/staff/pages/home/index' });
  expect(customerPage.querySelector('.staff-entry')).toBeUndefined();
});
