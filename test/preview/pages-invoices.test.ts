import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { paidOrder } from '../staff/staff-fixtures';
import { previewSuite } from '../support/preview-suite';
import { dataOf } from '../support/results';
import { DEMO_STORE } from '../support/test-cloud';

// Invoices in headless Chromium over the local cloud: the customer asks on the order page (the form, a wrong
// tax number, the request shown), and the demo owner's invoices page lists it beside an issued one, in zh-CN
// and English. Pictures go to the system's temporary folder.
const ROOT = path.resolve(__dirname, '../..');
const SHOTS = process.env.PREVIEW_SHOTS_DIR ?? os.tmpdir();
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
const CUSTOMER = 'o-preview-customer-a';
const DEMO_OWNER = 'o-demo-owner';

/** A part of the invoice card's own template (the engine prefixes its classes with the component's path). */
const card = (name: string) => `[class~="account-components-invoice-card-index--${name}"]`;
const shot = (page: Page, name: string) =>
  page.locator('#phone').screenshot({ path: path.join(SHOTS, `pages-invoices-${name}.png`) });

test('the customer asks for a company invoice on the order page', async () => {
  const orderId = await paidOrder(suite.shop, CUSTOMER);
  const { page } = await suite.open(`/preview/?as=customer-a&page=pages/order/index&id=${orderId}`);
  await page.locator(card('invoice-request')).click();
  await page.locator(card('kind-company')).click();
  await page.locator(`${card('field-title')} input`).fill('上海示例咖啡有限公司');
  await page.locator(`${card('field-tax')} input`).fill('91310000MA1K4');
  await page.locator(`${card('field-email')} input`).fill('ap@example.com');
  await page.locator(card('invoice-submit')).click();
  await page.locator(card('form-problem')).waitFor();
  expect(await page.locator(card('form-problem')).innerText()).toBe('税号应为 15–20 位数字或大写字母');
  await shot(page, 'order-form-zh');
  await page.locator(`${card('field-tax')} input`).fill('91310000ma1k4xxxxa');
  await page.locator(card('invoice-submit')).click();
  await page.locator(card('invoice-status')).waitFor();
  expect(await page.locator(card('invoice-status')).innerText()).toBe('已申请，等待开具');
  expect(await page.locator(card('invoice-tax')).innerText()).toBe('91310000MA1K4XXXXA');
  await shot(page, 'order-requested-zh');
  await page.evaluate(
    `localStorage.setItem('diandan-preview:${CUSTOMER}:diandan.session.v1', JSON.stringify({ locale: 'en' }))`,
  );
  await page.reload();
  await page.locator(card('invoice-status')).waitFor();
  expect(await page.locator(card('invoice-status')).innerText()).toBe('Requested, being issued');
  await page.locator(card('invoice-edit')).click();
  await page.locator(card('invoice-form')).waitFor();
  await shot(page, 'order-edit-en');
  await page.evaluate(`localStorage.removeItem('diandan-preview:${CUSTOMER}:diandan.session.v1')`);
});

/** Opens `address`; every call it makes is the demo owner's (the preview's users are customers). */
async function openAsOwner(address: string): Promise<Page> {
  const tab = await suite.open('/preview/?page=pages/me/index');
  await tab.page.route('**/*', (route) => {
    const headers = route.request().headers();
    if (!('x-wx-openid' in headers)) return route.continue();
    return route.continue({ headers: { ...headers, 'x-wx-openid': DEMO_OWNER } });
  });
  await tab.page.goto(`${suite.shop.cloud.baseUrl}${address}`);
  await tab.page.waitForSelector('body[data-preview-ready]');
  return tab.page;
}

test('the owner lists the requests, filters the issued ones, in both languages', async () => {
  const { shop } = suite;
  await shop.clock.advance(60_000); // asked a minute after the first test's request: listed first
  const personal = await paidOrder(shop, 'o-preview-invoice-b');
  const { id } = dataOf(
    await shop.call(
      'order',
      'requestInvoice',
      { orderId: personal, kind: 'personal', title: '王小明', email: 'xm@example.cn' },
      'o-preview-invoice-b',
    ),
  );
  const fileId = shop.cloud.storage.put(`invoices/${DEMO_STORE}/${id}.pdf`, Buffer.from('%PDF'));
  dataOf(await shop.call('staff', 'markInvoiceIssued', { invoiceId: id, fileId }, DEMO_OWNER));
  const page = await openAsOwner(`/preview/?page=staff/pages/invoices/index&storeId=${DEMO_STORE}`);
  await page.locator('.row').first().waitFor();
  expect(await page.locator('.row .title').allInnerTexts()).toEqual(['上海示例咖啡有限公司']);
  expect(await page.locator('.upload').innerText()).toBe('上传并标记已开');
  await shot(page, 'staff-requested-zh');
  await page.locator('.filter-all').click();
  await page.locator('.view-file').waitFor();
  expect(await page.locator('.row .title').allInnerTexts()).toEqual(['王小明', '上海示例咖啡有限公司']);
  await shot(page, 'staff-all-zh');

  await page.evaluate(
    `localStorage.setItem('diandan-preview:o-preview-customer-a:diandan.session.v1', JSON.stringify({ locale: 'en' }))`,
  );
  await page.reload();
  await page.locator('.row').first().waitFor();
  expect(await page.locator('.upload').innerText()).toBe('Upload and mark issued');
  await shot(page, 'staff-requested-en');
});
