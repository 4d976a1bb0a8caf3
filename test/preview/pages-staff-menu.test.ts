import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { previewSuite } from '../support/preview-suite';

// The menu editor drawn by the real staff pages in headless Chromium as the demo owner: pictures uploaded from
// the page with wx.chooseMedia and wx.cloud.uploadFile, a price changed and an item switched sold out, and the
// customer's next menu showing both, its picture served over HTTP by the local cloud.
const ROOT = path.resolve(__dirname, '../..');
/** The README's picture of the menu editor. */
const SCREENSHOT = path.join(ROOT, 'docs/staff-menu.png');
/** Set MENU_PREVIEW_SHOTS=1 to keep pictures of every step in the system's temp folder. */
const SHOTS = process.env.MENU_PREVIEW_SHOTS ? fs.mkdtempSync(path.join(os.tmpdir(), 'staff-menu-')) : '';
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
const MENU = '/preview/?as=owner&page=staff/pages/menu/index&storeId=store-demo';

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** A square product photo drawn in the browser: a cup seen from above on a coloured table, as PNG bytes. */
async function photo(page: Page, hue: number, foam: string): Promise<Buffer> {
  const dataUrl = await page.evaluate(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 240; canvas.height = 240;
    const g = canvas.getContext('2d');
    const table = g.createLinearGradient(0, 0, 240, 240);
    table.addColorStop(0, 'hsl(${hue}, 45%, 82%)'); table.addColorStop(1, 'hsl(${hue}, 40%, 68%)');
    g.fillStyle = table; g.fillRect(0, 0, 240, 240);
    g.fillStyle = 'rgba(0,0,0,0.12)'; g.beginPath(); g.arc(128, 128, 86, 0, Math.PI * 2); g.fill();
    g.fillStyle = '#fbfaf7'; g.beginPath(); g.arc(120, 120, 86, 0, Math.PI * 2); g.fill();
    g.fillStyle = 'hsl(${hue}, 35%, 35%)'; g.beginPath(); g.arc(120, 120, 66, 0, Math.PI * 2); g.fill();
    g.fillStyle = '${foam}'; g.beginPath(); g.ellipse(120, 126, 34, 40, 0, 0, Math.PI * 2); g.fill();
    g.fillStyle = 'hsl(${hue}, 35%, 35%)'; g.beginPath(); g.ellipse(120, 140, 14, 18, 0, 0, Math.PI * 2); g.fill();
    g.strokeStyle = '#fbfaf7'; g.lineWidth = 14; g.beginPath(); g.arc(206, 120, 20, -1.2, 1.2); g.stroke();
    return canvas.toDataURL('image/png');
  })()`);
  return Buffer.from(String(dataUrl).split(',')[1] ?? '', 'base64');
}

/** Stores a photo for a product as an earlier upload would have, and names it on the product. */
function givePhoto(productId: string, bytes: Buffer): void {
  const fileId = suite.shop.cloud.storage.put(`products/store-demo/${productId}-1.png`, bytes);
  suite.shop.cloud.database.update('products', { _id: productId }, { $set: { imageFileId: fileId } });
}

test('the owner uploads a picture, changes a price and switches an item sold out; the customer sees it all', async () => {
  const { page, failures } = await suite.open(MENU);
  await page.locator('.row').first().waitFor();
  const shots: Array<[string, number, string]> = [
    ['prod-americano', 28, '#3b2314'],
    ['prod-cappuccino', 32, '#f3e7d3'],
    ['prod-mocha', 18, '#e9d6c0'],
    ['prod-flat-white', 36, '#efe2cc'],
    ['prod-espresso', 22, '#6b3f22'],
    ['prod-caramel-macchiato', 38, '#f1dcb8'],
    ['prod-coconut-latte', 90, '#f7f3ea'],
  ];
  for (const [productId, hue, foam] of shots) {
    if (suite.shop.cloud.database.find('products', { _id: productId }).length === 1)
      givePhoto(productId, await photo(page, hue, foam));
  }

  // The latte's editor: a picture chosen and uploaded from the page, the medium price raised to ¥26.
  await page.locator('.row', { hasText: '拿铁' }).first().click();
  await page.locator('.name-input').waitFor();
  expect(await page.locator('#nav-title').innerText()).toBe('编辑商品');
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.choose-picture').click();
  await (
    await chooser
  ).setFiles({ name: 'latte.png', mimeType: 'image/png', buffer: await photo(page, 30, '#f6ecdc') });
  await page.locator('.picture-card wx-image').waitFor();
  await page.waitForFunction('!document.querySelector(".choose-picture[disabled]")');
  const uploaded = suite.shop.cloud.storage
    .files()
    .filter((file) => file.startsWith('products/store-demo/prod-latte-'));
  expect(uploaded).toHaveLength(1);
  await page.locator('.sku-price input').first().fill('26');
  await shoot(page, 'product-edit');
  await page.locator('.save').click();

  // Back on the menu: the latte with its new picture and price; the mocha switched sold out in one tap.
  await page.locator('.row', { hasText: '拿铁' }).first().waitFor();
  await page.waitForFunction('document.querySelectorAll(".row wx-image").length >= 8');
  await page.locator('.row', { hasText: '摩卡' }).locator('.switch').click();
  await page.locator('.row', { hasText: '摩卡' }).locator('.switch', { hasText: '售罄' }).waitFor();
  await page
    .locator('.wx-toast, [data-sheet="toast"]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  expect(await page.locator('#nav-title').innerText()).toBe('菜单管理');
  await page.screenshot({ path: SCREENSHOT });

  const home = await suite.shop.call('browse', 'home', { storeId: 'store-demo' }, 'o-staff-menu-customer');
  if (!home.ok) throw new Error(home.error.code);
  const latte = home.data.products.find((card) => card.id === 'prod-latte');
  const mocha = home.data.products.find((card) => card.id === 'prod-mocha');
  expect(latte?.fromPriceFen).toBe(2600);
  expect(mocha?.isSoldOut).toBe(true);
  const picture = await fetch(encodeURI(latte?.imageUrl ?? ''));
  expect(picture.status).toBe(200);
  expect(picture.headers.get('content-type')).toMatch(/^image\//);
  expect(await page.locator('#preview-errors').innerText()).toBe('');
  expect(failures).toEqual([]);
});

test('in English the menu editor speaks English', async () => {
  const { page, failures } = await suite.open('/preview/?as=owner&page=pages/me/index');
  await page.evaluate(
    `window.localStorage.setItem('diandan-preview:o-demo-owner:diandan.session.v1', JSON.stringify({ storeId: null, table: null, mode: 'pickup', locale: 'en' }))`,
  );
  const english = await suite.open(MENU);
  await english.page.locator('.row').first().waitFor();
  expect(await english.page.locator('#nav-title').innerText()).toBe('Menu');
  expect(await english.page.locator('.add-product').innerText()).toBe('+ Item');
  expect(await english.page.locator('.nav-label').first().innerText()).toBe('Coffee');
  await shoot(english.page, 'menu-en');
  expect(failures).toEqual([]);
  expect(english.failures).toEqual([]);
});
