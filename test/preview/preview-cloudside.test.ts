import path from 'node:path';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { customer, storedOrder } from '../support/ordering-calls';
import { openPreviewTab, type PreviewTab } from '../support/preview';
import { dataOf } from '../support/results';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

// wx APIs with a cloud side, in headless Chromium on the cloudside fixture app: database reads and watch under
// the security rules, requestPayment through the sandbox's customer door (the real notify settles the order),
// and requestSubscribeMessage recorded in the consent ledger.
const APP = path.join(__dirname, 'cloudside-app');
const CUSTOMER_A = 'o-preview-customer-a';
let shop: TestCloud;
let chromium: TestBrowser;

beforeAll(async () => {
  shop = await startTestCloud({ previewRoot: APP });
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await shop?.close();
});

/** An order customer A placed for one latte, not yet paid. */
async function placedOrder(): Promise<string> {
  const buyer = customer(shop, CUSTOMER_A);
  dataOf(await buyer.add('prod-latte'));
  return dataOf(await buyer.place()).order.id;
}

/** The trade of the order's current payment attempt. */
function currentTrade(orderId: string) {
  const { outTradeNo } = storedOrder(shop, orderId).payment as { outTradeNo: string };
  const trade = shop.cloud.payments.trade(outTradeNo);
  if (!trade) throw new Error(`no trade ${outTradeNo}`);
  return trade;
}

async function openPayPage(orderId: string, as = 'customer-a'): Promise<PreviewTab> {
  return openPreviewTab(
    chromium,
    shop.cloud.baseUrl,
    `/preview/?as=${as}&page=pages/pay/index&orderId=${orderId}`,
  );
}

const textOf = (tab: PreviewTab, selector: string) => tab.page.locator(selector).innerText();

test('paying on the sheet pays the sandbox trade as the customer; the real notify marks the order paid, seen live through watch()', async () => {
  const orderId = await placedOrder();
  const tab = await openPayPage(orderId);
  const { page } = tab;
  await page.waitForSelector('.pay-button');
  const totalFen = storedOrder(shop, orderId).totalFen as number;
  const total = `¥${(totalFen / 100).toFixed(2)}`;
  expect(await textOf(tab, '.order-total')).toBe(total);
  expect(await textOf(tab, '.order-status')).toBe('PENDING_PAYMENT');
  expect(tab.calls.map(({ name, openid }) => ({ name, openid }))).toEqual([
    { name: 'pay', openid: CUSTOMER_A },
  ]);

  await page.locator('.pay-button').click();
  await page.waitForSelector('.wx-pay-sheet');
  const trade = currentTrade(orderId);
  expect(await textOf(tab, '.wx-pay-amount')).toBe(total);
  expect(await textOf(tab, '.wx-pay-body')).toBe(trade.body);
  expect(await textOf(tab, '.wx-pay-merchant')).toContain(trade.subMchId);
  expect(trade.state).toBe('NOTPAY');
  await page.screenshot({ path: '/tmp/cloudside-pay-sheet.png' });

  await page.locator('.wx-pay-confirm').click();
  await page.waitForFunction(
    () => document.querySelector('.pay-result')?.textContent === 'requestPayment:ok',
  );
  await page.waitForFunction(() => document.querySelector('.order-status')?.textContent === 'PAID');
  expect(await page.locator('.wx-pay-sheet').count()).toBe(0);

  // Right after paying, the page asks for the pickup message; the customer allows it.
  await page.locator('.wx-subscribe-allow').click();
  await page.waitForSelector('.subscribed');
  expect(await textOf(tab, '.subscribed')).toBe('accept');
  expect(shop.cloud.openapi.consentCredits(CUSTOMER_A, 'tmpl-pickup-ready')).toBe(1);

  const paid = currentTrade(orderId);
  expect(paid).toMatchObject({ state: 'SUCCESS', payerOpenid: CUSTOMER_A, outTradeNo: trade.outTradeNo });
  expect(shop.cloud.payments.deliveries().filter((record) => record.outTradeNo === trade.outTradeNo)).toEqual(
    [expect.objectContaining({ functionName: 'notify', attempt: 1, result: 'acknowledged' })],
  );
  const order = storedOrder(shop, orderId);
  expect(order.status).toBe('PAID');
  await page.waitForSelector('.pickup-number');
  expect(await textOf(tab, '.pickup-number')).toBe(String(order.pickupNumber));
  await page.screenshot({ path: '/tmp/cloudside-paid.png' });
  expect(tab.failures).toEqual([]);
  await page.close();
});

