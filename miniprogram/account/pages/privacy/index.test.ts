/** @jest-environment jsdom */
import path from 'node:path';
import type { SaveAddressInput } from '../../../../typings/contracts/account';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { customer, LIMITED, payInSandbox, storedOrder } from '../../../../test/support/ordering-calls';
import { dataOf } from '../../../../test/support/results';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// The privacy page against the local cloud: export shows the caller's own data; delete (asked twice) removes it.
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
let shop: TestCloud;
let phone: CustomerPhone;
let clipboard: string[];
let customers = 0;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
  phone = installCustomerPhone(shop.cloud.baseUrl, `o-privacy-${(customers += 1)}`);
  clipboard = [];
  Object.assign((globalThis as unknown as { wx: object }).wx, {
    setClipboardData: (options: { data: string }) => {
      clipboard.push(options.data);
      return Promise.resolve({ errMsg: 'setClipboardData:ok' });
    },
  });
});

/** A customer with a paid order, a cart and a saved address. */
async function customerWithData(openid: string): Promise<string> {
  const visitor = customer(shop, openid);
  dataOf(await visitor.add(LIMITED.croissant.productId));
  const placed = dataOf(await visitor.place());
  await payInSandbox(shop, placed.payment);
  dataOf(await visitor.add(LIMITED.cinnamonRoll.productId));
  dataOf(await shop.call('account', 'saveAddress', HOME, openid));
  return placed.order.id;
}

const text = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dom?.textContent ?? '';
const lines = (page: SimulatedPage, selector: string) =>
  page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '');
const openPrivacy = () => openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);

test('the page says what is kept and for how long', async () => {
  const page = await openPrivacy();
  expect(lines(page, '.fact')[0]).toContain('保存 3 年');
  expect(text(page, '.intro')).toContain('堂食和自取不需要手机号或地址');
});

test("export shows the caller's own data, opened, and copies the whole JSON", async () => {
  const orderId = await customerWithData(phone.openid);
  await shop.call('account', 'saveAddress', { ...HOME, userName: '别人' }, 'o-privacy-someone-else');
  const page = await openPrivacy();
  page.querySelector('.export')?.dispatchEvent('tap');
  await until(() => text(page, '.counts') !== '');
  expect(text(page, '.counts')).toBe('订单 1 · 购物车 1 · 地址 1 · 订阅 0 · 会员 0 · 优惠券 0 · 发票 0');
  expect(lines(page, '.address-line')).toEqual(['李雷 13800138000 · 上海市上海市徐汇区示范路 100 号']);
  expect(lines(page, '.order-line')[0]).toContain('点单示范咖啡馆');
  expect(lines(page, '.order-line')[0]).toContain('已支付');

  page.querySelector('.copy')?.dispatchEvent('tap');
  await until(() => clipboard.length > 0);
  const copied = JSON.parse(clipboard[0] ?? '{}') as { orders: Array<{ id: string }>; addresses: unknown[] };
  expect(copied.orders.map(({ id }) => id)).toEqual([orderId]);
  expect(JSON.stringify(copied)).not.toContain('别人');
});

test('delete asks twice; a no at either step deletes nothing', async () => {
  await customerWithData(phone.openid);
  const page = await openPrivacy();
  phone.choices.confirmModal = false;
  page.querySelector('.erase')?.dispatchEvent('tap');
  await until(() => phone.modals.length === 1);
  expect(dataOf(await shop.call('account', 'listAddresses', {}, phone.openid)).addresses).toHaveLength(1);
  expect(lines(page, '.erased-line')).toEqual([]);
});

test('an order still being made stops the delete, and the page says why', async () => {
  await customerWithData(phone.openid);
  const page = await openPrivacy();
  page.querySelector('.erase')?.dispatchEvent('tap');
  await until(() => lines(page, '.erased-line').length > 0);
  expect(lines(page, '.erased-line')).toEqual([
    '你有订单正在制作或等待取餐，请在订单完成后再删除。这次没有删除任何内容。',
  ]);
  expect(dataOf(await shop.call('account', 'listAddresses', {}, phone.openid)).addresses).toHaveLength(1);
});

test('delete after two confirms removes the data in the cloud and anonymises the paid order', async () => {
  const orderId = await customerWithData(phone.openid);
  shop.cloud.database.update('orders', { _id: orderId }, { $set: { status: 'COMPLETED' } }); // handed over
  const page = await openPrivacy();
  page.querySelector('.erase')?.dispatchEvent('tap');
  await until(() => lines(page, '.erased-line').length > 0);
  expect(phone.modals.map(({ content }) => content.slice(0, 8))).toEqual([
    '将删除你的购物车',
    '删除后无法恢复，',
  ]);
  expect(lines(page, '.erased-line')[0]).toBe('删除 2 项 · 匿名保留订单 1 个 · 取消未付款订单 0 个');
  expect(lines(page, '.erased-line')[1]).toContain('匿名订单最晚保留至');
  expect(phone.toasts).toEqual(['已删除']);

  expect(dataOf(await shop.call('account', 'listAddresses', {}, phone.openid)).addresses).toEqual([]);
  expect(dataOf(await customer(shop, phone.openid).list()).orders).toEqual([]);
  expect(storedOrder(shop, orderId)._openid).not.toBe(phone.openid); // kept for the accounts, not linked to them
  const exported = dataOf(await shop.call('account', 'privacyExport', {}, phone.openid));
  expect([exported.orders, exported.carts, exported.addresses]).toEqual([[], [], []]);
});
