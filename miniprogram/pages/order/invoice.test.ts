/** @jest-environment jsdom */
import path from 'node:path';
import { addStaff, paidOrder, STAFF } from '../../../test/staff/staff-fixtures';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { dataOf } from '../../../test/support/results';
import { openSimulatedPage, type SimulatedPage } from '../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The order page's invoice card over the real local cloud: a paid order offers "申请开票", the form checks the
// tax number before sending, a WeChat invoice title fills it, the request is stored and shown, and once the
// shop issues it the customer opens the file's link.
const ROOT = path.join(__dirname, '../..');
const BUYER = 'o-invoice-page-buyer';
let shop: TestCloud;
let phone: CustomerPhone;
const opened: SimulatedPage[] = [];
const clipboard: string[] = [];

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
  phone = installCustomerPhone(shop.cloud.baseUrl, BUYER);
  // This client has WeChat's invoice titles but no document viewer: an issued invoice's link is copied.
  Object.assign((globalThis as unknown as { wx: object }).wx, {
    canIUse: (api: string) => api === 'chooseInvoiceTitle' || api === 'setClipboardData',
    chooseInvoiceTitle: (options: { success(answer: object): void }) =>
      options.success({
        errMsg: 'chooseInvoiceTitle:ok',
        type: '0',
        title: '上海示例科技有限公司',
        taxNumber: '91310000 ma1k4xxxxb',
      }),
    setClipboardData: (options: { data: string; success?: () => void }) => {
      clipboard.push(options.data);
      options.success?.();
    },
  });
});
afterEach(() => {
  for (const page of opened.splice(0)) (page.instance as unknown as { onUnload(): void }).onUnload();
});

async function openOrderPage(orderId: string): Promise<SimulatedPage> {
  const page = await openSimulatedPage(path.join(__dirname, 'index'), ROOT, { id: orderId });
  opened.push(page);
  return page;
}

const card = (selector: string) => `.invoice >>> ${selector}`;
const textOf = (page: SimulatedPage, selector: string) =>
  page.querySelector(card(selector))?.dom?.textContent ?? '';
const tap = (page: SimulatedPage, selector: string) =>
  page.querySelector(card(selector))?.dispatchEvent('tap');
const type = (page: SimulatedPage, selector: string, value: string) =>
  page.querySelector(card(selector))?.dispatchEvent('input', { detail: { value } });

test('request, fix the tax number, fill from WeChat, see it requested, then issued and opened', async () => {
  const orderId = await paidOrder(shop, BUYER);
  const page = await openOrderPage(orderId);
  expect(textOf(page, '.invoice-request')).toBe('申请开票');
  tap(page, '.invoice-request');
  await until(() => Boolean(page.querySelector(card('.invoice-form'))));
  tap(page, '.kind-company');
  await until(() => Boolean(page.querySelector(card('.field-tax'))));
  type(page, '.field-title', '上海示例咖啡有限公司');
  type(page, '.field-tax', '1234');
  type(page, '.field-email', 'ap@example.com');
  tap(page, '.invoice-submit');
  await until(() => textOf(page, '.form-problem') !== '');
  expect(textOf(page, '.form-problem')).toBe('税号应为 15–20 位数字或大写字母');
  expect(shop.cloud.database.find('invoices', { orderId })).toEqual([]);

  tap(page, '.choose-title');
  tap(page, '.invoice-submit');
  await until(() => textOf(page, '.invoice-status') !== '');
  expect(textOf(page, '.invoice-status')).toBe('已申请，等待开具');
  expect(textOf(page, '.invoice-name')).toBe('单位 · 上海示例科技有限公司');
  expect(textOf(page, '.invoice-tax')).toBe('91310000MA1K4XXXXB');
  expect(phone.toasts).toContain('已提交开票申请');
  const [stored] = shop.cloud.database.find('invoices', { orderId });
  expect(stored).toMatchObject({ kind: 'company', taxNumber: '91310000MA1K4XXXXB', email: 'ap@example.com' });
  expect(page.querySelector(card('.invoice-edit'))).toBeTruthy();

  const fileId = shop.cloud.storage.put(`invoices/${DEMO_STORE}/${orderId}.pdf`, Buffer.from('%PDF'));
  dataOf(await shop.call('staff', 'markInvoiceIssued', { invoiceId: `inv-${orderId}`, fileId }, STAFF.clerk));
  await (page.instance as unknown as { read(): Promise<void> }).read(); // the customer opens the order again
  await until(() => textOf(page, '.invoice-status') === '已开具');
  expect(page.querySelector(card('.invoice-edit'))).toBeFalsy();
  tap(page, '.invoice-view');
  await until(() => clipboard.length === 1);
  expect(clipboard[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/storage\//);
  expect(phone.toasts).toContain('发票链接已复制，可在浏览器打开');
});

test('an unpaid order offers no invoice', async () => {
  const { customer } = await import('../../../test/support/ordering-calls');
  const buyer = customer(shop, BUYER);
  dataOf(await buyer.add('prod-latte'));
  const { order } = dataOf(await buyer.place());
  const page = await openOrderPage(order.id);
  await until(() => page.querySelector('.status') !== undefined && page.querySelector('.status') !== null);
  expect(page.querySelector(card('.invoice-card'))).toBeFalsy();
});
