/** @jest-environment jsdom */
import path from 'node:path';
import type { SaveAddressInput } from '../../../../typings/contracts/account';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { dataOf } from '../../../../test/support/results';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// The address book against the local cloud: masked rows, default, delete after a confirm, and select mode for checkout.
const miniprogramRoot = path.join(__dirname, '../../..');
const HOME: SaveAddressInput = {
  userName: '李雷',
  telNumber: '13800138000',
  provinceName: '上海市',
  cityName: '上海市',
  countyName: '徐汇区',
  detailInfo: '示范路 100 号',
  latitude: 31.1902,
  longitude: 121.4401,
};
const WORK: SaveAddressInput = {
  ...HOME,
  userName: '韩梅梅',
  telNumber: '13900139000',
  detailInfo: '漕溪路 500 弄',
};
let shop: TestCloud;
let phone: CustomerPhone;
let openid: string;
let customers = 0;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
  openid = `o-address-book-${(customers += 1)}`;
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
});

const book = async () => dataOf(await shop.call('account', 'listAddresses', {}, openid)).addresses;
const save = async (input: SaveAddressInput) =>
  dataOf(await shop.call('account', 'saveAddress', input, openid)).savedId;
const rows = (page: SimulatedPage) =>
  page.querySelectorAll('.address').map((node) => node.dom?.textContent ?? '');
const openBook = async (query: Record<string, string> = {}) => {
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, query);
  await until(() => rows(page).length > 0 || page.querySelector('.state') !== undefined);
  return page;
};
const tapIn = (page: SimulatedPage, selector: string, index: number) =>
  page.querySelectorAll(selector)[index]?.dispatchEvent('tap');

test('an empty book says so and offers to add one', async () => {
  const page = await openBook();
  await until(() => page.querySelector('.state')?.querySelector('.title') !== undefined);
  expect(page.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toBe('还没有保存的地址');
  page.querySelector('.add')?.dispatchEvent('tap');
  await until(() => phone.navigations.length > 0);
  expect(phone.navigations[0]).toMatchObject({
    kind: 'navigateTo',
    url: '/account/pages/address-edit/index',
  });
});

test('the book shows masked addresses with the default marked; make default changes it in the cloud', async () => {
  const home = await save(HOME);
  const work = await save(WORK);
  const page = await openBook();
  expect(rows(page)).toHaveLength(2);
  expect(rows(page).join()).not.toContain('13800138000');
  const defaultRow = page.querySelector('.is-default')?.dom?.textContent ?? '';
  expect(defaultRow).toContain('李*');
  expect(defaultRow).toContain('138****8000');
  expect(defaultRow).toContain('上海市 上海市 徐汇区');

  tapIn(page, '.set-default', 0); // the only row offering it: the one not yet default
  await until(() => phone.toasts.length > 0);
  expect(phone.toasts).toEqual(['已设为默认']);
  expect((await book()).map(({ id, isDefault }) => [id, isDefault])).toEqual([
    [work, true],
    [home, false],
  ]);
  expect(page.querySelector('.is-default')?.dom?.textContent).toContain('韩**');
  expect(page.querySelectorAll('.default-mark')).toHaveLength(1);
});

test('delete asks first: a cancel keeps the address, a confirm removes it from the cloud', async () => {
  await save(HOME);
  const page = await openBook();
  phone.choices.confirmModal = false;
  tapIn(page, '.remove', 0);
  await until(() => phone.modals.length === 1);
  expect(phone.modals[0]).toEqual({ title: '删除地址', content: '确定删除这个地址吗？' });
  expect(await book()).toHaveLength(1);

  phone.choices.confirmModal = true;
  tapIn(page, '.remove', 0);
  await until(() => phone.toasts.includes('已删除'));
  expect(await book()).toEqual([]);
  expect(page.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toBe('还没有保存的地址');
});

test('edit opens the form for that address, and coming back shows the book as saved', async () => {
  const home = await save(HOME);
  const page = await openBook();
  tapIn(page, '.edit', 0);
  await until(() => phone.navigations.length > 0);
  expect(phone.navigations[0]?.url).toBe(`/account/pages/address-edit/index?id=${home}`);

  await save({ ...HOME, id: home, userName: '王小明' }); // what the form saved
  await (page.instance as unknown as { onShow(): Promise<void> }).onShow();
  expect(rows(page)[0]).toContain('王**');
});

test('select mode hands the tapped address to the page that opened it, and goes back', async () => {
  await save(HOME);
  const work = await save(WORK);
  const page = await openBook({ select: '1' });
  const emitted: unknown[] = [];
  Object.assign(page.instance, {
    getOpenerEventChannel: () => ({ emit: (name: string, data: unknown) => emitted.push({ name, data }) }),
  });
  expect(page.querySelectorAll('.actions')).toHaveLength(0);
  const workRow = rows(page).findIndex((row) => row.includes('韩**'));
  tapIn(page, '.body', workRow);
  await until(() => phone.navigations.length > 0);
  expect(emitted).toEqual([{ name: 'selected', data: { addressId: work } }]);
  expect(phone.navigations).toEqual([{ kind: 'navigateBack', delta: 1, url: undefined }]);
});

test('an unreachable cloud shows the error with a retry', async () => {
  installCustomerPhone('http://127.0.0.1:1', openid);
  const page = await openBook();
  await until(() => page.querySelector('.state')?.querySelector('.retry') !== undefined);
  expect(page.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toContain('网络不太好');
});
