import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openPreviewTab } from '../support/preview';
import { previewSuite } from '../support/preview-suite';

// Custom components in the preview: usingComponents (page and app.json), properties and observers, slots,
// triggerEvent, external classes, relations, style isolation and the host's display.
const suite = previewSuite(path.join(__dirname, 'engine-app'), { seed: false });

function style(page: Page, selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((node, name) => getComputedStyle(node).getPropertyValue(name), property);
}

test('a component draws its properties, slots and observer, and its add event reaches the page', async () => {
  const { page, failures } = await openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, '/preview/');
  const card = page.locator('dish-card');
  expect(await card.locator('wx-text').first().innerText()).toBe('Latte');
  expect(await card.locator('.slot-body').innerText()).toBe('Oat milk, no sugar');
  // The named slot lands in the footer, the default one in the body.
  expect(await card.locator('wx-view >> nth=2').innerText()).toBe('Ready in 5 min');
  expect(await card.locator('text=¥18').count()).toBe(1);

  await page.locator('.raise').click();
  await page.waitForFunction(() => document.querySelector('dish-card')?.textContent?.includes('¥20'));

  await card.locator('text=Add').click();
  await card.locator('text=Add').click();
  await page.waitForFunction(() => document.querySelector('.added')?.textContent === 'added Latte x2');
  const added = await page.evaluate(
    () => (globalThis as unknown as { getApp(): { added: unknown[] } }).getApp().added,
  );
  expect(added).toEqual([
    { title: 'Latte', quantity: 1 },
    { title: 'Latte', quantity: 2 },
  ]);
  expect(failures).toEqual([]);
  await page.screenshot({ path: path.join(os.tmpdir(), 'engine-components.png') });
  await page.close();
});

test('component styles are isolated both ways; apply-shared takes the page classes; hosts are inline', async () => {
  const { page, failures } = await openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, '/preview/');
  // app.wxss `.title` colours the page's title, not the card's; the card's `.title` does not leak out.
  expect(await style(page, 'page > wx-view > wx-text.title', 'color')).toBe('rgb(0, 0, 255)');
  expect(await style(page, 'dish-card wx-text >> nth=0', 'color')).toBe('rgb(255, 0, 0)');
  // The page's own class reaches the card only through the external class.
  expect(await style(page, 'dish-card wx-text >> nth=1', 'font-size')).toBe('20px');
  expect(await style(page, 'dish-card .slot-body', 'color')).toBe('rgb(7, 193, 96)');
  // :host makes the card a block; a host without rules is inline, as on the platform.
  expect(await style(page, 'dish-card', 'display')).toBe('block');
  expect(await style(page, 'shared-note', 'display')).toBe('inline');
  // apply-shared: the page's `.page-look` reaches inside, and the note's own class still applies.
  expect(await style(page, 'shared-note wx-view', 'text-decoration-line')).toBe('underline');
  expect(await style(page, 'shared-note wx-view', 'color')).toBe('rgb(128, 0, 128)');
  expect(failures).toEqual([]);
  await page.close();
});

test('relations link a list to its items, and selectComponent answers the component instance', async () => {
  const { page, failures } = await openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, '/preview/');
  expect(await page.locator('tag-item').allInnerTexts()).toEqual(['#hot', '#new']);
  await page.locator('.count-tags').click();
  await page.waitForFunction(() => document.querySelector('.tag-count')?.textContent === 'tags 2');
  expect(failures).toEqual([]);
  await page.close();
});

test("a component's this.createSelectorQuery() selects inside its own template", async () => {
  const { page, failures } = await openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, '/preview/');
  await page.locator('.measure-card').click();
  await page.waitForFunction(() => document.querySelector('.card-width')?.textContent !== 'card 0');
  const width = await page
    .locator('dish-card > wx-view')
    .evaluate((node) => node.getBoundingClientRect().width);
  expect(await page.locator('.card-width').innerText()).toBe(`card ${width}`);
  expect(failures).toEqual([]);
  await page.close();
});

test('the setData meter counts each call with its owner and the bytes of its data', async () => {
  const { page, failures } = await openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, '/preview/');
  type Meter = { calls: Array<{ owner: string; bytes: number }>; reset(): void };
  const meterCalls = () =>
    page.evaluate(() => (globalThis as unknown as { __setDataMeter: Meter }).__setDataMeter.calls);
  await page.evaluate(() => (globalThis as unknown as { __setDataMeter: Meter }).__setDataMeter.reset());
  await page.locator('dish-card').locator('text=Add').click();
  await page.waitForFunction(() => document.querySelector('.added')?.textContent === 'added Latte x1');
  const calls = await meterCalls();
  // The card's own `{ quantity: 1 }` (14 bytes of JSON), then whatever the page set on its add event.
  expect(calls[0]).toEqual({ owner: 'components/dish-card/index', bytes: '{"quantity":1}'.length });
  expect(calls.slice(1).every((call) => call.owner.startsWith('page:pages/components/index'))).toBe(true);
  expect(calls.length).toBeGreaterThan(1);
  expect(failures).toEqual([]);
  await page.close();
});
