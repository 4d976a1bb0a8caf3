/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { addStaff, STAFF } from '../../../../test/staff/staff-fixtures';

// The menu editor's first page against the local cloud: categories and products as stored, one tap switches a
// product sold out for customers too, tapping a row opens its editor; the kitchen switches but does not edit.
const miniprogramRoot = path.join(__dirname, '../../..');
let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

async function openMenu(openid: string): Promise<SimulatedPage> {
  jest.resetModules();
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, {
    storeId: DEMO_STORE,
  });
  await until(() => page.data.state !== 'loading');
  return page;
}
const textOf = (node: { dom?: HTMLElement } | undefined) => node?.dom?.textContent ?? '';
/** The parts of the row of product `name`: each class in the row's order on the page. */
function rowOf(page: SimulatedPage, name: string) {
  const index = page.querySelectorAll('.name').findIndex((node) => textOf(node) === name);
  const part = (selector: string) => page.querySelectorAll(selector)[index];
  return { row: part('.row'), price: part('.price'), stock: part('.stock'), toggle: part('.switch') };
}
async function tap(node: { dispatchEvent(name: string): void } | undefined) {
  node?.dispatchEvent('tap');
  await simulate.sleep(0);
}

test('the owner sees the categories, each product with price and stock, and opens one to edit', async () => {
  const page = await openMenu(STAFF.owner);
  expect(page.querySelectorAll('.nav-label').map(textOf).slice(0, 3)).toEqual(['咖啡', '手冲与冷萃', '茶饮']);
  const latte = rowOf(page, '拿铁');
  expect(textOf(latte.price)).toBe('¥24.00 起');
  expect(textOf(latte.stock)).toBe('库存不限');
  expect(textOf(latte.toggle)).toBe('在售');
  expect(textOf(page.querySelector('.add-product'))).toBe('+ 商品');
  await tap(latte.row);
  expect(phone.navigations.at(-1)).toMatchObject({
    kind: 'navigateTo',
    url: `/staff/pages/product-edit/index?storeId=${DEMO_STORE}&productId=prod-latte`,
  });
});

test('the kitchen switches the latte sold out in one tap; customers see it; back on sale again', async () => {
  const page = await openMenu(STAFF.kitchen);
  expect(page.querySelector('.add-product')).toBeUndefined();
  expect(textOf(page.querySelector('.hint'))).toContain('售罄');
  await tap(rowOf(page, '拿铁').toggle);
  await until(() => page.data.switching === '' && phone.toasts.length > 0);
  expect(phone.toasts.at(-1)).toBe('已设为售罄');
  expect(textOf(rowOf(page, '拿铁').toggle)).toBe('售罄');
  expect(phone.navigations).toEqual([]); // the switch does not open the editor
  const home = await shop.call('browse', 'home', { storeId: DEMO_STORE }, 'o-menu-page-customer');
  expect(home.ok && home.data.products.find((card) => card.id === 'prod-latte')?.isSoldOut).toBe(true);
  await tap(rowOf(page, '拿铁').toggle);
  await until(() => phone.toasts.length > 1);
  expect(textOf(rowOf(page, '拿铁').toggle)).toBe('在售');
});

test('another category shows its products; a customer sees the forbidden state', async () => {
  const page = await openMenu(STAFF.manager);
  await tap(page.querySelectorAll('.nav-item')[2]);
  expect(textOf(page.querySelector('.section-name'))).toBe('茶饮');
  expect(page.querySelectorAll('.row').length).toBeGreaterThan(0);
  const customer = await openMenu('o-menu-page-customer');
  expect(customer.data.state).toBe('forbidden');
  expect(textOf(customer.querySelector('.forbidden'))).toContain('你不是这家店的员工');
});
