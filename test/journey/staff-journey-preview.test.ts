import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { openPreviewTab, type PreviewTab } from '../support/preview';
import { walkPreviewJourney } from '../support/preview-journey';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { paidOrder } from '../staff/staff-fixtures';

// Two tabs on one local cloud, as the counter and the customer: the customer tab orders and pays; the staff tab
// (the owner, on the live board) hears the new order, sees it without a refresh, accepts it (a ticket file
// appears in the sandbox printer), marks it ready; the customer tab shows it ready. It takes the README's pictures
// of the board and the staff order page. Every wait is on a condition.
const ROOT = path.resolve(__dirname, '../..');
const OWNER = 'o-demo-owner';
const CUSTOMER = 'o-preview-customer-a';
/** The demo café's sandbox printer (database/seed/demo/stores.json). */
const SERIAL = 'SANDBOX-KITCHEN';

let shop: TestCloud;
let browser: TestBrowser;
let dataDir: string;
const tabs: PreviewTab[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diandan-staff-journey-'));
  shop = await startTestCloud({ previewRoot: path.join(ROOT, 'miniprogram'), dataDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await shop.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function open(address: string): Promise<PreviewTab> {
  const tab = await openPreviewTab(browser, shop.cloud.baseUrl, address);
  tabs.push(tab);
  return tab;
}

/** A part of the order card's own template, on the card of `orderId` (the board gives each card its id). */
const onCard = (orderId: string, name: string) =>
  `.card-${orderId} [class~="staff-components-order-card-index--${name}"]`;

/** The data of the page on top of the preview's stack, as source (evaluate gets no transpiled helpers). */
const TOP_DATA = 'getCurrentPages()[getCurrentPages().length - 1].data';

async function picture(page: Page, name: string): Promise<void> {
  await page.locator('#phone').screenshot({ path: path.join(ROOT, 'docs', `${name}.png`) });
}

test('the customer pays; the owner’s board chimes, shows it live, accepts (a ticket prints), marks it ready; the customer sees it ready', async () => {
  // Another customer's order the kitchen is making, so the board has more than one state to count.
  const making = await paidOrder(shop, 'o-staff-journey-earlier');
  dataOf(await shop.call('staff', 'accept', { orderId: making }, OWNER));

  const staff = await open('/preview/?as=owner&page=staff/pages/board/index');
  await staff.page.waitForFunction(`${TOP_DATA}.state === 'ready' && ${TOP_DATA}.isLive === true`);
  expect(await staff.page.evaluate('(window.__audioPlays || []).length')).toBe(0);

  const customer = await open('/preview/');
  let ticketFile = '';
  const journey = await walkPreviewJourney(customer.page, {
    baseUrl: shop.cloud.baseUrl,
    staffMarksReady: async (orderId) => {
      const board = staff.page;
      // Heard and seen without a refresh: a play() request and the new card on the New chip, badged.
      await board.waitForFunction('(window.__audioPlays || []).length === 1');
      await board.locator(onCard(orderId, 'number')).waitFor();
      expect(await board.evaluate('window.__audioPlays[0].src')).toBe('/staff/sounds/new-order.wav');
      expect(await board.locator('#phone').getAttribute('data-vibrations')).toBe('1');
      expect(await board.locator('.chip-new .unseen').innerText()).toBe('1');
      await picture(board, 'staff-board');

      await board.locator(onCard(orderId, 'do-accept')).click();
      // The toast comes once staff.accept answered, and accept answers after the ticket printed.
      await board.locator('.wx-toast', { hasText: '已接单' }).waitFor();
      await board.locator(`.card-${orderId}`).waitFor({ state: 'detached' });
      const [accepted] = shop.cloud.database.find('orders', { _id: orderId });
      const jobId = (accepted?.print as { jobId?: string } | undefined)?.jobId;
      ticketFile = shop.cloud.printer.tickets(SERIAL).find((one) => one.jobId === jobId)?.file ?? '';

      await board.locator('.chip-accepted').click();
      await board.locator(onCard(orderId, 'do-ready')).click();
      await board.locator(`.card-${orderId}`).waitFor({ state: 'detached' });
    },
  });
  const [order] = shop.cloud.database.find('orders', { _id: journey.orderId });
  expect(order).toMatchObject({ _openid: CUSTOMER, status: 'READY', print: { status: 'printed' } });
  expect(ticketFile.startsWith(path.join(dataDir, 'printer'))).toBe(true);
  expect(fs.readFileSync(ticketFile, 'utf8')).toContain(String(order?.pickupNumber));

  // The staff order page of the ready order: the whole order, complete, and the owner's refund.
  const board = staff.page;
  await board.locator('.chip-ready').click();
  await board.locator(onCard(journey.orderId, 'top')).click();
  await board.locator('.staff-order .refund').waitFor();
  await picture(board, 'staff-order');
  for (const tab of tabs) expect(tab.failures).toEqual([]);
});
