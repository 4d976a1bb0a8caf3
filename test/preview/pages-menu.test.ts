import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BUSY_QUEUE_ORDERS } from '../../server/services/browse/store-state';
import { insertGeneratedMenu } from '../browse/generated-menu';
import { placePaidOrder } from '../recommend/paid-orders';
import { openPreviewTab } from '../support/preview';
import { previewSuite } from '../support/preview-suite';

// The real menu page in headless Chromium: preview → wx.cloud.callFunction → client gateway → browse → local cloud.
const ROOT = path.resolve(__dirname, '../..');
/** The README's picture of the first screen. */
const SCREENSHOT = path.join(ROOT, 'docs/preview-home.png');
/** Set MENU_PREVIEW_SHOTS=1 to keep a picture of every state in the system's temp folder while working on the page. */
const SHOTS = process.env.MENU_PREVIEW_SHOTS ? fs.mkdtempSync(path.join(os.tmpdir(), 'menu-preview-')) : '';
const suite = previewSuite(path.join(ROOT, 'miniprogram'));

beforeAll(() => {
  const database = suite.shop.cloud.database;
  insertGeneratedMenu(database, { storeId: 'store-small', products: 12, skusPerProduct: 1 });
  insertGeneratedMenu(database, { storeId: 'store-shut', products: 12, skusPerProduct: 1 });
  database.update('stores', { _id: 'store-shut' }, { isAcceptingOrders: false });
});

/** A class of a shared component as the preview scopes it (`components-<name>-index--<class>`). */
function scoped(component: string, className: string): string {
  return `.components-${component}-index--${className}`;
}
const NAV_ROW = scoped('category-nav', 'category');
const NAV_NAME = `${NAV_ROW} ${scoped('category-nav', 'name')}`;

function openPreview(address: string) {
  return openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, address);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Remembers English as the previewed customer B's language, as the me page's switch does. */
async function speakEnglish(page: Page): Promise<void> {
  await page.evaluate(() =>
    window.localStorage.setItem(
      'diandan-preview:o-preview-customer-b:diandan.session.v1',
      JSON.stringify({ storeId: null, table: null, mode: 'pickup', locale: 'en' }),
    ),
  );
}

test('the menu draws the demo café from one call; a category tap scrolls there', async () => {
  const { page, failures, calls } = await openPreview('/preview/');
  await page.waitForSelector('.store-name');
  expect(await page.locator('#nav-title').innerText()).toBe('点单 Diandan');
  expect(await page.locator('.store-name').innerText()).toBe('点单示范咖啡馆');
  expect(await page.locator('.store-state').innerText()).toBe('营业中');
  const nav = await page.locator(NAV_NAME).allInnerTexts();
  expect(nav).toEqual(['人气推荐', '咖啡', '手冲与冷萃', '茶饮', '特调与果饮', '烘焙甜点', '轻食']);
  expect(calls.map((call) => JSON.parse(call.body ?? '{}') as { action: string })).toEqual([
    { action: 'home', input: { storeId: 'store-demo' } },
    { action: 'get', input: { storeId: 'store-demo' } },
  ]);
  await shoot(page, 'zh-open');
  await page.locator(NAV_ROW, { hasText: '烘焙' }).click();
  await page.waitForFunction(() => {
    const scroll = document.querySelector('.components-menu-list-index--menu-scroll');
    const bakery = document.querySelector('.components-menu-list-index--section[data-id="cat-bakery"]');
    if (!scroll || !bakery) return false;
    return Math.abs(bakery.getBoundingClientRect().top - scroll.getBoundingClientRect().top) <= 1;
  });
  expect(await page.locator(`${NAV_ROW}.components-category-nav-index--is-active`).innerText()).toBe(
    '烘焙甜点',
  );
  await shoot(page, 'zh-bakery');
  await page.locator(NAV_ROW).first().click();
  await page.screenshot({ path: SCREENSHOT });
  expect(await page.locator('#preview-errors').innerText()).toBe('');
  expect(failures).toEqual([]);
  await page.close();
});

