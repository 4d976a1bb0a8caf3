import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { previewSuite } from '../support/preview-suite';

// The store picker, me tab, address book and form, and privacy page drawn by the real pages in headless Chromium,
// with the preview's privacy, location, address, map and modal sheets, against the local cloud.
const ROOT = path.resolve(__dirname, '../..');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));

/** A picture of the phone frame in the system's temporary folder, for looking at the pages while working on them. */
async function picture(page: Page, name: string): Promise<void> {
  await page.locator('#phone').screenshot({ path: path.join(os.tmpdir(), `diandan-pages-me-${name}.png`) });
}

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
/** A part of a component's own template (the engine prefixes its classes with the component's path). */
const part = (component: string, name: string, folder = 'components') =>
  `[class~="${folder}-${component}-index--${name}"]`;
const guide = (name: string) => `.guide ${part('privacy-guide', name, 'account-components')}`;
const state = (name: string) => `.state ${part('state-view', name)}`;

/** Saves `openid`'s language as the me tab's switch does, so the next page opened draws in it. */
async function speak(openid: string, as: string, locale: 'zh-CN' | 'en'): Promise<void> {
  const { page } = await suite.open(`/preview/?as=${as}`);
  const session = { storeId: 'store-demo', table: null, mode: 'pickup', locale };
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: `diandan-preview:${openid}:diandan.session.v1`,
    value: JSON.stringify(session),
  });
}

test('the store picker asks with our privacy guide; declined, it lists the stores in their usual order', async () => {
  const { page } = await suite.open('/preview/?page=account/pages/stores/index');
  await page.locator(guide('sheet')).waitFor();
  expect(await page.locator(guide('contract')).innerText()).toBe('《点单隐私保护指引》');
  await picture(page, 'stores-guide');
  await page.locator(guide('view-guide')).click();
  await page.locator('[data-sheet="privacy-contract"]').waitFor();
  await page.locator('[data-sheet="privacy-contract"] .wx-sheet-cancel').click();
  await page.locator(guide('decline')).click();
  await page.locator('.store').first().waitFor();
  expect(await page.locator('.note').innerText()).toBe('没有获得你的位置，门店按默认顺序排列');
  expect(await page.locator('.distance').count()).toBe(0);
  expect(await page.locator('#nav-title').innerText()).toBe('选择门店');
  await picture(page, 'stores-no-location');
});

test('agreed and located, the store picker shows the distance, state and modes', async () => {
  const { page } = await suite.open('/preview/?page=account/pages/stores/index');
  await page.locator(guide('agree')).click();
  await page.locator('[data-sheet="authorize"] .wx-authorize-allow').click();
  await page.locator('.distance').first().waitFor();
  expect(await page.locator('.note').innerText()).toBe('按距离由近到远');
  expect(await texts(page, '.store .name')).toEqual(['点单示范咖啡馆']);
  expect(await page.locator('.distance').innerText()).toBe('0 米');
  expect(await page.locator('.store-state').innerText()).toBe('营业中');
  await picture(page, 'stores-located');
});

test('the me tab switches to English; the address book and form, filled from WeChat and the map, save an address', async () => {
  const { page } = await suite.open('/preview/?page=pages/me/index');
  await page.locator('.link').first().waitFor();
  await picture(page, 'me-zh');
  await page.locator('.locale', { hasText: 'English' }).click();
  await page.locator('.label', { hasText: 'My orders' }).waitFor();
  expect(await page.locator('#nav-title').innerText()).toBe('Me');
  await picture(page, 'me-en');

  await page.locator('.link', { hasText: 'Addresses' }).click();
  await page.locator(state('is-empty')).waitFor();
  expect(await page.locator(state('title')).innerText()).toBe('No saved addresses yet');
  await picture(page, 'addresses-empty-en');

  await page.locator('.add').click();
  await page.locator('.use-wechat').waitFor();
  expect(await page.locator('#nav-title').innerText()).toBe('New address');
  await page.locator('.save').click();
  await page.locator('.error-userName').waitFor();
  expect(await texts(page, '.error')).toEqual([
    'Enter a name',
    'Enter a phone number',
    'Enter the province and city',
    'Enter the street address',
    'Pick the location on the map',
  ]);
  await picture(page, 'address-form-errors-en');
  await page.locator('.use-wechat').click();
  await page.locator(guide('agree')).click();
  await page.locator('[data-sheet="address"] .wx-address-save').click();
  await page.locator('.pick-on-map').click();
  await page.locator('[data-spot="示范大厦 A 座"]').click();
  await page.locator('[data-sheet="location"] .wx-sheet-done').click();
  await page.locator('.location.set').waitFor();
  expect(await page.locator('.location').innerText()).toBe('Set: 示范大厦 A 座');
  await picture(page, 'address-form-filled-en');
  await page.locator('.save').click();

  await page.locator('.address').first().waitFor();
  expect(await page.locator('.address .name').innerText()).toBe('张**');
  expect(await page.locator('.address .tel').innerText()).toBe('138****8000');
  expect(await page.locator('.default-mark').innerText()).toBe('Default');
  expect(await page.locator('#nav-title').innerText()).toBe('Addresses');
  await picture(page, 'addresses-en');

  await page.locator('.address .edit').click();
  await page.locator('.edit-note').waitFor();
  expect(await page.locator('#nav-title').innerText()).toBe('Edit address');
  await picture(page, 'address-edit-en');
});

test('the privacy page exports the data and deletes it after two confirms', async () => {
  await speak('o-preview-customer-a', 'customer-a', 'zh-CN');
  const { page } = await suite.open('/preview/?page=account/pages/privacy/index');
  await page.locator('.export').waitFor();
  await picture(page, 'privacy-zh');
  await page.locator('.export').click();
  await page.locator('.counts').waitFor();
  expect(await page.locator('.counts').innerText()).toContain('订单 0');
  await picture(page, 'privacy-exported');
  await page.locator('.copy').click();
  await page.locator(guide('agree')).click();
  await page.locator('.erase').click();
  await page.locator('.wx-modal-confirm').click();
  await page.locator('.wx-modal-confirm').click();
  await page.locator('.erased-line').first().waitFor();
  expect(await page.locator('.erased-line').first().innerText()).toContain('删除');
  await picture(page, 'privacy-erased');
});

test('an address that cannot be found says so, with a retry', async () => {
  const { page } = await suite.open('/preview/?page=account/pages/address-edit/index&id=addr-none');
  await page.locator(state('is-error')).waitFor();
  expect(await page.locator(state('title')).innerText()).toContain('没有找到相关内容');
  await picture(page, 'address-edit-not-found');
});

test('a page opened first, that reads no session itself, draws in the saved language', async () => {
  await speak('o-preview-customer-b', 'customer-b', 'en');
  const { page } = await suite.open('/preview/?as=customer-b&page=account/pages/privacy/index');
  await page.locator('.export').waitFor();
  expect(await page.locator('.export').innerText()).toBe('Export my data');
  expect(await page.locator('#nav-title').innerText()).toBe('Privacy and data');
});
