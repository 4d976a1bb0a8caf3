/** @jest-environment jsdom */
import path from 'node:path';
import { appConfig } from '../../../config';
import { createWxCloud } from '../../../../emulator/src/client/wx-cloud';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { customer, LIMITED, setStock, storedOrder } from '../../../../test/support/ordering-calls';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// Checkout against the local cloud: placing, paying, consent, and every way out of a refusal.
const miniprogramRoot = path.join(__dirname, '../../..');
const SESSION_KEY = 'diandan.session.v1';
const LATTE = { size: 'medium', temperature: 'hot', sugar: 'none' };
/** The templates the mini program asks consent for after payment: ready and declined. */
const ORDER_READY = appConfig.subscribeTemplates.orderReady;
const ORDER_REJECTED = appConfig.subscribeTemplates.orderRejected;

let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules()); // the page and its stores load afresh for each customer

/** A customer of the demo café with `items` in the cart, on the checkout page for pickup. */
async function openCheckoutOf(
  openid: string,
  items: Array<[productId: string, quantity: number, specs?: Record<string, string>]> = [
    ['prod-latte', 1, LATTE],
  ],
): Promise<SimulatedPage> {
  for (const [productId, quantity, specs] of items)
    expect((await customer(shop, openid).add(productId, quantity, specs)).ok).toBe(true);
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  phone.storage.set(SESSION_KEY, { storeId: DEMO_STORE, table: null, mode: 'pickup', locale: 'zh-CN' });
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);
  await until(() => !pageData(page).previewing && pageData(page).breakdown !== null);
  return page;
}

interface CheckoutData {
  previewing: boolean;
  placing: boolean;
  canPlace: boolean;
  breakdown: { totalFen: number } | null;
  idempotencyKey: string;
}

function pageData(page: SimulatedPage): CheckoutData {
  return (page.instance as unknown as { data: CheckoutData }).data;
}

function textOf(page: SimulatedPage, selector: string): string | undefined {
  return page.querySelector(selector)?.dom?.textContent ?? undefined;
}

function texts(page: SimulatedPage, selector: string): Array<string | undefined> {
  return page.querySelectorAll(selector).map((node) => node.dom?.textContent);
}

function ordersOf(openid: string): Array<Record<string, unknown>> {
  return shop.cloud.database.find('orders', { _openid: openid });
}

/** The order page the checkout went to, once it went. */
async function orderPageId(): Promise<string> {
  await until(() => phone.navigations.some((move) => move.kind === 'redirectTo'));
  const move = phone.navigations.find((each) => each.kind === 'redirectTo');
  const match = /^\/pages\/order\/index\?id=(.+)$/.exec(move?.url ?? '');
  if (!match?.[1]) throw new Error(`not the order page: ${move?.url}`);
  return match[1];
}

function tap(page: SimulatedPage, selector: string): void {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`nothing to tap at ${selector}`);
  node.dispatchEvent('tap');
}

test('pickup as soon as possible: the breakdown, one tap on pay, the order PAID and consent recorded', async () => {
  const openid = 'o-checkout-happy';
  const page = await openCheckoutOf(openid);
  expect(texts(page, '.mode')).toEqual(['堂食 Dine in', '自取 Pickup', '外送 Delivery']);
  expect(textOf(page, '.mode.is-active')).toBe('自取 Pickup');
  expect(textOf(page, '.picked')).toBe('尽快取餐 ›');
  expect(textOf(page, '.pay')).toBe('支付 ¥25.00 Pay ¥25.00');
  phone.choices.consent = { [ORDER_READY]: 'accept', [ORDER_REJECTED]: 'reject' };

  tap(page, '.pay');
  const orderId = await orderPageId();
  await shop.cloud.scheduler.idle();
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'PAID', totalFen: 2500, mode: 'pickup' });
  expect(ordersOf(openid)).toHaveLength(1);
  expect(phone.subscribePrompts).toEqual([[ORDER_READY, ORDER_REJECTED]]);
  expect(shop.cloud.database.find('subscriptions', { _openid: openid })).toMatchObject([
    { templateId: ORDER_READY, credits: 1 },
  ]);
});

test('a pickup slot from today’s hours is sent, and a double tap on pay places one order', async () => {
  const openid = 'o-checkout-double';
  const page = await openCheckoutOf(openid);
  page.querySelector('.pickup-picker')?.dispatchEvent('change', { detail: { value: 2 } });
  await until(() => !pageData(page).previewing);
  const slot = (page.instance as unknown as { data: { pickupSlots: Array<{ at: string }> } }).data
    .pickupSlots[1];
  tap(page, '.pay');
  tap(page, '.pay');
  const orderId = await orderPageId();
  expect(ordersOf(openid)).toHaveLength(1);
  expect(Date.parse(String(storedOrder(shop, orderId).pickupAt))).toBe(Date.parse(slot?.at ?? ''));
});

