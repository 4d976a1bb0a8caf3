import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { openPreviewTab } from '../support/preview';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

// The bar outside the phone frame, on the bar fixture app: who you are, which store, the test clock, another user.
const APP_ROOT = path.join(__dirname, 'bar-app');
const SECOND_STORE = 'store-second';
const HOUR_MS = 60 * 60 * 1000;
let shop: TestCloud;
let chromium: TestBrowser;

beforeAll(async () => {
  shop = await startTestCloud({ previewRoot: APP_ROOT });
  // A second store, open only 10:00–10:30 China time, so moving the clock an hour closes it.
  const [demo] = shop.cloud.database.find('stores', { _id: DEMO_STORE });
  const halfHour = [{ open: '10:00', close: '10:30' }];
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  shop.cloud.database.insert('stores', [
    {
      ...demo,
      _id: SECOND_STORE,
      name: '示范二店',
      nameEn: 'Second Demo Store',
      hours: Object.fromEntries(days.map((day) => [day, halfHour])),
    },
  ]);
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await shop?.close();
});

async function openBar(address: string) {
  const tab = await openPreviewTab(chromium, shop.cloud.baseUrl, address);
  await tab.page.waitForSelector('#preview-bar[data-ready]');
  return tab;
}

async function optionsOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} option`).allInnerTexts();
}

test('the bar offers the users (data) and the local cloud’s stores; choosing a store reloads the page with it', async () => {
  const { page, failures, calls } = await openBar('/preview/');
  await page.waitForSelector('.store-state.open');
  expect(await optionsOf(page, '#preview-user')).toEqual([
    '顾客 A Customer A (o-preview-customer-a)',
    '顾客 B Customer B (o-preview-customer-b)',
    '店长 Owner (o-demo-owner)',
    '经理 Manager (o-preview-manager)',
    '店员 Clerk (o-preview-clerk)',
    '后厨 Kitchen (o-preview-kitchen)',
  ]);
  expect(await optionsOf(page, '#preview-store')).toEqual([
    '点单示范咖啡馆 Diandan Demo Café (store-demo)',
    '示范二店 Second Demo Store (store-second)',
  ]);
  expect(await page.locator('#preview-store').inputValue()).toBe(DEMO_STORE);
  expect(await page.locator('.store-name').innerText()).toBe('点单示范咖啡馆');

  await Promise.all([
    page.waitForURL(/storeId=store-second/),
    page.selectOption('#preview-store', SECOND_STORE),
  ]);
  await page.waitForSelector('body[data-preview-ready] .store-name:text("示范二店")');
  expect(await page.locator('#preview-store').inputValue()).toBe(SECOND_STORE);
  expect(calls.map((call) => [call.openid, call.body])).toEqual([
    ['o-preview-customer-a', JSON.stringify({ action: 'home', input: { storeId: DEMO_STORE } })],
    ['o-preview-customer-a', JSON.stringify({ action: 'home', input: { storeId: SECOND_STORE } })],
  ]);

  await Promise.all([page.waitForURL(/as=customer-b/), page.selectOption('#preview-user', 'customer-b')]);
  await page.waitForSelector('body[data-preview-ready] .store-name:text("示范二店")');
  expect(calls[2]?.openid).toBe('o-preview-customer-b');
  expect(new URL(page.url()).searchParams.get('storeId')).toBe(SECOND_STORE);
  expect(failures).toEqual([]);
  await page.close();
});

test('the test clock shows the local cloud’s time in China time; +1 h moves it, runs the timers it passes, and the store closes', async () => {
  const startMs = shop.clock.now();
  const ran: number[] = [];
  shop.cloud.scheduler.at(startMs + HOUR_MS / 2, 'a task half an hour on', () => {
    ran.push(shop.clock.now());
    return Promise.resolve();
  });
  const { page, failures } = await openBar(`/preview/?storeId=${SECOND_STORE}`);
  await page.waitForSelector('.store-state.open');
  expect(await page.locator('#preview-clock').innerText()).toBe('2026-01-05 10:00:00 北京时间 UTC+8');
  expect(await page.locator('.bar-step').allInnerTexts()).toEqual(['+5 分 min', '+1 时 h', '+1 天 day']);

  // The pages' Date reads the local cloud's clock (the browser's runs on from it), not the browser's own.
  const pageNow = () => page.evaluate(() => [Date.now(), new Date().getTime()]);
  for (const now of await pageNow()) expect(Math.abs(now - startMs)).toBeLessThan(HOUR_MS / 2);

  await page.locator('.bar-step[data-step="1h"]').click();
  await page.waitForSelector('#preview-clock:text("2026-01-05 11:00:00")');
  expect(shop.clock.now()).toBe(startMs + HOUR_MS);
  for (const now of await pageNow()) expect(Math.abs(now - startMs - HOUR_MS)).toBeLessThan(HOUR_MS / 2);
  expect(ran).toEqual([startMs + HOUR_MS / 2]);
  // The functions read the moved clock too: at 11:00 the half-hour store is closed.
  await page.locator('.refresh').click();
  await page.waitForSelector('.store-state.closed');

  await page.locator('.bar-step[data-step="5m"]').click();
  await page.waitForSelector('#preview-clock:text("2026-01-05 11:05:00")');
  await page.locator('.bar-step[data-step="1d"]').click();
  await page.waitForSelector('#preview-clock:text("2026-01-06 11:05:00")');
  expect(shop.clock.now()).toBe(startMs + HOUR_MS + 5 * 60 * 1000 + 24 * HOUR_MS);
  expect(failures).toEqual([]);
  await page.close();
});

test('the clock door moves only by its steps', async () => {
  const before = shop.clock.now();
  const door = `${shop.cloud.baseUrl}/preview/clock`;
  const refused = await fetch(door, { method: 'POST', body: JSON.stringify({ by: '-1h' }) });
  expect(refused.status).toBe(400);
  expect(await refused.json()).toEqual({ errCode: 400, errMsg: 'by must be one of 5m, 1h, 1d' });
  const moved = await fetch(door, { method: 'POST', body: JSON.stringify({ by: '5m' }) });
  expect(await moved.json()).toEqual({ nowMs: before + 5 * 60 * 1000, adjustable: true, running: false });
  expect(shop.clock.now()).toBe(before + 5 * 60 * 1000);
});

test('a tab coming back into view reads the clock another tab moved', async () => {
  const { page, failures } = await openBar('/preview/');
  const shown = await page.locator('#preview-clock').innerText();
  const moved = await fetch(`${shop.cloud.baseUrl}/preview/clock`, {
    method: 'POST',
    body: JSON.stringify({ by: '1d' }),
  });
  const { nowMs } = (await moved.json()) as { nowMs: number };
  expect(await page.locator('#preview-clock').innerText()).toBe(shown);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.waitForSelector(`#preview-clock[data-now-ms="${nowMs}"]`);
  expect(await page.locator('#preview-clock').innerText()).not.toBe(shown);
  expect(failures).toEqual([]);
  await page.close();
});

