/** @jest-environment jsdom */
import http from 'node:http';
import path from 'node:path';
import { decodeCodePng, SCENE_KEYWORD } from '../../../../emulator/src/openapi';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { addStaff, STAFF } from '../../../../test/staff/staff-fixtures';

// The tables page against the local cloud: the list, a table added by its code (a taken or malformed code is
// said beside the field), disabled, and its printable code shown and opened full screen for saving.
const miniprogramRoot = path.join(__dirname, '../../..');
let shop: TestCloud;
let phone: CustomerPhone;
let previews: Array<{ urls: string[]; current?: string }>;

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules());

const openAs = (openid: string) => {
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  previews = [];
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wxApi.previewImage = (options: { urls: string[]; current?: string }) => {
    previews.push({ urls: options.urls, ...(options.current && { current: options.current }) });
    return Promise.resolve({ errMsg: 'previewImage:ok' });
  };
  return openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, { storeId: DEMO_STORE });
};
const rows = (page: SimulatedPage) =>
  (page.instance as unknown as { data: { rows: Array<Record<string, unknown>> } }).data.rows;
const phase = (page: SimulatedPage) => (page.instance as unknown as { data: { phase: string } }).data.phase;
const text = (page: SimulatedPage, selector: string) =>
  page.querySelector(selector)?.dom?.textContent?.trim() ?? '';
const fire = (page: SimulatedPage, selector: string, event: string, detail?: object) =>
  page.querySelector(selector)?.dispatchEvent(event, detail && { detail });
/** Types `value` into the new table's code and waits until the page holds it (upper-cased). */
const typeCode = async (page: SimulatedPage, value: string) => {
  fire(page, '.new-code', 'input', { value });
  await until(
    () => (page.instance as unknown as { data: { newCode: string } }).data.newCode === value.toUpperCase(),
  );
};
/** The bytes at `url` (jsdom has no fetch). */
const download = (url: string) =>
  new Promise<Buffer>((resolve, reject) => {
    http
      .get(url, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });

test('adds a table by its code; a taken or malformed code is said beside the field', async () => {
  const page = await openAs(STAFF.owner);
  await until(() => phase(page) === 'ready');
  const listed = rows(page).length;
  expect(text(page, '.table-A01 .code')).toBe('A01');
  await typeCode(page, 'a1');
  fire(page, '.add', 'tap');
  await until(() => text(page, '.code-error') !== '');
  expect(text(page, '.code-error')).toBe('一个大写字母加两位数字，如 A01');
  await typeCode(page, 'a01');
  fire(page, '.add', 'tap');
  await until(() => text(page, '.code-error') === '本店已有 A01 号桌，换一个桌号');
  await typeCode(page, 'b09');
  fire(page, '.add', 'tap');
  await until(() => rows(page).length === listed + 1);
  expect(text(page, '.table-B09 .name')).toBe('B09 号桌');
  expect(phone.toasts).toEqual(['已添加']);
  expect(shop.cloud.database.find('tables', { storeId: DEMO_STORE, code: 'B09' })).toHaveLength(1);
  fire(page, '.table-B09 .toggle', 'tap');
  await until(() => text(page, '.table-B09 .toggle') === '启用');
  expect(shop.cloud.database.find('tables', { code: 'B09' })[0]?.isActive).toBe(false);
});

test('a table’s code is made, shown, and opened full screen; its image carries the table’s scene', async () => {
  const page = await openAs(STAFF.clerk);
  await until(() => phase(page) === 'ready');
  expect(text(page, '.read-only')).toContain('店员可以查看和打印桌码');
  expect(page.querySelector('.toggle')).toBeUndefined();
  fire(page, '.table-A02 .show-code', 'tap');
  await until(() => page.querySelector('.table-A02 .code-image') !== undefined);
  const url = String(rows(page).find((row) => row.code === 'A02')?.codeUrl);
  const png = decodeCodePng(await download(url));
  expect(png.text[SCENE_KEYWORD]).toBe('table-demo-a02');
  fire(page, '.table-A02 .code-image', 'tap');
  await until(() => previews.length > 0);
  expect(previews).toEqual([{ urls: [url], current: url }]);
});

test('the kitchen is refused', async () => {
  const page = await openAs(STAFF.kitchen);
  await until(() => phase(page) === 'forbidden');
  expect(text(page, '.state')).toContain('你不是这家店的员工');
});
