/** @jest-environment jsdom */
import path from 'node:path';
import * as wxServerSdk from 'wx-server-sdk';
import { createWxCloud } from '../../../emulator/src/client/wx-cloud';
import { customer, payInSandbox, storedOrder } from '../../../test/support/ordering-calls';
import { dataOf } from '../../../test/support/results';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../test/support/simulate-page';
import { startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The order page over the real local cloud: order.detail, the order document watched under the orders rule,
// cancel, pay again through the payment sheet, and re-order into the cart.
const ROOT = path.join(__dirname, '../..');
const BUYER = 'o-order-page-buyer';
let shop: TestCloud;
let phone: CustomerPhone;
const opened: SimulatedPage[] = [];

// The shop's admin: the real wx-server-sdk, pointed at the local cloud by startTestCloud.
const admin = wxServerSdk as unknown as {
  init(config: { env: string }): void;
  database(): {
    collection(name: string): {
      doc(id: string): { update(options: { data: Record<string, unknown> }): Promise<unknown> };
    };
  };
};

beforeAll(async () => {
  shop = await startTestCloud();
  admin.init({ env: shop.cloud.envId });
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules(); // a fresh page module and fresh stores per test
  phone = installCustomerPhone(shop.cloud.baseUrl, BUYER);
});
afterEach(() => {
  // The page's onUnload closes its watch, as leaving the page does.
  for (const page of opened.splice(0)) (page.instance as unknown as { onUnload(): void }).onUnload();
});

/** A pickup order for one latte by `openid`, unpaid; answers its id and payment sheet. */
async function placeOrder(openid = BUYER) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-latte'));
  return dataOf(await buyer.place());
}

async function openOrderPage(orderId: string): Promise<SimulatedPage> {
  const page = await openSimulatedPage(path.join(__dirname, 'index'), ROOT, { id: orderId });
  opened.push(page);
  return page;
}

const textOf = (page: SimulatedPage, selector: string) =>
  page.querySelector(selector)?.dom?.textContent ?? '';
const tap = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dispatchEvent('tap');

test('the order shows its status, progress, what was ordered, the total and when to pay by', async () => {
  const { order } = await placeOrder();
  const page = await openOrderPage(order.id);
  expect(textOf(page, '.status')).toBe('待支付');
  expect(textOf(page, '.store')).toBe('点单示范咖啡馆');
  expect(textOf(page, '.order-total')).toBe(`¥${(order.totalFen / 100).toFixed(2)}`);
  expect(textOf(page, '.item .name')).toBe('拿铁');
  expect(textOf(page, '.pay-before')).toMatch(/^请在 \d\d:\d\d 前支付$/);
  expect(textOf(page, '.mode')).toBe('自取');
  expect(page.querySelector('.pickup-number')).toBeFalsy();
  expect(page.querySelector('.pay')).toBeTruthy();
  expect(page.querySelector('.cancel')).toBeTruthy();
  const current = page
    .querySelectorAll('.progress >>> .is-current')
    .map((node) => node.dom?.textContent?.trim());
  expect(current).toEqual(['1已下单']);
});

test("a payment and then the shop's own change reach the page live through the watch", async () => {
  const { order, payment } = await placeOrder();
  const page = await openOrderPage(order.id);
  expect(textOf(page, '.status')).toBe('待支付');

  await payInSandbox(shop, payment);
  await until(() => textOf(page, '.status') === '已支付' && textOf(page, '.pickup-number') !== '');
  expect(textOf(page, '.pickup-number')).toBe(storedOrder(shop, order.id).pickupNumber);
  expect(page.querySelector('.pay')).toBeFalsy();

  // The shop accepts it, as its admin would: the document changes under the page, which sets what changed only.
  const instance = page.instance as unknown as { setData(data: object): void };
  const setData = instance.setData.bind(instance);
  const paths: string[] = [];
  instance.setData = (data: object) => {
    paths.push(...Object.keys(data));
    setData(data);
  };
  await admin
    .database()
    .collection('orders')
    .doc(order.id)
    .update({ data: { status: 'ACCEPTED', updatedAt: new Date() } });
  await until(() => textOf(page, '.status') === '制作中');
  expect(paths).toEqual(['order.status', 'order.statusText', 'order.canCancel']);
  expect(page.querySelector('.cancel')).toBeFalsy(); // accepted orders are no longer the customer's to cancel
  expect(
    page.querySelectorAll('.progress >>> .is-current').map((node) => node.dom?.textContent?.trim()),
  ).toEqual(['3制作中']);
});