test('the link opens the page on top, with its query, as the other user in a new tab', async () => {
  const { page, failures } = await openBar(`/preview/?storeId=${SECOND_STORE}`);
  await page.waitForSelector('.store-name:text("示范二店")');
  expect(await page.locator('#preview-open-as').innerText()).toBe(
    '以「顾客 B Customer B」打开此页 Open this page as them ↗',
  );
  await page.locator('.open-detail').click();
  await page.waitForSelector('.page-frame[data-route="pages/detail/index"] .order');

  const otherFailures: string[] = [];
  const otherCalls: Array<string | undefined> = [];
  const opened = chromium.context.waitForEvent('page');
  await page.locator('#preview-open-as').click();
  const other = await opened;
  other.on('pageerror', (error) => otherFailures.push(error.message));
  other.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/call/'))
      otherCalls.push(request.headers()['x-wx-openid']);
  });
  await other.waitForSelector('body[data-preview-ready="pages/detail/index"]');
  const address = new URL(other.url()).searchParams;
  expect(Object.fromEntries(address)).toEqual({
    as: 'customer-b',
    page: 'pages/detail/index',
    storeId: SECOND_STORE,
    dish: 'latte',
    size: 'large',
  });
  expect(await other.locator('.order').innerText()).toBe('large latte');
  expect(await other.locator('#preview-user').inputValue()).toBe('customer-b');
  expect(await other.locator('#preview-open-as').innerText()).toContain('顾客 A Customer A');
  // The store page in the new tab calls the cloud as customer B.
  await other.goto(`${shop.cloud.baseUrl}/preview/?as=customer-b&storeId=${SECOND_STORE}`);
  await other.waitForSelector('.store-name:text("示范二店")');
  expect(otherCalls).toEqual(['o-preview-customer-b']);
  expect(otherFailures).toEqual([]);
  expect(failures).toEqual([]);
  await other.close();
  await page.close();
});
