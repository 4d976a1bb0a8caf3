/** @jest-environment jsdom */
import path from 'node:path';
import { customer } from '../../../test/support/ordering-calls';
import { dataOf } from '../../../test/support/results';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../test/support/simulate-page';
import { startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The orders tab over the real local cloud: order.list a page at a time (10 a page), pull to refresh, empty and error states.
const ROOT = path.join(__dirname, '../..');
let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules()); // a fresh page module and fresh stores per test

/** `count` pickup orders of one latte each by `openid`, oldest first; answers their ids. */
async function placeOrders(openid: string, count: number): Promise<string[]> {
  const buyer = customer(shop, openid);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    dataOf(await buyer.add('prod-latte'));
    ids.push(dataOf(await buyer.place()).order.id);
    await shop.clock.advance(60_000); // a minute apart, so newest first is one order
  }
  return ids;
}

/** Opens the tab as `openid`, recording every setData's paths. */
async function openOrders(openid: string): Promise<{ page: SimulatedPage; paths: string[][] }> {
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  const page = await openSimulatedPage(path.join(__dirname, 'index'), ROOT);
  const paths: string[][] = [];
  const instance = page.instance as unknown as { setData(data: object): void };
  const setData = instance.setData.bind(instance);
  instance.setData = (data: object) => {
    paths.push(Object.keys(data));
    setData(data);
  };
  return { page, paths };
}

const rowCount = (page: SimulatedPage) => page.querySelectorAll('.order-row').length;
const textOf = (page: SimulatedPage, selector: string) =>
  page.querySelector(selector)?.dom?.textContent ?? '';
const hooks = (page: SimulatedPage) =>
  page.instance as unknown as { onReachBottom(): Promise<void>; onPullDownRefresh(): Promise<void> };

test('a customer without orders sees the empty state and a way to the menu', async () => {
  const { page } = await openOrders('o-orders-none');
  expect(textOf(page, '.empty')).toContain('还没有订单');
  page.querySelector('.go-menu')?.dispatchEvent('tap');
  await until(() => phone.navigations.length === 1);
  expect(phone.navigations).toEqual([{ kind: 'switchTab', url: '/pages/menu/index', delta: undefined }]);
});

test('orders come a page at a time, newest first; the bottom loads the next page by its paths alone', async () => {
  const placed = await placeOrders('o-orders-many', 12);
  const { page, paths } = await openOrders('o-orders-many');
  expect(rowCount(page)).toBe(10);
  expect(textOf(page, '.order-row .store')).toBe('点单示范咖啡馆');
  expect(textOf(page, '.order-row .status')).toBe('待支付');
  expect(textOf(page, '.order-row .time')).toMatch(/^(今天|\d+月\d+日) \d\d:\d\d$/);
  expect(textOf(page, '.order-row .total')).toMatch(/^合计 ¥\d+\.\d\d$/);
  expect(textOf(page, '.list-end')).toBe('');

  await hooks(page).onReachBottom();
  expect(rowCount(page)).toBe(12);
  expect(textOf(page, '.list-end')).toBe('没有更多订单了');
  expect(paths.slice(-2)).toEqual([['loadingMore'], ['loadingMore', 'hasMore', 'rows[10]', 'rows[11]']]);
  await hooks(page).onReachBottom(); // the last page was read: nothing more is asked
  expect(rowCount(page)).toBe(12);

  // Tapping a row opens that order's page; the oldest order is last.
  page.querySelectorAll('.order-row')[11]?.dispatchEvent('tap');
  await until(() => phone.navigations.length === 1);
  expect(phone.navigations.at(-1)).toMatchObject({
    kind: 'navigateTo',
    url: `/pages/order/index?id=${placed[0]}`,
  });
});

test('pull to refresh reads the first page again and shows a new order first', async () => {
  await placeOrders('o-orders-refresh', 2);
  const { page } = await openOrders('o-orders-refresh');
  expect(rowCount(page)).toBe(2);
  const [newest] = await placeOrders('o-orders-refresh', 1);
  await hooks(page).onPullDownRefresh();
  expect(rowCount(page)).toBe(3);
  page.querySelector('.order-row')?.dispatchEvent('tap');
  await until(() => phone.navigations.length === 1);
  expect(phone.navigations.at(-1)?.url).toBe(`/pages/order/index?id=${newest}`);
});

test('a cloud out of reach shows the error in both languages, and retry shows the orders', async () => {
  await placeOrders('o-orders-offline', 1);
  phone = installCustomerPhone('http://127.0.0.1:1', 'o-orders-offline');
  const page = await openSimulatedPage(path.join(__dirname, 'index'), ROOT);
  expect(textOf(page, '.error')).toContain('网络不太好');
  phone = installCustomerPhone(shop.cloud.baseUrl, 'o-orders-offline');
  page.querySelector('.error >>> .retry')?.dispatchEvent('tap');
  await until(() => rowCount(page) === 1);
});

test('in English the rows read in English, and an order changed on its page is redrawn by its row alone', async () => {
  await placeOrders('o-orders-english', 2);
  phone = installCustomerPhone(shop.cloud.baseUrl, 'o-orders-english');
  phone.storage.set('diandan.session.v1', { locale: 'en' });
  const page = await openSimulatedPage(path.join(__dirname, 'index'), ROOT);
  expect(textOf(page, '.order-row .store')).toBe('Diandan Demo Café');
  expect(textOf(page, '.order-row .status')).toBe('Awaiting payment');
  expect(textOf(page, '.order-row .total')).toMatch(/^Total ¥/);
  expect(textOf(page, '.order-row .time')).toMatch(/^(Today|[A-Z][a-z]+ \d+,) ?\d\d:\d\d$/);

  // The order page cancels the newest order through the shared store; back on the tab only its row is set.
  const { orders } = await import('../../stores');
  const newest = orders.orders[0]?.id ?? '';
  dataOf(await orders.cancel(newest));
  const instance = page.instance as unknown as { onShow(): void; setData(data: object): void };
  const paths: string[][] = [];
  const setData = instance.setData.bind(instance);
  instance.setData = (data: object) => {
    paths.push(Object.keys(data));
    setData(data);
  };
  instance.onShow();
  expect(paths).toEqual([['rows[0]']]);
  expect(textOf(page, '.order-row .status')).toBe('Cancelled');
});

test('a next page that fails keeps the rows shown and says why; the next try appends it', async () => {
  await placeOrders('o-orders-flaky', 11);
  const { page } = await openOrders('o-orders-flaky');
  expect(rowCount(page)).toBe(10);
  const offline = installCustomerPhone('http://127.0.0.1:1', 'o-orders-flaky');
  await hooks(page).onReachBottom();
  expect(offline.toasts).toEqual(['网络不太好，请稍后重试 · Network problem; please try again']);
  expect(rowCount(page)).toBe(10);
  installCustomerPhone(shop.cloud.baseUrl, 'o-orders-flaky');
  await hooks(page).onReachBottom();
  expect(rowCount(page)).toBe(11);
});