test('cancel answers requestPayment:fail cancel and fail answers :fail; neither pays nor calls back', async () => {
  const orderId = await placedOrder();
  const tab = await openPayPage(orderId);
  const { page } = tab;
  await page.waitForSelector('.pay-button');
  const { outTradeNo } = currentTrade(orderId);

  await page.locator('.pay-button').click();
  await page.locator('.wx-pay-cancel').click();
  await page.waitForFunction(
    () => document.querySelector('.pay-result')?.textContent === 'requestPayment:fail cancel',
  );
  expect(currentTrade(orderId).state).toBe('NOTPAY');

  await page.locator('.pay-button').click();
  await page.locator('.wx-pay-fail').click();
  await page.waitForFunction(
    () => document.querySelector('.pay-result')?.textContent === 'requestPayment:fail payment failed',
  );
  expect(currentTrade(orderId).state).toBe('PAYERROR');
  await shop.cloud.scheduler.idle();
  expect(shop.cloud.payments.deliveries().filter((record) => record.outTradeNo === outTradeNo)).toEqual([]);
  expect(storedOrder(shop, orderId).status).toBe('PENDING_PAYMENT');
  expect(await textOf(tab, '.order-status')).toBe('PENDING_PAYMENT');
  expect(tab.failures).toEqual([]);
  await page.close();
});

test('another customer sees nothing of the order: the rules hide it from reads and watch, pay.start refuses it', async () => {
  const orderId = await placedOrder();
  const tab = await openPayPage(orderId, 'customer-b');
  await tab.page.waitForSelector('.pay-result');
  expect(await textOf(tab, '.pay-result')).toBe('NOT_FOUND');
  expect(await textOf(tab, '.order-status')).toBe('');
  expect(await tab.page.locator('.pay-button').count()).toBe(0);
  expect(tab.failures).toEqual([]);
  await tab.page.close();
});

test('the consent sheet lists the templates; its answers become consent credits in the ledger', async () => {
  const tab = await openPreviewTab(chromium, shop.cloud.baseUrl, '/preview/?page=pages/subscribe/index');
  const { page } = tab;
  const credits = (id: string) => shop.cloud.openapi.consentCredits(CUSTOMER_A, id);

  await page.locator('.ask').click();
  await page.waitForSelector('.wx-subscribe-sheet');
  expect(await page.locator('.wx-subscribe-template').allInnerTexts()).toEqual([
    'tmpl-order-ready',
    'tmpl-order-refunded',
  ]);
  await page.locator('[data-template-id="tmpl-order-refunded"] input').uncheck();
  await page.screenshot({ path: '/tmp/cloudside-subscribe-sheet.png' });
  await page.locator('.wx-subscribe-allow').click();
  await page.waitForSelector('.decision');
  expect(await page.locator('.decision').allInnerTexts()).toEqual(['accept', 'reject']);
  expect([credits('tmpl-order-ready'), credits('tmpl-order-refunded')]).toEqual([1, 0]);

  // 取消 rejects every template and grants nothing.
  await page.locator('.ask').click();
  await page.locator('.wx-subscribe-cancel').click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.decision')].every((node) => node.textContent === 'reject'),
  );
  expect([credits('tmpl-order-ready'), credits('tmpl-order-refunded')]).toEqual([1, 0]);

  // A prompt the platform refuses shows no sheet and fails with its errCode.
  await page.locator('.ask-too-many').click();
  await page.waitForSelector('.refusal');
  expect(await textOf(tab, '.refusal')).toBe(
    '20003 requestSubscribeMessage:fail Templates count out of max bounds',
  );
  expect(await page.locator('.wx-subscribe-sheet').count()).toBe(0);
  expect(tab.failures).toEqual([]);
  await page.close();
});

test('without a tap the consent sheet does not open and nothing is recorded', async () => {
  const tab = await openPreviewTab(
    chromium,
    shop.cloud.baseUrl,
    '/preview/?as=customer-b&page=pages/subscribe/index&askOnLoad=1',
  );
  await tab.page.waitForSelector('.refusal');
  expect(await textOf(tab, '.refusal')).toBe(
    'requestSubscribeMessage:fail can only be invoked by user TAP gesture.',
  );
  expect(await tab.page.locator('.wx-subscribe-sheet').count()).toBe(0);
  expect(shop.cloud.openapi.consentCredits('o-preview-customer-b', 'tmpl-order-ready')).toBe(0);
  expect(tab.failures).toEqual([]);
  await tab.page.close();
});

test("database reads and watch() go through the security rules: categories are public, stock and others' orders are refused", async () => {
  const tab = await openPreviewTab(
    chromium,
    shop.cloud.baseUrl,
    `/preview/?page=pages/menu/index&storeId=${DEMO_STORE}`,
  );
  const { page } = tab;
  await page.waitForFunction(() => (document.querySelector('.denied')?.textContent ?? '') !== '');
  expect(await page.locator('.category').allInnerTexts()).toEqual([
    '咖啡 · Coffee',
    '手冲与冷萃 · Pour-over & Cold Brew',
    expect.stringContaining(' · '),
  ]);
  expect(await textOf(tab, '.denied')).toMatch(/^-502003 /);
  await page.waitForFunction(() => (document.querySelector('.watch-denied')?.textContent ?? '') !== '');
  expect(await textOf(tab, '.watch-denied')).toMatch(/^-502003 /);
  expect(tab.failures).toEqual([]);
  await page.close();
});
