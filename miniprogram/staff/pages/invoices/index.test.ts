/** @jest-environment jsdom */
import http from 'node:http';
import path from 'node:path';
import { addStaff, OTHER_STORE_MANAGER, paidOrder, STAFF } from '../../../../test/staff/staff-fixtures';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { dataOf } from '../../../../test/support/results';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// The invoices page over the real local cloud: the store's requests with what is needed to issue them, a
// file picked from a chat and uploaded to the local cloud's storage, the request marked issued, the filter,
// and the forbidden and empty states.
const ROOT = path.join(__dirname, '../../..');
let shop: TestCloud;
const orders: string[] = [];
const clipboard: string[] = [];

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
  for (const [buyer, fields] of [
    [
      'o-inv-page-1',
      {
        kind: 'company',
        title: '上海示例咖啡有限公司',
        taxNumber: '91310000MA1K4XXXXA',
        email: 'ap@example.com',
      },
    ],
    ['o-inv-page-2', { kind: 'personal', title: '王小明', email: 'xm@example.cn' }],
  ] as const) {
    const orderId = await paidOrder(shop, buyer);
    await shop.clock.advance(60_000);
    dataOf(await shop.call('order', 'requestInvoice', { orderId, ...fields }, buyer));
    orders.push(orderId);
  }
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules());

/** The staff member's phone: a chat file to pick, and uploads that land in the local cloud's storage. */
function staffPhone(openid: string): CustomerPhone {
  const phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  const wx = (globalThis as unknown as { wx: Record<string, unknown> & { cloud: Record<string, unknown> } })
    .wx;
  Object.assign(wx, {
    canIUse: (api: string) => api === 'chooseMessageFile',
    chooseMessageFile: async () => ({
      tempFiles: [{ path: 'wxfile://tmp/fapiao.pdf', name: '电子发票.pdf', size: 4 }],
    }),
    setClipboardData: (options: { data: string; success?: () => void }) => {
      clipboard.push(options.data);
      options.success?.();
    },
  });
  wx.cloud.uploadFile = async ({ cloudPath }: { cloudPath: string }) => ({
    fileID: shop.cloud.storage.put(cloudPath, Buffer.from('%PDF-1.7 fapiao')),
    statusCode: 200,
    errMsg: 'cloud.uploadFile:ok',
  });
  return phone;
}

async function openInvoices(openid: string, storeId = DEMO_STORE): Promise<SimulatedPage> {
  staffPhone(openid);
  return openSimulatedPage(path.join(__dirname, 'index'), ROOT, { storeId });
}

/** The body at `url` (jsdom has no fetch). */
const download = (url: string) =>
  new Promise<string>((resolve, reject) => {
    http
      .get(url, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString()));
      })
      .on('error', reject);
  });

const textsOf = (page: SimulatedPage, selector: string) =>
  page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '');

test('a clerk sees the requests, uploads the file and marks one issued; the issued filter opens it', async () => {
  const page = await openInvoices(STAFF.clerk);
  await until(() => textsOf(page, '.row').length === 2);
  const pickups = orders.map((id) => shop.cloud.database.find('orders', { _id: id })[0]?.pickupNumber);
  expect(textsOf(page, '.pickup')).toEqual([`取餐号 ${pickups[1]}`, `取餐号 ${pickups[0]}`]); // newest first
  expect(textsOf(page, '.title')).toEqual(['王小明', '上海示例咖啡有限公司']);
  expect(textsOf(page, '.tax')).toEqual(['税号 91310000MA1K4XXXXA']);
  expect(textsOf(page, '.email')).toEqual(['xm@example.cn', 'ap@example.com']);
  expect(textsOf(page, '.amount')).toEqual(['¥19.00', '¥19.00']);

  page.querySelectorAll('.upload')[1]?.dispatchEvent('tap');
  await until(() => textsOf(page, '.view-file').length === 1);
  const [issued] = shop.cloud.database.find('invoices', { orderId: orders[0] });
  expect(issued).toMatchObject({ status: 'issued', issuedBy: STAFF.clerk });
  expect(String(issued?.fileId)).toMatch(new RegExp(`/invoices/${DEMO_STORE}/inv-${orders[0]}-\\d+\\.pdf$`));
  expect(textsOf(page, '.upload')).toHaveLength(1);

  page.querySelector('.filter-issued')?.dispatchEvent('tap');
  await until(() => textsOf(page, '.row').length === 1 && textsOf(page, '.upload').length === 0);
  expect(textsOf(page, '.title')).toEqual(['上海示例咖啡有限公司']);
  expect(textsOf(page, '.when')[0]).toMatch(/^开具于 /);
  page.querySelector('.view-file')?.dispatchEvent('tap');
  await until(() => clipboard.length === 1);
  expect(await download(clipboard[0] ?? '')).toBe('%PDF-1.7 fapiao');
});

test('the kitchen sees the forbidden state, and nothing is listed', async () => {
  const page = await openInvoices(STAFF.kitchen);
  await until(() => Boolean(page.querySelector('.forbidden')));
  expect(page.querySelector('.forbidden')?.dom?.textContent).toContain('你不是这家店的员工');
  expect(page.querySelector('.row')).toBeFalsy();
});

test('a store without requests shows the empty state for the filter', async () => {
  const page = await openInvoices(OTHER_STORE_MANAGER, 'store-elsewhere');
  await until(() => Boolean(page.querySelector('.empty')));
  expect(page.querySelector('.empty')?.dom?.textContent).toContain('没有待开具的发票');
});