test('after a network failure the pay button retries with the same key, making one order', async () => {
  const openid = 'o-checkout-network';
  const page = await openCheckoutOf(openid);
  const sentKeys: string[] = [];
  const record = (cloud: { callFunction(options: { name: string; data: unknown }): Promise<unknown> }) => {
    const send = cloud.callFunction.bind(cloud);
    cloud.callFunction = (options) => {
      const data = options.data as { action: string; input: { idempotencyKey?: string } };
      if (options.name === 'checkout' && data.action === 'place')
        sentKeys.push(data.input.idempotencyKey ?? '');
      return send(options);
    };
    Object.assign(globalThis, { wx: { ...(globalThis as unknown as { wx: object }).wx, cloud } });
  };
  const unreachable = createWxCloud({ baseUrl: 'http://127.0.0.1:1', openid });
  unreachable.init();
  record(unreachable as never);

  tap(page, '.pay');
  await until(() => page.querySelector('.network') !== undefined);
  expect(textOf(page, '.network .notice-text')).toBe('网络不太好，请稍后重试');
  expect(textOf(page, '.pay')).toBe('重新提交 Try again');
  expect(ordersOf(openid)).toHaveLength(0);

  phone.signInAs(openid);
  record((globalThis as unknown as { wx: { cloud: never } }).wx.cloud);
  tap(page, '.pay'); // the one pay button is the retry
  const orderId = await orderPageId();
  expect(sentKeys).toHaveLength(2);
  expect(sentKeys[1]).toBe(sentKeys[0]);
  expect(storedOrder(shop, orderId).idempotencyKey).toBe(sentKeys[0]);
  expect(ordersOf(openid)).toHaveLength(1);
});

test('OUT_OF_STOCK names the item and what is left; one tap sets the line to it, and the order goes through', async () => {
  const openid = 'o-checkout-stock';
  setStock(shop, LIMITED.almondCroissant.skuId, 3);
  const page = await openCheckoutOf(openid, [[LIMITED.almondCroissant.productId, 3]]);
  setStock(shop, LIMITED.almondCroissant.skuId, 1);

  tap(page, '.pay');
  await until(() => page.querySelector('.fix-stock') !== undefined);
  expect(textOf(page, '.stock-fix-text')).toBe('杏仁可颂 仅剩 1 件');
  expect(textOf(page, '.fix-stock')).toBe('改为 1 件');
  tap(page, '.fix-stock');
  await until(() => page.querySelector('.fix-stock') === undefined && !pageData(page).previewing);
  const cart = await customer(shop, openid).cart();
  expect(cart.ok && cart.data.lines.map((line) => line.quantity)).toEqual([1]);
  expect(pageData(page).breakdown?.totalFen).toBe(1900);

  tap(page, '.pay');
  const orderId = await orderPageId();
  expect(storedOrder(shop, orderId)).toMatchObject({ totalFen: 1900 });
});

test('PRICE_CHANGED shows the new total and places again once the customer confirms it', async () => {
  const openid = 'o-checkout-price';
  const page = await openCheckoutOf(openid);
  shop.cloud.database.update('skus', { _id: 'sku-latte-medium' }, { $set: { priceFen: 2600 } });
  try {
    tap(page, '.pay');
    const orderId = await orderPageId();
    expect(phone.modals).toEqual([{ title: '价格有变动', content: '新的合计为 ¥27.00，确认下单吗？' }]);
    expect(storedOrder(shop, orderId)).toMatchObject({ totalFen: 2700 });
    expect(ordersOf(openid)).toHaveLength(1);
  } finally {
    shop.cloud.database.update('skus', { _id: 'sku-latte-medium' }, { $set: { priceFen: 2400 } });
  }
});

test('STORE_CLOSED says so and leads back to the menu; a closed store’s preview shows the blocker in words', async () => {
  const openid = 'o-checkout-closed';
  const page = await openCheckoutOf(openid);
  shop.cloud.database.update('stores', { _id: DEMO_STORE }, { $set: { isAcceptingOrders: false } });
  try {
    tap(page, '.pay');
    await until(() => page.querySelector('.store-closed') !== undefined);
    expect(textOf(page, '.store-closed .notice-text')).toBe('门店已打烊，请稍后再来');
    expect(ordersOf(openid)).toHaveLength(0);
    tap(page, '.back-to-menu');
    await until(() => phone.navigations.length === 1);
    expect(phone.navigations[0]).toMatchObject({ kind: 'switchTab', url: '/pages/menu/index' });

    jest.resetModules();
    const reopened = await openCheckoutOf(openid, []);
    expect(texts(reopened, '.blocker')).toEqual(['门店已打烊，暂不接单']);
    expect(reopened.querySelector('.store-closed')).not.toBeUndefined();
    expect(pageData(reopened).canPlace).toBe(false);
  } finally {
    shop.cloud.database.update('stores', { _id: DEMO_STORE }, { $set: { isAcceptingOrders: true } });
  }
});

