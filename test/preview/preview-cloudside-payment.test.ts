import os from 'node:os';
import path from 'node:path';
import { customer, storedOrder } from '../support/ordering-calls';
import { openPreviewTab, type PreviewTab } from '../support/preview';
import { dataOf } from '../support/results';
import { previewSuite } from '../support/preview-suite';

// wx.requestPayment in headless Chromium on the cloudside fixture app: the payment sheet pays through the
// sandbox's customer door, the real notify settles the order, and the page follows it with watch().
const APP = path.join(__dirname, 'cloudside-app');
const CUSTOMER_A = 'o-preview-customer-a';
const suite = previewSuite(APP);

/** An order customer A placed for one latte, not yet paid. */
async function placedOrder(): Promise<string> {
  const buyer = customer(suite.shop, CUSTOMER_A);
  dataOf(await buyer.add('prod-latte'));
  return dataOf(await buyer.place()).order.id;
}

/** The trade of the order's current payment attempt. */
function currentTrade(orderId: string) {
  const { outTradeNo } = storedOrder(suite.shop, orderId).payment as { outTradeNo: string };
  const trade = suite.shop.cloud.payments.trade(outTradeNo);
  if (!trade) throw new Error(`no trade ${outTradeNo}`);
  return trade;
}

async function openPayPage(orderId: string, as = 'customer-a'): Promise<PreviewTab> {
  return openPreviewTab(
    suite.browser,
    suite.shop.cloud.baseUrl,
    `/preview/?as=${as}&page=pages/pay/index&orderId=${orderId}`,
  );
}

const textOf = (tab: PreviewTab, selector: string) => tab.page.locator(selector).innerText();

test('paying on the sheet pays the sandbox trade as the customer; the real notify marks the order paid, seen live through watch()', async () => {
  const orderId = await placedOrder();
  const tab = await openPayPage(orderId);
  const { page } = tab;
  await page.waitForSelector('.pay-button');
  const totalFen = storedOrder(suite.shop, orderId).totalFen as number;
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
  await page.screenshot({ path: path.join(os.tmpdir(), 'cloudside-pay-sheet.png') });

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
  expect(suite.shop.cloud.openapi.consentCredits(CUSTOMER_A, 'tmpl-pickup-ready')).toBe(1);

  const paid = currentTrade(orderId);
  expect(paid).toMatchObject({ state: 'SUCCESS', payerOpenid: CUSTOMER_A, outTradeNo: trade.outTradeNo });
  expect(
    suite.shop.cloud.payments.deliveries().filter((record) => record.outTradeNo === trade.outTradeNo),
  ).toEqual([expect.objectContaining({ functionName: 'notify', attempt: 1, result: 'acknowledged' })]);
  const order = storedOrder(suite.shop, orderId);
  expect(order.status).toBe('PAID');
  await page.waitForSelector('.pickup-number');
  expect(await textOf(tab, '.pickup-number')).toBe(String(order.pickupNumber));
  await page.screenshot({ path: path.join(os.tmpdir(), 'cloudside-paid.png') });
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
  await suite.shop.cloud.scheduler.idle();
  expect(suite.shop.cloud.payments.deliveries().filter((record) => record.outTradeNo === outTradeNo)).toEqual(
    [],
  );
  expect(storedOrder(suite.shop, orderId).status).toBe('PENDING_PAYMENT');
  expect(await textOf(tab, '.order-status')).toBe('PENDING_PAYMENT');
  expect(tab.failures).toEqual([]);
  await page.close();
});

test('without callbacks requestPayment answers with a promise: rejected on cancel, resolved once paid', async () => {
  const orderId = await placedOrder();
  const tab = await openPayPage(orderId);
  const { page } = tab;
  await page.waitForSelector('.pay-button');
  const { payment } = dataOf(await suite.shop.call('pay', 'start', { orderId }, CUSTOMER_A));
  const requestPayment = (params: typeof payment) =>
    page.evaluate(
      (sheet) =>
        (globalThis as unknown as { wx: { requestPayment(p: object): Promise<{ errMsg: string }> } }).wx
          .requestPayment(sheet)
          .then(
            (answer) => `resolved ${answer.errMsg}`,
            (answer: { errMsg: string }) => `rejected ${answer.errMsg}`,
          ),
      params,
    );

  const cancelled = requestPayment(payment);
  await page.locator('.wx-pay-cancel').click();
  expect(await cancelled).toBe('rejected requestPayment:fail cancel');
  const paid = requestPayment(payment);
  await page.locator('.wx-pay-confirm').click();
  expect(await paid).toBe('resolved requestPayment:ok');
  await page.waitForFunction(() => document.querySelector('.order-status')?.textContent === 'PAID');
  expect(currentTrade(orderId)).toMatchObject({ state: 'SUCCESS', payerOpenid: CUSTOMER_A });
  expect(storedOrder(suite.shop, orderId).status).toBe('PAID');
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
