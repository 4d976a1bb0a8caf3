import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openPreviewTab } from '../support/preview';
import { previewSuite } from '../support/preview-suite';

// The tab bar from app.json (switchTab keeps tab pages alive), a subpackage page opened by its path, and
// page scroll: onPageScroll, onReachBottom, pageScrollTo, pull-down refresh and wx.createSelectorQuery.
const suite = previewSuite(path.join(__dirname, 'engine-app'), { seed: false });

interface FixtureApp {
  lifecycle: string[];
  scrollTops: number[];
}

function fixtureApp(page: Page): Promise<FixtureApp> {
  return page.evaluate(() => (globalThis as unknown as { getApp(): FixtureApp }).getApp());
}

const frame = (route: string) => `.page-frame[data-route="${route}"]`;
const SCROLL = frame('pages/scroll/index');

test('the tab bar switches tabs, which stay alive; a subpackage page opens by path and switchTab closes it', async () => {
  const { page, failures } = await openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, '/preview/');
  const tabs = page.locator('.wx-tab-bar-item');
  expect(await tabs.allInnerTexts()).toEqual(['Components', 'Scroll']);
  expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
  expect(await tabs.nth(0).locator('img').getAttribute('src')).toBe('/preview/files/images/tab-on.svg');
  expect(await tabs.nth(1).evaluate((node) => getComputedStyle(node).color)).toBe('rgb(122, 126, 131)');
  const icon = await page.request.get(`${suite.shop.cloud.baseUrl}/preview/files/images/tab.svg`);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect((await page.request.get(`${suite.shop.cloud.baseUrl}/preview/files/app.js`)).status()).toBe(404);
  // The script names the source map of its own build, which the preview serves.
  const script = await (await page.request.get(`${suite.shop.cloud.baseUrl}/preview/app.js`)).text();
  const mapUrl = /\/\/# sourceMappingURL=(\S+)\n$/.exec(script)?.[1] ?? '';
  const map = (await (await page.request.get(`${suite.shop.cloud.baseUrl}/preview/${mapUrl}`)).json()) as {
    sources: string[];
  };
  expect(map.sources).toContain('components/dish-card/index.js');

  await page.locator('dish-card >> text=Add').click();
  await page.waitForFunction(() => document.querySelector('.added')?.textContent === 'added Latte x1');
  await tabs.nth(1).click();
  await page.waitForSelector('.scroll-page');
  expect(await page.locator('#nav-title').innerText()).toBe('Scroll');
  expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
  expect(await page.locator('#nav-back').isHidden()).toBe(true);
  // The components tab is hidden, not unloaded: coming back finds it as it was, without a second onLoad.
  expect(await page.locator(frame('pages/components/index')).isHidden()).toBe(true);
  await tabs.nth(0).click();
  await page.waitForSelector(`${SCROLL}[hidden]`, { state: 'attached' });
  expect(await page.locator('.added').innerText()).toBe('added Latte x1');
  await tabs.nth(1).click();
  await page.waitForSelector(`${SCROLL}:not([hidden])`);
  // The card inside the components page follows it through pageLifetimes.
  expect((await fixtureApp(page)).lifecycle).toEqual([
    'components:onShow',
    'card:show',
    'components:onHide',
    'card:hide',
    'scroll:onLoad',
    'scroll:onShow',
    'scroll:onTabItemTap 1 pages/scroll/index',
    'scroll:onHide',
    'components:onShow',
    'card:show',
    'components:onHide',
    'card:hide',
    'scroll:onShow',
    'scroll:onTabItemTap 1 pages/scroll/index',
  ]);

  await page.locator('.open-deep').click();
  await page.waitForSelector('.deep');
  expect(await page.locator('.from').innerText()).toBe('opened from scroll');
  expect(await page.locator('#nav-title').innerText()).toBe('Deep page');
  expect(await page.locator('#nav-back').isVisible()).toBe(true);
  expect(await page.locator('.wx-tab-bar').isHidden()).toBe(true);
  await page.locator('.bad-switch').click();
  await page.waitForFunction(
    () =>
      document.querySelector('.switch-error')?.textContent ===
      'switchTab:fail can not switch to no-tabBar page',
  );
  await page.locator('.to-components').click();
  await page.waitForSelector('.deep', { state: 'detached' });
  expect(await page.locator('.wx-tab-bar').isVisible()).toBe(true);
  expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
  expect(await page.locator('#nav-back').isHidden()).toBe(true);
  expect((await fixtureApp(page)).lifecycle.slice(-5)).toEqual([
    'scroll:onHide',
    'deep:onLoad',
    'deep:onUnload',
    'components:onShow',
    'card:show',
  ]);
  await page.screenshot({ path: path.join(os.tmpdir(), 'engine-tabs.png') });
  expect(failures).toEqual([]);
  await page.close();
});

