import path from 'node:path';
import { previewSuite } from '../support/preview-suite';

// The navigation stack on a fixture mini program: query strings, the navigation bar, lifecycles in order.
const suite = previewSuite(path.join(__dirname, 'fixture-app'));

test('navigateTo opens a page with its query and a back button; back returns to the page beneath', async () => {
  const page = await suite.browser.context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => message.type() === 'error' && failures.push(message.text()));
  await page.goto(`${suite.shop.cloud.baseUrl}/preview/`);
  await page.waitForSelector('body[data-preview-ready]');
  const lifecycle = () =>
    page.evaluate(() => (globalThis as unknown as { getApp(): { lifecycle: string[] } }).getApp().lifecycle);
  expect(await page.locator('#nav-title').innerText()).toBe('Fixture app');
  expect(await page.locator('.shows').innerText()).toBe('shown 1 times');

  await page.locator('.open-second').click();
  await page.waitForSelector('.order');
  expect(await page.locator('.order').innerText()).toBe('2 × noodles');
  expect(await page.locator('.depth').innerText()).toBe('depth 2');
  expect(await page.locator('#nav-title').innerText()).toBe('Second page');
  expect(await page.locator('#nav-back').isVisible()).toBe(true);
  expect(await page.locator('.first').isVisible()).toBe(false);

  await page.locator('#nav-back').click();
  await page.waitForSelector('.order', { state: 'detached' });
  expect(await page.locator('.shows').innerText()).toBe('shown 2 times');
  expect(await page.locator('#nav-title').innerText()).toBe('Fixture app');
  expect(await page.locator('#nav-back').isHidden()).toBe(true);
  expect(await lifecycle()).toEqual([
    'app:onLaunch',
    'first:onLoad',
    'first:onShow',
    'first:onHide',
    'second:onLoad',
    'second:onShow',
    'second:onUnload',
    'first:onShow',
  ]);

  // The page's own navigateBack, after opening the second page again (its module is loaded once).
  await page.locator('.open-second').click();
  await page.locator('.go-back').click();
  await page.waitForSelector('.order', { state: 'detached' });
  expect(await page.locator('.shows').innerText()).toBe('shown 3 times');
  expect(failures).toEqual([]);
  await page.close();
});
