/** @jest-environment jsdom */
import path from 'node:path';
import { createWxCloud } from '../../../../emulator/src/client/wx-cloud';
import { placePaidOrder } from '../../../../test/recommend/paid-orders';
import { addStaff, OTHER_STORE_MANAGER, STAFF } from '../../../../test/staff/staff-fixtures';
import { installCustomerPhone, until } from '../../../../test/support/customer-phone';
import { dataOf } from '../../../../test/support/results';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// The figures page over the real local cloud, as the demo store's owner: the big numbers as staff.figures
// counts them, bars by hour, the week's bars by day, the top items; a clerk sees the forbidden state, a
// store without orders the empty one, and an unreachable cloud an error with a retry that recovers.
const ROOT = path.join(__dirname, '../../..');
let shop: TestCloud;

beforeAll(async () => {
  shop = await startTestCloud(); // 2026-01-05 10:00 China time, a Monday
  addStaff(shop);
  await placePaidOrder(shop, [['prod-latte', 2]]);
  await placePaidOrder(shop, [['prod-americano', 1]]);
  await shop.clock.advance(2 * 60 * 60 * 1000); // noon
  await placePaidOrder(shop, [['prod-latte', 1]]);
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules());

async function openFigures(openid: string, storeId = DEMO_STORE): Promise<SimulatedPage> {
  installCustomerPhone(shop.cloud.baseUrl, openid);
  return openSimulatedPage(path.join(__dirname, 'index'), ROOT, { storeId });
}

const textOf = (page: SimulatedPage, selector: string) =>
  page.querySelector(selector)?.dom?.textContent ?? '';
const textsOf = (page: SimulatedPage, selector: string) =>
  page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '');
const heightsOf = (page: SimulatedPage, selector: string) =>
  page.querySelectorAll(`${selector} .bar`).map((bar) => bar.dom?.getAttribute('style') ?? '');

test("today's numbers, the orders by hour and the top items, as the owner", async () => {
  const figures = dataOf(
    await shop.call('staff', 'figures', { storeId: DEMO_STORE, period: 'today' }, STAFF.owner),
  );
  const page = await openFigures(STAFF.owner);
  await until(() => textOf(page, '.sales') !== '');
  expect(textOf(page, '.sales')).toBe(`¥${(figures.salesFen / 100).toFixed(2)}`);
  expect(textOf(page, '.orders')).toBe('3');
  expect(textOf(page, '.average')).toBe(`¥${(figures.averageOrderFen / 100).toFixed(2)}`);
  expect(textOf(page, '.refunds')).toBe('¥0.00');
  const hours = heightsOf(page, '.hours'); // 8:00 to 21:00
  expect(hours).toHaveLength(14);
  expect(hours[10 - 8]).toContain('height: 100%'); // two orders at 10:00, the tallest
  expect(hours[12 - 8]).toContain('height: 50%');
  expect(hours[9 - 8]).toContain('height: 0%');
  expect(textsOf(page, '.hour .bar-label').filter(Boolean)).toEqual(['9', '12', '15', '18', '21']);
  expect(page.querySelector('.day-chart')).toBeFalsy();
  expect(page.querySelectorAll('.top-name').map((node) => node.dom?.textContent)).toEqual([
    '拿铁',
    '美式咖啡',
  ]);
  expect(textOf(page, '.top-units')).toBe('3 份');
});

test('the week toggle draws the sales of each of the 7 days', async () => {
  const page = await openFigures(STAFF.manager);
  await until(() => textOf(page, '.orders') === '3');
  page.querySelector('.period-week')?.dispatchEvent('tap');
  await until(() => Boolean(page.querySelector('.day-chart')));
  const days = page.querySelectorAll('.day .bar-label').map((label) => label.dom?.textContent);
  expect(days).toEqual(['周二 30', '周三 31', '周四 1', '周五 2', '周六 3', '周日 4', '周一 5']);
  const heights = heightsOf(page, '.days');
  expect(heights.slice(0, 6).every((style) => style.includes('height: 0%'))).toBe(true);
  expect(heights[6]).toContain('height: 100%');
  expect(page.querySelector('.period-week')?.dom?.className).toContain('is-on');
});

test('a clerk sees the forbidden state', async () => {
  const forbidden = await openFigures(STAFF.clerk);
  await until(() => Boolean(forbidden.querySelector('.forbidden')));
  expect(textOf(forbidden, '.forbidden')).toContain('你不是这家店的员工');
  expect(forbidden.querySelector('.sales')).toBeFalsy();
});

test('a store without orders shows zeros and the empty state', async () => {
  const empty = await openFigures(OTHER_STORE_MANAGER, 'store-elsewhere');
  await until(() => Boolean(empty.querySelector('.empty')));
  expect(textOf(empty, '.empty-text')).toBe('这段时间还没有支付的订单');
  expect(textOf(empty, '.orders')).toBe('0');
  expect(empty.querySelector('.hours')).toBeFalsy();
});

test('opened without a store, it says where to open it from and asks nothing', async () => {
  installCustomerPhone(shop.cloud.baseUrl, STAFF.owner);
  const page = await openSimulatedPage(path.join(__dirname, 'index'), ROOT, {});
  expect(textOf(page, '.no-store')).toContain('请从店铺管理进入');
  expect(page.querySelector('.sales')).toBeFalsy();
});

test('an unreachable cloud shows the error and a retry that recovers', async () => {
  const phone = installCustomerPhone(shop.cloud.baseUrl, STAFF.owner);
  const unreachable = createWxCloud({ baseUrl: 'http://127.0.0.1:1', openid: STAFF.owner });
  unreachable.init();
  (globalThis as unknown as { wx: { cloud: unknown } }).wx.cloud = unreachable;
  const page = await openSimulatedPage(path.join(__dirname, 'index'), ROOT, { storeId: DEMO_STORE });
  await until(() => Boolean(page.querySelector('.error')));
  expect(textOf(page, '.error')).toContain('网络不太好');
  phone.signInAs(STAFF.owner);
  page.querySelector('.error >>> .retry')?.dispatchEvent('tap');
  await until(() => textOf(page, '.orders') === '3');
});
