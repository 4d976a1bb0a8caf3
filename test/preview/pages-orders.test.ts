import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import * as wxServerSdk from 'wx-server-sdk';
import { customer, payInSandbox, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { previewSuite } from '../support/preview-suite';

// The orders tab and the order page in headless Chromium over the local cloud: they draw in both languages, and a
// status change made by the shop reaches the open order page live through watch().
const ROOT = path.resolve(__dirname, '../..');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
const CUSTOMER_A = 'o-preview-customer-a';
const CUSTOMER_B = 'o-preview-customer-b';
// Screenshots while developing go to the system's temp folder (the README's come from the journey test).
const SHOTS = process.env.PREVIEW_SHOTS_DIR ?? os.tmpdir();

// The shop's admin: the real wx-server-sdk, pointed at the local cloud by the suite.
const admin = wxServerSdk as unknown as {
  init(config: { env: string }): void;
  database(): {
    collection(name: string): {
      doc(id: string): { update(options: { data: Record<string, unknown> }): Promise<unknown> };
    };
  };
};
const setStatus = (orderId: string, status: string) =>
  admin
    .database()
    .collection('orders')
    .doc(orderId)
    .update({ data: { status, updatedAt: new Date() } });

beforeAll(() => admin.init({ env: suite.shop.cloud.envId }));

/** An unpaid order by `openid`: a latte, and a croissant unless `latteOnly` (the croissant's stock is counted). */
async function placeOrder(openid: string, latteOnly = false) {
  const buyer = customer(suite.shop, openid);
  dataOf(await buyer.add('prod-latte'));
  if (!latteOnly) dataOf(await buyer.add('prod-butter-croissant'));
  const placed = dataOf(await buyer.place());
  await suite.shop.clock.advance(60_000); // a minute apart, so newest first is one order
  return placed;
}

const textOf = (page: Page, selector: string) => page.locator(selector).first().innerText();
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `pages-orders-${name}.png`) });
const waitForText = (page: Page, selector: string, text: string) =>
  page.waitForFunction(([where, wanted]) => document.querySelector(where)?.textContent === wanted, [
    selector,
    text,
  ] as const);

/** Makes `openid`'s preview speak English (the session the me page's language switch remembers). */
async function speakEnglish(page: Page, openid: string): Promise<void> {
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ locale: 'en' })),
    `diandan-preview:${openid}:diandan.session.v1`,
  );
  await page.reload();
  await page.waitForSelector('body[data-preview-ready]');
}

test('the order page draws, and the shop’s changes show live: paid, accepted, ready', async () => {
  const { order, payment } = await placeOrder(CUSTOMER_A);
  const { page } = await suite.open(`/preview/?as=customer-a&page=pages/order/index&id=${order.id}`);
  await waitForText(page, '.status', '待支付');
  expect(await textOf(page, '.order-total')).toBe(`¥${(order.totalFen / 100).toFixed(2)}`);
  expect(await textOf(page, '.pay-before')).toMatch(/^请在 \d\d:\d\d 前支付$/);
  expect(await page.locator('.item').count()).toBe(2);
  await shot(page, 'order-pending-zh');

  await payInSandbox(suite.shop, payment);
  const pickupNumber = storedOrder(suite.shop, order.id).pickupNumber as string;
  await waitForText(page, '.pickup-number', pickupNumber);
  expect(await textOf(page, '.status')).toBe('已支付');
  await setStatus(order.id, 'ACCEPTED');
  await waitForText(page, '.status', '制作中');
  await setStatus(order.id, 'READY');
  await waitForText(page, '.status', '待取餐');
  expect(await page.locator('.pay').count()).toBe(0);
  await shot(page, 'order-ready-zh');
});

test('the orders tab lists the orders in both languages; empty first, then several statuses', async () => {
  let tab = await suite.open('/preview/?as=customer-b&page=pages/orders/index');
  await tab.page.waitForSelector('.empty');
  expect(await tab.page.locator('.empty').innerText()).toContain('还没有订单');
  await shot(tab.page, 'orders-empty-zh');

  const paid = await placeOrder(CUSTOMER_B);
  await payInSandbox(suite.shop, paid.payment);
  const cancelled = await placeOrder(CUSTOMER_B);
  dataOf(await customer(suite.shop, CUSTOMER_B).cancel(cancelled.order.id));
  await placeOrder(CUSTOMER_B);
  await tab.page.close();

  tab = await suite.open('/preview/?as=customer-b&page=pages/orders/index');
  await tab.page.waitForSelector('.order-row');
  expect(await tab.page.locator('.order-row .status').allInnerTexts()).toEqual([
    '待支付',
    '已取消',
    '已支付',
  ]);
  await shot(tab.page, 'orders-list-zh');

  await speakEnglish(tab.page, CUSTOMER_B);
  await tab.page.waitForSelector('.order-row');
  expect(await tab.page.locator('.order-row .status').allInnerTexts()).toEqual([
    'Awaiting payment',
    'Cancelled',
    'Paid',
  ]);
  expect(await textOf(tab.page, '.order-row .store')).toBe('Diandan Demo Café');
  await shot(tab.page, 'orders-list-en');
  await tab.page.close();

  tab = await suite.open(`/preview/?as=customer-b&page=pages/order/index&id=${cancelled.order.id}`);
  await waitForText(tab.page, '.status', 'Cancelled');
  await shot(tab.page, 'order-cancelled-en');
  await tab.page.close();

  tab = await suite.open(`/preview/?as=customer-b&page=pages/order/index&id=${paid.order.id}`);
  await waitForText(tab.page, '.status', 'Paid');
  await shot(tab.page, 'order-paid-en');
});

test("someone else's order draws the not-found state and no part of the order", async () => {
  const { order } = await placeOrder(CUSTOMER_A);
  const { page } = await suite.open(`/preview/?as=customer-b&page=pages/order/index&id=${order.id}`);
  await speakEnglish(page, CUSTOMER_B);
  await page.waitForSelector('.not-found');
  expect(await textOf(page, '.not-found')).toContain('We could not find this order');
  expect(await page.locator('.status').count()).toBe(0);
  await shot(page, 'order-not-found-en');
});

test('scrolling the orders tab to the bottom brings the next page', async () => {
  const buyer = customer(suite.shop, CUSTOMER_A);
  const before = dataOf(await buyer.list({ pageSize: 20 })).orders.length;
  for (let placed = before; placed < 12; placed++) await placeOrder(CUSTOMER_A, true);
  const { page } = await suite.open('/preview/?as=customer-a&page=pages/orders/index');
  const frame = page.locator('.page-frame[data-route="pages/orders/index"]');
  await page.waitForSelector('.order-row');
  expect(await page.locator('.order-row').count()).toBe(10);
  await frame.evaluate((node) => node.scrollTo({ top: node.scrollHeight, behavior: 'auto' }));
  await page.waitForFunction(() => document.querySelectorAll('.order-row').length === 12);
  await waitForText(page, '.list-end', '没有更多订单了');
  await shot(page, 'orders-bottom-zh');
});
