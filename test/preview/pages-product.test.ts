import path from 'node:path';
import type { Page } from 'playwright-core';
import { previewSuite } from '../support/preview-suite';
import { DEMO_STORE } from '../support/test-cloud';

// The product page in headless Chromium: the real page, the preview's wx, the local cloud. Set
// PREVIEW_SCREENSHOTS to a folder to keep a screenshot of each state drawn.
const ROOT = path.resolve(__dirname, '../..');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
const SHOTS = process.env.PREVIEW_SCREENSHOTS;
const PRODUCT_PAGE = `/preview/?page=pages/product/index&storeId=${DEMO_STORE}`;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `product-${name}.png`) });
}

async function openProduct(productId: string, as = 'customer-a') {
  const tab = await suite.open(`${PRODUCT_PAGE}&productId=${productId}&as=${as}`);
  await tab.page.waitForSelector('.product .name, .product .state');
  return tab;
}

/** The previewed customer speaks English from now on (what the me page's language switch remembers). */
async function speakEnglish(page: Page, openid: string): Promise<void> {
  await page.evaluate((key) => {
    const session = { storeId: 'store-demo', table: null, mode: 'pickup', locale: 'en' };
    localStorage.setItem(key, JSON.stringify(session));
  }, `diandan-preview:${openid}:diandan.session.v1`);
  await page.reload();
  await page.waitForSelector('body[data-preview-ready]');
  await page.waitForSelector('.product .name');
}

test('the latte draws, its choices move the price, and add puts the choice in the cloud cart', async () => {
  const { page, calls } = await openProduct('prod-latte');
  expect(await page.locator('#nav-title').innerText()).toBe('商品详情 Item');
  expect(await page.locator('.name').innerText()).toBe('拿铁');
  expect(await page.locator('.total').innerText()).toBe('¥24.00');
  await shot(page, 'zh');
  await page.locator('.chip', { hasText: '大杯' }).click();
  await page.locator('.addon-stepper .components-quantity-stepper-index--plus').first().click();
  expect(await page.locator('.total').innerText()).toBe('¥32.00');
  await page.locator('.add').click();
  await page.waitForFunction(() => document.body.innerText.includes('已加入购物车'));
  await shot(page, 'added');
  const cart = await suite.shop.call('cart', 'get', { storeId: DEMO_STORE }, 'o-preview-customer-a');
  expect(cart.ok && cart.data.lines).toEqual([
    expect.objectContaining({
      specs: { size: 'large', temperature: 'hot', sugar: 'none' },
      addons: [expect.objectContaining({ id: 'extra_shot', quantity: 1 })],
      quantity: 1,
    }),
  ]);
  expect(calls.map((call) => call.name)).toEqual(['browse', 'cart']);
});

test('in English the names, chips and price line follow the language', async () => {
  const { page } = await openProduct('prod-latte', 'customer-b');
  await speakEnglish(page, 'o-preview-customer-b');
  expect(await page.locator('.name').innerText()).toBe('Latte');
  expect(await page.locator('.other-name').innerText()).toBe('拿铁');
  expect(await page.locator('.chip').allInnerTexts()).toContain('Large');
  expect(await page.locator('.unit').innerText()).toBe('¥24.00 each');
  await shot(page, 'en');
});

test('a sold-out product shows its banner and the reason; an unknown one is "not found"', async () => {
  const soldOut = await openProduct('prod-blueberry-muffin');
  expect(await soldOut.page.locator('.sold-out-banner').innerText()).toBe('今日已售罄 Sold out today');
  expect(await soldOut.page.locator('.reason').innerText()).toBe('已售罄 · Sold out');
  expect(await soldOut.page.locator('.add').isDisabled()).toBe(true);
  await shot(soldOut.page, 'sold-out');
  await soldOut.page.close();

  const missing = await openProduct('prod-gone');
  expect(await missing.page.locator('.state .components-state-view-index--title').innerText()).toBe(
    '没有找到这个商品 This item is not on the menu',
  );
  await shot(missing.page, 'not-found');
});
