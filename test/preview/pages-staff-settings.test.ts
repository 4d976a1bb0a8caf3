import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { previewSuite } from '../support/preview-suite';

// The staff settings and tables pages drawn by the real pages in headless Chromium against the local cloud, as
// the demo café's owner (every cloud call made as o-demo-owner): the state switch, the editors with a refused
// field, the tables and a table's printable code, in zh-CN and English.
const ROOT = path.resolve(__dirname, '../..');
/** The staff section's picture of the settings page. */
const SCREENSHOT = path.join(ROOT, 'docs/staff-settings.png');
const OWNER = 'o-demo-owner';
const suite = previewSuite(path.join(ROOT, 'miniprogram'));

beforeAll(async () => {
  // The preview's user bar has customers only here: the owner's calls carry the owner's openid.
  await suite.browser.context.route('**/call/**', (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-wx-openid': OWNER } }),
  );
});

/** A picture of the phone frame in the system's temporary folder, to look at while working on the pages. */
async function picture(page: Page, name: string): Promise<void> {
  await page.locator('#phone').screenshot({ path: path.join(os.tmpdir(), `diandan-staff-${name}.png`) });
}

/** Remembers English as the previewed user's language, as the me page's switch does. */
async function speakEnglish(page: Page): Promise<void> {
  await page.evaluate(
    "window.localStorage.setItem('diandan-preview:o-preview-customer-a:diandan.session.v1', JSON.stringify({ storeId: null, table: null, mode: 'pickup', locale: 'en' }))",
  );
}

const SETTINGS = '/preview/?page=staff/pages/settings/index&storeId=store-demo';
const TABLES = '/preview/?page=staff/pages/tables/index&storeId=store-demo';

test('the owner switches the store busy in one tap, edits the hours and sees a refused field', async () => {
  const { page } = await suite.open(SETTINGS);
  await page.locator('.switch-option').first().waitFor();
  expect(await page.locator('#nav-title').innerText()).toBe('门店设置');
  expect(await page.locator('.switch-option.is-on').innerText()).toBe('营业');
  await page.locator('.state-message input').fill('排队较长，20 分钟后再来');
  await page.locator('.switch-option', { hasText: '忙碌' }).click();
  await page.locator('.switch-option.is-on', { hasText: '忙碌' }).waitFor();
  expect(suite.shop.cloud.database.find('stores', { _id: 'store-demo' })[0]?.busy).toEqual({
    message: '排队较长，20 分钟后再来',
  });
  expect(suite.shop.cloud.database.find('audit_log', { action: 'staff.saveSettings' })).toEqual([
    expect.objectContaining({ actorOpenid: OWNER, actorRole: 'owner' }),
  ]);
  await page.locator('.wx-toast').waitFor({ state: 'detached' });
  await page.locator('#phone').screenshot({ path: SCREENSHOT });
  await page.locator('.day-mon .add-period').click();
  await page.locator('.day-mon .period').nth(1).waitFor();
  await picture(page, 'settings-period-added');

  await page.locator('.expiry input').fill('500');
  await page.locator('.save').click();
  await page.locator('.error-expiryMinutes').waitFor();
  expect(await page.locator('.error-expiryMinutes').innerText()).toBe('请填写 5 到 120 之间的整数');
  await page.locator('.error-expiryMinutes').scrollIntoViewIfNeeded();
  await picture(page, 'settings-error');

  // A customer's next load shows the staff's words, and ordering stopped.
  const menu = await suite.open('/preview/');
  await menu.page.locator('.store-name').waitFor();
  expect(await menu.page.locator('.store-state').innerText()).toBe('繁忙');
  expect(await menu.page.locator('.state-note').innerText()).toBe('排队较长，20 分钟后再来');
  expect(await menu.page.locator('.closed-reason').innerText()).toBe(
    '门店忙碌，暂停接新订单 · 排队较长，20 分钟后再来',
  );
  await picture(menu.page, 'menu-busy');
  await menu.page.close();

  await page.locator('.switch-option', { hasText: '营业' }).click();
  await page.locator('.switch-option.is-on', { hasText: '营业' }).waitFor();
});

test('the tables page lists the tables and shows a table’s code, full screen on a tap', async () => {
  const { page } = await suite.open(TABLES);
  await page.locator('.table-A01').waitFor();
  expect(await page.locator('#nav-title').innerText()).toBe('桌台与桌码');
  await page.locator('.table-A01 .show-code').click();
  await page.locator('.table-A01 .code-image[data-loaded]').waitFor(); // the PNG loaded from cloud storage
  await picture(page, 'tables-code');
  await page.locator('.table-A01 .code-image').click();
  await page.locator('[data-sheet="preview-image"] img').waitFor();
  await picture(page, 'tables-preview');
  await page.locator('[data-sheet="preview-image"]').click();
});

test('both pages in English', async () => {
  const first = await suite.open(SETTINGS);
  await speakEnglish(first.page);
  const { page } = await suite.open(SETTINGS);
  await page.locator('.switch-option').first().waitFor();
  expect(await page.locator('#nav-title').innerText()).toBe('Store settings');
  expect(await page.locator('.switch-option').allInnerTexts()).toEqual(['Open', 'Busy', 'Closed']);
  await picture(page, 'settings-en');
  await first.page.close();
  const tables = await suite.open(TABLES);
  await tables.page.locator('.table-A01').waitFor();
  expect(await tables.page.locator('.table-A01 .seats').innerText()).toBe('2 seats');
  expect(await tables.page.locator('.table-A01 .name').innerText()).toBe('Table A01');
  await picture(tables.page, 'tables-en');
  await page.close();
});
