import path from 'node:path';
import type { Page } from 'playwright-core';
import { openPreviewTab } from '../support/preview';
import { previewSuite } from '../support/preview-suite';

// The real home page in headless Chromium: preview → wx.cloud.callFunction → client gateway → browse → local cloud.
const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'docs/preview-home.png');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));

function openPreview(address: string) {
  return openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, address);
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allInnerTexts();
}

test('the home page shows the demo café from the local cloud, as the previewed customer', async () => {
  const { page, failures, calls } = await openPreview('/preview/');
  await page.waitForSelector('.store-name');
  expect(await page.locator('#nav-title').innerText()).toBe('点单 Diandan');
  expect(await page.locator('#nav-back').isHidden()).toBe(true);
  expect(await page.locator('.store-name').innerText()).toBe('点单示范咖啡馆');
  expect(await page.locator('.store-state').innerText()).toBe('营业中 Open');
  const categories = await texts(page, '.category');
  expect(categories).toHaveLength(6);
  expect(categories[0]).toBe('咖啡 · Coffee');
  expect(calls).toEqual([
    {
      name: 'browse',
      openid: 'o-preview-customer-a',
      body: JSON.stringify({ action: 'home', input: { storeId: 'store-demo' } }),
    },
  ]);
  // rpx is scaled to the frame: the page's 24rpx padding is 12 px on a 375-px frame.
  expect(await page.locator('.home').evaluate((node) => getComputedStyle(node).paddingLeft)).toBe('12px');
  await page.locator('.category').first().click();
  await page.screenshot({ path: SCREENSHOT });
  expect(await page.locator('#preview-errors').innerText()).toBe('');
  expect(failures).toEqual([]);
  await page.close();
});

test('onLoad gets the address query, and a tap reaches the page: retry calls the cloud again as customer B', async () => {
  const { page, failures, calls } = await openPreview('/preview/?as=customer-b&storeId=store-nowhere');
  await page.waitForSelector('.state.error');
  expect(await page.locator('.state.error').innerText()).toContain('Not found');
  expect(calls.map((call) => call.body)).toEqual([
    JSON.stringify({ action: 'home', input: { storeId: 'store-nowhere' } }),
  ]);
  const retried = page.waitForResponse((response) => response.url().endsWith('/call/browse'));
  await page.locator('.retry').click();
  await retried;
  await page.waitForSelector('.state.error');
  expect(calls).toHaveLength(2);
  expect(calls.map((call) => call.openid)).toEqual(['o-preview-customer-b', 'o-preview-customer-b']);
  expect(failures).toEqual([]);
  await page.close();
});

test('an API the shim lacks fails loudly, on screen and in the console', async () => {
  const { page, failures } = await openPreview('/preview/');
  const thrown = await page.evaluate(() => {
    try {
      (globalThis as unknown as { wx: { startSoterAuthentication(): void } }).wx.startSoterAuthentication();
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(thrown).toBe('wx.startSoterAuthentication is not supported by the preview yet');
  expect(await page.locator('#preview-errors').innerText()).toContain(
    'wx.startSoterAuthentication is not supported',
  );
  expect(failures).toEqual([
    'console error: [preview] wx.startSoterAuthentication is not supported by the preview yet',
  ]);
  await page.close();
});