test('cancel asks first, then cancels in the cloud and shows the order cancelled', async () => {
  const { order } = await placeOrder();
  const page = await openOrderPage(order.id);
  phone.choices.confirmModal = false;
  await (page.instance as unknown as { onCancel(): Promise<void> }).onCancel();
  expect(phone.modals).toEqual([expect.objectContaining({ title: '取消订单？' })]);
  expect(storedOrder(shop, order.id).status).toBe('PENDING_PAYMENT');

  phone.choices.confirmModal = true;
  tap(page, '.cancel');
  await until(() => textOf(page, '.status') === '已取消');
  expect(storedOrder(shop, order.id).status).toBe('CANCELLED');
  expect(phone.toasts).toContain('订单已取消');
  expect(page.querySelector('.cancel')).toBeFalsy();
  expect(page.querySelector('.pay')).toBeFalsy();
  expect(page.querySelector('.progress >>> .is-ended')?.dom?.textContent).toContain('已取消');
});

test('pay again: a cancelled sheet keeps it payable; paying makes it PAID, seen through the watch', async () => {
  const { order } = await placeOrder();
  const page = await openOrderPage(order.id);
  phone.choices.payment = 'cancel';
  await (page.instance as unknown as { onPay(): Promise<void> }).onPay();
  expect(phone.toasts).toContain('已取消支付 · Payment cancelled');
  expect(storedOrder(shop, order.id).status).toBe('PENDING_PAYMENT');
  expect(page.querySelector('.pay')).toBeTruthy();

  phone.choices.payment = 'success';
  tap(page, '.pay');
  await until(() => textOf(page, '.status') === '已支付' && textOf(page, '.pickup-number') !== '');
  expect(storedOrder(shop, order.id).status).toBe('PAID');
  expect(textOf(page, '.pickup-number')).toBe(storedOrder(shop, order.id).pickupNumber);
});

test("another customer's order id is not found, and nothing of it is shown", async () => {
  const { order } = await placeOrder('o-order-page-someone-else');
  const page = await openOrderPage(order.id);
  expect(page.querySelector('.not-found')?.dom?.textContent).toContain('没有找到这个订单');
  expect(page.querySelector('.status')).toBeFalsy();
});

test('an unreachable cloud shows the error and a retry that recovers', async () => {
  const { order } = await placeOrder();
  const unreachable = createWxCloud({ baseUrl: 'http://127.0.0.1:1', openid: BUYER });
  unreachable.init();
  (globalThis as unknown as { wx: { cloud: unknown } }).wx.cloud = unreachable;
  const page = await openOrderPage(order.id);
  expect(textOf(page, '.error')).toContain('网络不太好');
  phone.signInAs(BUYER);
  tap(page, '.error >>> .retry');
  await until(() => textOf(page, '.status') === '待支付');
});

test('order again puts the items into the cart, names what is sold out, and opens the menu', async () => {
  const buyer = customer(shop, BUYER);
  dataOf(await buyer.add('prod-latte'));
  dataOf(await buyer.add('prod-butter-croissant'));
  const { order } = dataOf(await buyer.place());
  shop.cloud.database.update('skus', { _id: 'sku-butter-croissant' }, { $set: { isSoldOut: true } });
  try {
    const page = await openOrderPage(order.id);
    tap(page, '.reorder');
    await until(() => phone.navigations.length === 1);
    expect(phone.modals).toEqual([{ title: '部分商品无法再来一单', content: '黄油可颂 加热（已售罄）' }]);
    expect(phone.navigations).toEqual([{ kind: 'switchTab', url: '/pages/menu/index', delta: undefined }]);
    const held = dataOf(await buyer.cart()).lines.map((line) => [line.productId, line.quantity]);
    expect(held).toEqual([['prod-latte', 1]]);
    // The page's cart store shows the same cart, for the menu to draw at once.
    const { cart, session } = await import('../../stores');
    expect(cart.lines.map((line) => line.productId)).toEqual(['prod-latte']);
    expect(session.storeId).toBe(order.storeId);
  } finally {
    shop.cloud.database.update('skus', { _id: 'sku-butter-croissant' }, { $set: { isSoldOut: false } });
  }
});
