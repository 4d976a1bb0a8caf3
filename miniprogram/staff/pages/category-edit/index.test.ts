/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { addStaff, STAFF } from '../../../../test/staff/staff-fixtures';

// The category editor against the local cloud: a new category moved up to first, a blank name shown beside its
// field with nothing saved, a category hidden from customers, and the clerk refused.
const miniprogramRoot = path.join(__dirname, '../../..');
let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

async function openEditor(openid: string, query: Record<string, string> = {}): Promise<SimulatedPage> {
  jest.resetModules();
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, {
    storeId: DEMO_STORE,
    ...query,
  });
  await until(() => page.data.state !== 'loading');
  return page;
}
const textOf = (node: { dom?: HTMLElement } | undefined) => node?.dom?.textContent ?? '';
async function tap(node: { dispatchEvent(name: string): void } | undefined) {
  node?.dispatchEvent('tap');
  await simulate.sleep(0);
}
async function type(node: { dispatchEvent(name: string, detail?: object): void } | undefined, value: string) {
  node?.dispatchEvent('input', { detail: { value } });
  await simulate.sleep(0);
}
const customerCategories = async () => {
  const home = await shop.call('browse', 'home', { storeId: DEMO_STORE }, 'o-category-customer');
  return home.ok ? home.data.categories.map((category) => category.name) : [];
};

test('a new category, moved to the top: customers see it first', async () => {
  const page = await openEditor(STAFF.owner);
  expect(textOf(page.querySelector('.position'))).toBe('位置：第 7 / 7 个');
  await type(page.querySelector('.name-input'), '冬季限定');
  await type(page.querySelector('.name-en-input'), 'Winter specials');
  for (let step = 0; step < 6; step += 1) await tap(page.querySelector('.move-up'));
  expect(textOf(page.querySelector('.position'))).toBe('位置：第 1 / 7 个');
  await tap(page.querySelector('.save'));
  await until(() => phone.navigations.length > 0);
  expect((await customerCategories())[0]).toBe('冬季限定');
});

test('a blank name is shown beside the field and nothing is saved; hiding takes it off the customer menu', async () => {
  const page = await openEditor(STAFF.manager, { categoryId: 'cat-meal' });
  const before = JSON.stringify(shop.cloud.database.find('categories', {}));
  await type(page.querySelector('.name-input'), '  ');
  await tap(page.querySelector('.save'));
  expect(textOf(page.querySelector('.name-error'))).toBe('请填写 1–40 个字');
  expect(JSON.stringify(shop.cloud.database.find('categories', {}))).toBe(before);
  await type(page.querySelector('.name-input'), '轻食');
  await tap(page.querySelector('.visible-toggle'));
  await tap(page.querySelector('.save'));
  await until(() => phone.navigations.length > 0);
  expect(await customerCategories()).not.toContain('轻食');
});

test('a clerk sees the forbidden state', async () => {
  const page = await openEditor(STAFF.clerk, { categoryId: 'cat-tea' });
  expect(page.data.state).toBe('forbidden');
  expect(page.querySelector('.save')).toBeUndefined();
});
