import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { openPreviewTab, type PreviewTab } from '../support/preview';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

// Buttons, their open-types as visible stand-ins with the platform's events, and navigator's open-types.
let shop: TestCloud;
let chromium: TestBrowser;
let tab: PreviewTab;
let page: Page;

beforeAll(async () => {
  shop = await startTestCloud({ previewRoot: path.join(__dirname, 'controls-app') });
  chromium = await launchBrowser();
});
beforeEach(async () => {
  tab = await openPreviewTab(chromium, shop.cloud.baseUrl, '/preview/?page=pages/buttons/index');
  page = tab.page;
});
afterEach(async () => {
  expect(tab.failures).toEqual([]);
  await page.close();
});
afterAll(async () => {
  await chromium?.close();
  await shop?.close();
});

const waitForText = (selector: string, expected: string) =>
  page.waitForFunction(([found, wanted]) => document.querySelector(found)?.textContent === wanted, [
    selector,
    expected,
  ] as const);

test('buttons draw their type, size, plain and loading; a disabled button sends no tap', async () => {
  const look = (selector: string) =>
    page.locator(selector).evaluate((button) => {
      const style = getComputedStyle(button);
      return {
        background: style.backgroundColor,
        color: style.color,
        width: button.getBoundingClientRect().width,
      };
    });
  expect(await look('.primary')).toEqual({
    background: 'rgb(7, 193, 96)',
    color: 'rgb(255, 255, 255)',
    width: 184,
  });
  expect((await look('.warn')).color).toBe('rgb(250, 81, 81)');
  expect((await look('.mini')).width).toBeLessThan(100);
  expect((await look('.mini-plain')).background).toBe('rgba(0, 0, 0, 0)');
  expect(await page.locator('.loading .wx-button__loading').count()).toBe(1);

  await page.locator('.primary').click();
  await waitForText('.echo-taps', 'taps=1');
  // Clicking where the disabled button is (it takes no pointer, as a disabled button takes no tap).
  await page.locator('.disabled').click({ force: true });
  await page.locator('.default').click();
  await page.waitForFunction(() => document.querySelector('.echo-taps')?.textContent !== 'taps=1');
  expect(await page.locator('.echo-taps').innerText()).toBe('taps=2');
  await page.screenshot({ path: path.join(os.tmpdir(), 'preview-controls-buttons.png') });
});

test('the hover-class shows while a button is pressed', async () => {
  const button = page.locator('.default');
  const box = await button.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 10, (box?.y ?? 0) + 10);
  await page.mouse.down();
  await page.waitForSelector('.default.button-hover');
  await page.mouse.up();
  await page.waitForSelector('.default:not(.button-hover)');
});

test('open-type getPhoneNumber shows the consent sheet: allowing answers a code, denying answers user deny', async () => {
  await page.locator('.phone-login').click();
  await page.waitForSelector('.wx-stand-in');
  await page.locator('.wx-stand-in__action', { hasText: '允许' }).click();
  await waitForText('.echo-phone', 'phone=getPhoneNumber:ok code:32');
  expect(await page.locator('.wx-stand-in').count()).toBe(0);

  await page.locator('.phone-login').click();
  await page.locator('.wx-stand-in__action', { hasText: '拒绝' }).click();
  await waitForText('.echo-phone', 'phone=getPhoneNumber:fail user deny');
});

test('contact, getUserInfo, share and agreePrivacyAuthorization do what the platform does', async () => {
  await page.locator('.contact').click();
  await page.waitForSelector('.wx-stand-in__title:text("客服")');
  await page.locator('.wx-stand-in__action').click();
  await waitForText('.echo-contact', 'contact=enterContact:ok');

  await page.locator('.user-info').click();
  await waitForText('.echo-user', 'user=getUserInfo:ok 微信用户');

  await page.locator('.share').click();
  await waitForText('.echo-shared', 'shared=button:noodles');
  expect(await page.locator('.wx-stand-in__text').innerText()).toContain('来一碗牛肉面');
  await page.locator('.wx-stand-in__action').click();

  const agreed = () =>
    page.evaluate(() => document.querySelector('.echo-privacy')?.textContent === 'privacy=agreed');
  expect(await agreed()).toBe(false);
  await page.locator('.privacy').click();
  await waitForText('.echo-privacy', 'privacy=agreed');
});

test('navigator opens its url, redirects, relaunches, and goes back through the page stack', async () => {
  await page.locator('.to-dish').click();
  await waitForText('.dish', 'dish=rice depth=2');
  expect(await page.locator('#nav-title').innerText()).toBe('Dish');
  await page.locator('.back').click();
  await page.waitForSelector('.dish', { state: 'detached' });
  expect(await page.locator('#nav-title').innerText()).toBe('Buttons');

  await page.locator('.redirect-dish').click();
  await waitForText('.dish', 'dish=dumplings depth=1');
  expect(await page.locator('#nav-back').isHidden()).toBe(true);

  await page.locator('.restart').click();
  await page.waitForSelector('.dish-picker');
  expect(await page.locator('#nav-title').innerText()).toBe('Order form');
  expect(await page.locator('.dish-page').count()).toBe(0);
});
