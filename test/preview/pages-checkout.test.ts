import path from 'node:path';
import type { Page } from 'playwright-core';
import { customer, LIMITED, setStock } from '../support/ordering-calls';
import { previewSuite } from '../support/preview-suite';

// The cart and checkout pages in headless Chromium against the local cloud, in zh-CN and en, with an
// unavailable line and a blocker drawn. A component's own classes are drawn prefixed with its path. Screenshots go to PREVIEW_SHOTS when it names a folder.
const ROOT = path.resolve(__dirname, '../..');
const SHOTS = process.env.PREVIEW_SHOTS;
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
const CUSTOMER_A = 'o-preview-customer-a';
const CUSTOMER_B = 'o-preview-customer-b';
const LATTE = { size: 'medium', temperature: 'hot', sugar: 'none' };

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allInnerTexts();
}

/** A cart of a latte, two croissants and three tiramisu of which one is left. */
async function fillCart(openid: string): Promise<void> {
  const shopper = customer(suite.shop, openid);
  setStock(suite.shop, LIMITED.tiramisu.skuId, 4);
  for (const [productId, quantity, specs] of [
    ['prod-latte', 1, LATTE],
    [LIMITED.croissant.productId, 2, {}],
    [LIMITED.tiramisu.productId, 3, {}],
  ] as const)
    expect((await shopper.add(productId, quantity, specs)).ok).toBe(true);
  setStock(suite.shop, LIMITED.tiramisu.skuId, 1);
}

/** Makes customer B's session English (as the me page's language switch saves it). */
async function speakEnglishAsB(): Promise<void> {
  const { page } = await suite.open('/preview/?as=customer-b');
  const session = { storeId: 'store-demo', table: null, mode: 'pickup', locale: 'en' };
  await page.evaluate(
    (value) => localStorage.setItem('diandan-preview:o-preview-customer-b:diandan.session.v1', value),
    JSON.stringify(session),
  );
}

afterAll(() => setStock(suite.shop, LIMITED.tiramisu.skuId, LIMITED.tiramisu.stock));

test('the cart draws its lines, the short line with its reason, suggestions and the total; + changes the cloud', async () => {
  await fillCart(CUSTOMER_A);
  const { page } = await suite.open('/preview/?page=pages/cart/index');
  await page.waitForSelector('.line-name');
  expect(await page.locator('#nav-title').innerText()).toBe('购物车 Cart');
  expect(await texts(page, '.line-name')).toEqual(['拿铁', '黄油可颂', '提拉米苏']);
  expect(await texts(page, '.line-reason')).toEqual(['仅剩 1 件']);
  expect(await page.locator('.total').innerText()).toBe('合计 ¥52.00');
  expect(await page.locator('.suggestion').count()).toBeGreaterThan(0);
  await page.locator('.line-stepper .components-quantity-stepper-index--plus').first().click();
  await page.waitForFunction(() => document.querySelector('.total')?.textContent === '合计 ¥76.00');
  const cart = await customer(suite.shop, CUSTOMER_A).cart();
  expect(cart.ok && cart.data.lines.map((line) => line.quantity)).toEqual([2, 2, 3]);
  await shoot(page, 'cart-zh');
});

test('checkout draws the breakdown, the unavailable line and, for delivery without an address, the blocker', async () => {
  const { page } = await suite.open('/preview/?page=checkout/pages/checkout/index');
  await page.waitForSelector('.pay');
  expect(await page.locator('#nav-title').innerText()).toBe('确认订单 Checkout');
  expect(await texts(page, '.problem')).toEqual(['提拉米苏：仅剩 1 件']);
  expect(await texts(page, '.fix-problem')).toEqual(['改为 1 件']);
  expect(await page.locator('.breakdown .components-price-breakdown-index--total-value').innerText()).toBe(
    '¥77.00',
  );
  await shoot(page, 'checkout-pickup-zh');
  await page.locator('.mode', { hasText: '外送' }).click();
  await page.waitForSelector('.blocker');
  expect(await texts(page, '.blocker')).toEqual(['请选择收货地址']);
  expect(await page.locator('.pay').isDisabled()).toBe(true);
  await shoot(page, 'checkout-delivery-zh');

  await page.locator('.mode', { hasText: '自取' }).click();
  await page.locator('.fix-problem').click();
  await page.waitForFunction(() => document.querySelectorAll('.problem').length === 0);
  expect(await page.locator('.breakdown .components-price-breakdown-index--total-value').innerText()).toBe(
    '¥109.00',
  );
  await page.locator('.pay:not([disabled])').click();
  await page.waitForSelector('.wx-pay-sheet');
  await shoot(page, 'checkout-payment-sheet-zh');
  const placed = suite.shop.cloud.database.find('orders', { _openid: CUSTOMER_A });
  expect(placed.map((order) => [order.status, order.totalFen])).toEqual([['PENDING_PAYMENT', 10900]]);
});

test('in English: the cart and the checkout speak the session language', async () => {
  await speakEnglishAsB();
  await fillCart(CUSTOMER_B);
  const cartTab = await suite.open('/preview/?as=customer-b&page=pages/cart/index');
  await cartTab.page.waitForSelector('.line-name');
  expect(await texts(cartTab.page, '.line-name')).toEqual(['Latte', 'Butter Croissant', 'Tiramisu']);
  expect(await texts(cartTab.page, '.line-reason')).toEqual(['Only 1 left']);
  await shoot(cartTab.page, 'cart-en');
  expect(cartTab.failures).toEqual([]);
  await cartTab.page.close();

  const { page } = await suite.open('/preview/?as=customer-b&page=checkout/pages/checkout/index');
  await page.waitForSelector('.pay');
  expect(await page.locator('.picked').innerText()).toBe('As soon as possible ›');
  expect(await texts(page, '.problem')).toEqual(['Tiramisu: Only 1 left']);
  await shoot(page, 'checkout-en');
});

test('an empty cart offers the way back to the menu', async () => {
  expect((await customer(suite.shop, CUSTOMER_A).raw('cart', 'clear', { storeId: 'store-demo' })).ok).toBe(
    true,
  );
  const { page } = await suite.open('/preview/?page=pages/cart/index');
  await page.waitForSelector('.back-to-menu');
  expect(await page.locator('.components-state-view-index--title').innerText()).toBe(
    '购物车是空的 Your cart is empty',
  );
  await shoot(page, 'cart-empty-zh');
});
