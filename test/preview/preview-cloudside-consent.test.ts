import os from 'node:os';
import path from 'node:path';
import { openPreviewTab, type PreviewTab } from '../support/preview';
import { DEMO_STORE } from '../support/test-cloud';
import { previewSuite } from '../support/preview-suite';

// wx.requestSubscribeMessage and database reads in headless Chromium on the cloudside fixture app: the consent
// sheet's answers land in the consent ledger; reads and watch() meet the security rules.
const APP = path.join(__dirname, 'cloudside-app');
const CUSTOMER_A = 'o-preview-customer-a';
const suite = previewSuite(APP);

const textOf = (tab: PreviewTab, selector: string) => tab.page.locator(selector).innerText();

test('the consent sheet lists the templates; its answers become consent credits in the ledger', async () => {
  const tab = await openPreviewTab(
    suite.browser,
    suite.shop.cloud.baseUrl,
    '/preview/?page=pages/subscribe/index',
  );
  const { page } = tab;
  const credits = (id: string) => suite.shop.cloud.openapi.consentCredits(CUSTOMER_A, id);

  await page.locator('.ask').click();
  await page.waitForSelector('.wx-subscribe-sheet');
  expect(await page.locator('.wx-subscribe-template').allInnerTexts()).toEqual([
    'tmpl-order-ready',
    'tmpl-order-refunded',
  ]);
  await page.locator('[data-template-id="tmpl-order-refunded"] input').uncheck();
  await page.screenshot({ path: path.join(os.tmpdir(), 'cloudside-subscribe-sheet.png') });
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
    suite.browser,
    suite.shop.cloud.baseUrl,
    '/preview/?as=customer-b&page=pages/subscribe/index&askOnLoad=1',
  );
  await tab.page.waitForSelector('.refusal');
  expect(await textOf(tab, '.refusal')).toBe(
    'requestSubscribeMessage:fail can only be invoked by user TAP gesture.',
  );
  expect(await tab.page.locator('.wx-subscribe-sheet').count()).toBe(0);
  expect(suite.shop.cloud.openapi.consentCredits('o-preview-customer-b', 'tmpl-order-ready')).toBe(0);
  expect(tab.failures).toEqual([]);
  await tab.page.close();
});

test("database reads and watch() go through the security rules: categories are public, stock and others' orders are refused", async () => {
  const tab = await openPreviewTab(
    suite.browser,
    suite.shop.cloud.baseUrl,
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