test('scrolling calls onPageScroll, onReachBottom each time the bottom comes near, and intersection observers', async () => {
  const { page, failures } = await openPreviewTab(
    suite.browser,
    suite.shop.cloud.baseUrl,
    '/preview/?page=pages/scroll/index',
  );
  const rows = page.locator(`${SCROLL} .row`);
  expect(await rows.count()).toBe(10);
  // Row 8 starts below the viewport: its intersection observer stays quiet until it comes into view.
  expect(await page.locator('.seen').innerText()).toBe('seen none');
  const viewportHeight = await page.locator(SCROLL).evaluate((node) => node.clientHeight);
  const toBottom = () =>
    page.locator(SCROLL).evaluate((node) => node.scrollTo({ top: node.scrollHeight, behavior: 'auto' }));
  await toBottom();
  await page.waitForFunction(() => document.querySelectorAll('.row').length === 20);
  await page.waitForSelector('text=scrolled yes');
  await page.waitForSelector(`text=seen row-8 in of ${viewportHeight}`);
  await toBottom();
  await page.waitForFunction(() => document.querySelectorAll('.row').length === 30);
  await page.waitForSelector(`text=seen row-8 out of ${viewportHeight}`);
  const scrollTops = (await fixtureApp(page)).scrollTops;
  expect(Math.max(...scrollTops)).toBeGreaterThan(1000);

  // 80 px (app.json's onReachBottomDistance) above the bottom already counts as the bottom; 120 px does not.
  await page
    .locator(SCROLL)
    .evaluate((node) => node.scrollTo({ top: node.scrollHeight - node.clientHeight - 120 }));
  await page.waitForFunction(
    () => (document.querySelector('.page-frame[data-route="pages/scroll/index"]')?.scrollTop ?? 0) > 0,
  );
  expect(await rows.count()).toBe(30);
  await page
    .locator(SCROLL)
    .evaluate((node) => node.scrollTo({ top: node.scrollHeight - node.clientHeight - 70 }));
  await page.waitForFunction(() => document.querySelectorAll('.row').length === 40);
  expect(failures).toEqual([]);
  await page.close();
});

test('pageScrollTo reaches a selector, and a selector query measures against the page viewport', async () => {
  const { page, failures } = await openPreviewTab(
    suite.browser,
    suite.shop.cloud.baseUrl,
    '/preview/?page=pages/scroll/index',
  );
  await page.locator('.to-row').click();
  const rowTop = await page.locator('[data-row="3"]').evaluate((node) => (node as HTMLElement).offsetTop);
  await page.waitForFunction(
    (top) => document.querySelector('.page-frame[data-route="pages/scroll/index"]')?.scrollTop === top,
    rowTop,
  );
  await page.waitForFunction(() =>
    (globalThis as unknown as { getApp(): FixtureApp }).getApp().lifecycle.includes('scroll:pageScrollTo:ok'),
  );
  await page.evaluate(() =>
    (globalThis as unknown as { wx: { pageScrollTo(o: object): void } }).wx.pageScrollTo({
      scrollTop: 0,
      duration: 0,
    }),
  );
  await page.waitForFunction(
    () => document.querySelector('.page-frame[data-route="pages/scroll/index"]')?.scrollTop === 0,
  );
  // Measured before the answer is drawn, which moves the rows down.
  const expected = await page.evaluate(() => {
    const viewport = document.querySelector('.page-frame[data-route="pages/scroll/index"]') as HTMLElement;
    const row = document.querySelector('[data-row="2"]') as HTMLElement;
    const top = Math.round(row.getBoundingClientRect().top - viewport.getBoundingClientRect().top);
    const count = document.querySelectorAll('.row').length;
    const height = row.getBoundingClientRect().height;
    return `row-2 row-2 top ${top} height ${height}; rows ${count} last ${count}; scrollTop ${viewport.scrollTop}`;
  });
  await page.locator('.measure').click();
  await page.waitForFunction(() => document.querySelector('.measured')?.textContent !== '');
  expect(await page.locator('.measured').innerText()).toBe(expected);
  expect(expected).toMatch(/ top [1-9]\d* /);
  expect(failures).toEqual([]);
  await page.close();
});

test('pulling the page down from its top, or wx.startPullDownRefresh, calls onPullDownRefresh', async () => {
  const { page, failures } = await openPreviewTab(
    suite.browser,
    suite.shop.cloud.baseUrl,
    '/preview/?page=pages/scroll/index',
  );
  const box = await page.locator(SCROLL).boundingBox();
  if (!box) throw new Error('the scroll page has no box');
  await page.mouse.move(box.x + 100, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 100, box.y + 70, { steps: 4 });
  await page.mouse.move(box.x + 100, box.y + 120, { steps: 4 });
  await page.mouse.up();
  await page.waitForSelector('text=refreshed 1');
  // The page stopped the refresh itself: the indicator is gone again.
  await page.waitForFunction(() => !document.querySelector('.page-frame.wx-refreshing'));
  await page.evaluate(() =>
    (globalThis as unknown as { wx: { startPullDownRefresh(): void } }).wx.startPullDownRefresh(),
  );
  await page.waitForSelector('text=refreshed 2');
  // A short pull does nothing.
  await page.mouse.move(box.x + 100, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 100, box.y + 40, { steps: 2 });
  await page.mouse.up();
  expect(await page.locator('.status').innerText()).toContain('refreshed 2');
  expect(failures).toEqual([]);
  await page.close();
});