test('"+" adds a product with nothing to choose: the cart bar counts it and the popup lists it', async () => {
  const { page, failures } = await openPreview('/preview/?storeId=store-small');
  await page.waitForSelector('.store-name');
  await page.locator(scoped('product-card', 'add')).first().click();
  await page.waitForSelector(scoped('cart-bar', 'badge'));
  expect(await page.locator(scoped('cart-bar', 'badge')).innerText()).toBe('1');
  expect(await page.locator(scoped('cart-bar', 'total')).innerText()).toBe('¥10.06');
  await shoot(page, 'zh-added');
  await page.locator(scoped('cart-bar', 'cart')).click();
  await page.waitForSelector(scoped('cart-popup', 'line'));
  expect(await page.locator(scoped('cart-popup', 'name')).allInnerTexts()).toEqual(['商品6']);
  await shoot(page, 'zh-popup');
  expect(failures).toEqual([]);
  await page.close();
});

test('"+" on a product with choices opens the spec sheet over the menu', async () => {
  const { page, failures } = await openPreview('/preview/?storeId=store-demo');
  await page.waitForSelector('.store-name');
  await page.locator(scoped('product-card', 'add')).first().click();
  await page.waitForSelector(scoped('spec-sheet', 'add'));
  await shoot(page, 'zh-spec-sheet');
  expect(failures).toEqual([]);
  await page.close();
});

test('in English, a closed store shows its menu with ordering off; an unknown table code says so', async () => {
  const first = await openPreview('/preview/?as=customer-b&storeId=store-shut');
  await speakEnglish(first.page);
  await first.page.close();
  const { page, failures } = await openPreview('/preview/?as=customer-b&storeId=store-shut');
  await page.waitForSelector('.store-name');
  expect(await page.locator('.store-state').innerText()).toBe('Closed');
  expect(await page.locator('.closed-reason').innerText()).toContain('The store is closed');
  expect(await page.locator('.state-note').innerText()).toBe(
    'The staff paused orders for now; please come back later',
  );
  await shoot(page, 'en-closed');
  await page.close();
  const unknown = await openPreview('/preview/?as=customer-b&scene=Z99');
  await unknown.page.waitForSelector('.table-unknown');
  expect(await unknown.page.locator('.table-unknown').innerText()).toContain('could not find this table');
  await shoot(unknown.page, 'en-unknown-table');
  expect([...failures, ...unknown.failures]).toEqual([]);
  await unknown.page.close();
});

test('a store that does not exist shows the error and a retry that calls again', async () => {
  const { page, failures, calls } = await openPreview('/preview/?storeId=store-nowhere');
  await page.waitForSelector(scoped('state-view', 'is-error'));
  expect(await page.locator(scoped('state-view', 'is-error')).innerText()).toContain('Not found');
  await shoot(page, 'zh-error');
  const retried = page.waitForResponse((response) => response.url().endsWith('/call/browse'));
  await page.locator(scoped('state-view', 'retry')).click();
  await retried;
  await page.waitForSelector(scoped('state-view', 'is-error'));
  expect(calls.filter((call) => call.name === 'browse')).toHaveLength(2);
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

test('a busy store shows its badge and that orders take longer, and still takes orders', async () => {
  // Last: the demo café stays busy for the rest of this file.
  for (let count = 0; count < BUSY_QUEUE_ORDERS; count++)
    await placePaidOrder(suite.shop, [['prod-latte', 1]]);
  const { page, failures } = await openPreview('/preview/');
  await page.waitForSelector('.store-name');
  expect(await page.locator('.store-state').innerText()).toBe('繁忙');
  expect(await page.locator('.state-note').innerText()).toBe('现在订单较多，出餐会比平时慢一些');
  expect(await page.locator('.closed-reason').count()).toBe(0);
  await shoot(page, 'zh-busy');
  expect(failures).toEqual([]);
  await page.close();
});
