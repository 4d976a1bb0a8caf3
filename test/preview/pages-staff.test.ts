import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { paidOrder } from '../staff/staff-fixtures';
import { dataOf } from '../support/results';
import { previewSuite } from '../support/preview-suite';

// The staff console's home, board and order page drawn by the real pages in headless Chromium as the preview's
// staff users, in zh-CN and English; the me tab shows the console's entry to staff only.
const ROOT = path.resolve(__dirname, '../..');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));

/** A picture of the phone frame in the system's temporary folder, for looking at the pages while working on them. */
async function picture(page: Page, name: string): Promise<void> {
  await page
    .locator('#phone')
    .screenshot({ path: path.join(os.tmpdir(), `diandan-pages-staff-${name}.png`) });
}

/** A part of the order card's own template (the engine prefixes its classes with the component's path). */
const card = (name: string) => `[class~="staff-components-order-card-index--${name}"]`;

/** The preview's users speak English from the next load. */
async function speakEnglish(page: Page, openid: string): Promise<void> {
  await page.evaluate((key) => {
    const session = { storeId: 'store-demo', table: null, mode: 'pickup', locale: 'en' };
    localStorage.setItem(key, JSON.stringify(session));
  }, `diandan-preview:${openid}:diandan.session.v1`);
  await page.reload();
  await page.waitForSelector('body[data-preview-ready]');
}

test('the me tab shows staff the console entry; the home lists every console page for the owner', async () => {
  const { page } = await suite.open('/preview/?as=owner&page=pages/me/index');
  await page.locator('.staff-entry').waitFor();
  expect(await page.locator('.staff-entry .label').innerText()).toBe('店铺管理 Shop console');
  await page.locator('.staff-entry .link').click();
  await page.locator('.store-name').waitFor();
  expect(await page.locator('.role').innerText()).toBe('你的角色：店长');
  expect(await page.locator('.staff-home .link .label').allInnerTexts()).toEqual([
    '订单看板',
    '菜单管理',
    '门店设置',
    '桌台与桌码',
    '经营数据',
    '发票',
    '店员与角色',
  ]);
  await picture(page, 'home-zh');
});

test('a customer’s me tab has no console entry', async () => {
  const tab = await suite.open('/preview/?page=pages/me/index');
  await tab.page.locator('.link').first().waitFor();
  await tab.page.waitForFunction(() => (document.body.dataset.previewReady ?? '') !== '');
  expect(tab.calls.some((call) => call.name === 'staff')).toBe(true);
  expect(await tab.page.locator('.staff-entry').count()).toBe(0);
});

test('the board and an order as the clerk in English; the kitchen’s card has no accept', async () => {
  const orderId = await paidOrder(suite.shop, 'o-preview-staff-buyer');
  dataOf(
    await suite.shop.call(
      'staff',
      'accept',
      { orderId: await paidOrder(suite.shop, 'o-preview-staff-b') },
      'o-demo-owner',
    ),
  );
  const { page } = await suite.open('/preview/?as=clerk&page=staff/pages/board/index');
  await page.locator(card('number')).first().waitFor();
  await picture(page, 'board-zh');
  await speakEnglish(page, 'o-preview-clerk');
  await page.locator(card('number')).first().waitFor();
  expect(await page.locator('.chip .chip-text').allInnerTexts()).toEqual(['New', 'Making', 'Ready', 'Done']);
  expect(await page.locator(`${card('action')}`).allInnerTexts()).toEqual(['Accept', 'Reject']);
  await picture(page, 'board-en');
  await page.locator(card('top')).first().click();
  await page.locator('.staff-order').waitFor();
  await page.locator(`.staff-order ${card('number')}`).waitFor();
  await picture(page, 'order-en');

  const kitchen = await suite.open('/preview/?as=kitchen&page=staff/pages/board/index');
  await kitchen.page.locator(card('number')).first().waitFor();
  expect(await kitchen.page.locator(card('action')).count()).toBe(0);
  expect(orderId).toBeTruthy();
});

test('a ticket that failed shows on the card with a reprint button, which prints it; the mode filter narrows', async () => {
  const orderId = await paidOrder(suite.shop, 'o-preview-staff-reprint');
  suite.shop.cloud.printer.failNext(1);
  dataOf(await suite.shop.call('staff', 'accept', { orderId }, 'o-demo-owner'));
  const { page } = await suite.open('/preview/?as=manager&page=staff/pages/board/index');
  await page.locator('.chip-accepted').click();
  const onCard = (name: string) => `.card-${orderId} ${card(name)}`;
  await page.locator(onCard('do-reprint')).waitFor();
  expect(await page.locator(onCard('print')).innerText()).toBe('小票打印失败（已试 1 次）');
  await picture(page, 'board-print-failed');
  await page.locator(onCard('do-reprint')).click();
  await page.locator(onCard('do-reprint')).waitFor({ state: 'detached' });
  expect(await page.locator(onCard('print')).innerText()).toBe('小票已打印');
  await page.locator('.mode', { hasText: '外送' }).click();
  await page.locator(`.card-${orderId}`).waitFor({ state: 'detached' });
  await page.locator('.mode', { hasText: '自取' }).click();
  await page.locator(`.card-${orderId}`).waitFor();
});