test('a cancelled payment goes to the order page with a toast, the order still PENDING_PAYMENT', async () => {
  const openid = 'o-checkout-cancel';
  const page = await openCheckoutOf(openid);
  phone.choices.payment = 'cancel';
  tap(page, '.pay');
  const orderId = await orderPageId();
  expect(phone.toasts).toEqual(['已取消支付，可在订单页继续支付']);
  await shop.cloud.scheduler.idle();
  expect(storedOrder(shop, orderId)).toMatchObject({ status: 'PENDING_PAYMENT' });
  expect(phone.subscribePrompts).toEqual([]);
});

test('dine-in without a table says to scan one; with the scanned table the order is placed for that table', async () => {
  const openid = 'o-checkout-table';
  const page = await openCheckoutOf(openid);
  const modeTab = (label: string) =>
    page.querySelectorAll('.mode').find((tab) => tab.dom?.textContent === label);
  modeTab('堂食 Dine in')?.dispatchEvent('tap');
  await until(() => textOf(page, '.blocker') !== undefined && !pageData(page).previewing);
  expect(textOf(page, '.table')).toBe('请扫描桌上的二维码点单');
  expect(texts(page, '.blocker')).toEqual(['堂食请先扫描桌上的二维码']);
  expect(pageData(page).canPlace).toBe(false);

  const { session } = await import('../../../stores');
  const scanned = { id: 'table-demo-a01', name: 'A01 号桌', nameEn: 'Table A01', code: 'A01' };
  session.scanTable(DEMO_STORE, scanned); // as the menu binds a scanned code (browse.home's table)
  modeTab('自取 Pickup')?.dispatchEvent('tap');
  await until(() => !pageData(page).previewing);
  modeTab('堂食 Dine in')?.dispatchEvent('tap');
  await until(() => pageData(page).canPlace);
  expect(textOf(page, '.table')).toBe('桌号 A01 号桌');
  expect(texts(page, '.blocker')).toEqual([]);
  tap(page, '.pay');
  const orderId = await orderPageId();
  expect(storedOrder(shop, orderId)).toMatchObject({ mode: 'dine_in', status: 'PAID' });
  const detail = await customer(shop, openid).detail(orderId);
  expect(detail.ok && detail.data.table).toMatchObject({ id: 'table-demo-a01', name: 'A01 号桌' });
});

test('delivery preselects the default address; "choose another" takes the address the book page sends back', async () => {
  const openid = 'o-checkout-delivery';
  const near = {
    provinceName: '上海市',
    cityName: '上海市',
    countyName: '徐汇区',
    latitude: 31.19,
    longitude: 121.44,
  };
  const home = { ...near, userName: '张三丰', telNumber: '13812345678', detailInfo: '示范路 8 号 3 楼' };
  const office = { ...near, userName: '李四', telNumber: '13987654321', detailInfo: '示范路 99 号 12 楼' };
  const saved = await shop.call('account', 'saveAddress', home, openid);
  const second = await shop.call('account', 'saveAddress', office, openid);
  if (!saved.ok || !second.ok) throw new Error('addresses not saved');
  const page = await openCheckoutOf(openid, [['prod-latte', 2, LATTE]]);
  page.querySelectorAll('.mode')[2]?.dispatchEvent('tap');
  await until(() => textOf(page, '.address-title') !== undefined && !pageData(page).previewing);
  expect(textOf(page, '.address-title')).toBe('张** 138****5678');
  expect(texts(page, '.blocker')).toEqual([]);
  expect(pageData(page).breakdown?.totalFen).toBe(4800 + 100 + 500);

  tap(page, '.choose-address');
  await until(() => phone.navigations.length === 1);
  const opened = phone.navigations[0];
  expect(opened).toMatchObject({ kind: 'navigateTo', url: '/account/pages/addresses/index?select=1' });
  opened?.events?.selected?.({ addressId: second.data.savedId });
  await until(() => textOf(page, '.address-title') === '李* 139****4321' && !pageData(page).previewing);
  tap(page, '.pay');
  const orderId = await orderPageId();
  const detail = await customer(shop, openid).detail(orderId);
  expect(detail.ok && detail.data.address?.text).toContain('示范路 99 号 12 楼');
  expect(detail.ok && detail.data.mode).toBe('delivery');
});
