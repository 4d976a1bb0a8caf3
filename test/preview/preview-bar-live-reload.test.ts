import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { openPreviewTab } from '../support/preview';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

// Live reload: the local cloud watches the mini program's folder; an open preview reloads when a file changes.
// The test edits a copy of the bar fixture app, so the fixture itself never changes.
let appCopy: string;
let shop: TestCloud;
let chromium: TestBrowser;

beforeAll(async () => {
  appCopy = mkdtempSync(path.join(os.tmpdir(), 'bar-app-'));
  cpSync(path.join(__dirname, 'bar-app'), appCopy, { recursive: true });
  shop = await startTestCloud({ previewRoot: appCopy });
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await shop?.close();
  rmSync(appCopy, { recursive: true, force: true });
});

test('editing a page file reloads every open preview with the change; a burst of writes ends on the last one', async () => {
  const first = await openPreviewTab(chromium, shop.cloud.baseUrl, '/preview/');
  const second = await openPreviewTab(chromium, shop.cloud.baseUrl, '/preview/?as=customer-b');
  for (const { page } of [first, second]) {
    await page.waitForSelector('body[data-live-reload="on"]');
    expect(await page.locator('.banner').innerText()).toBe("今日推荐 Today's pick");
  }
  const template = path.join(appCopy, 'pages/store/index.wxml');
  const original = readFileSync(template, 'utf8');
  for (const word of ['一', '二', '三'])
    writeFileSync(template, original.replace("今日推荐 Today's pick", `本周推荐${word} This week's pick`));
  for (const { page } of [first, second]) {
    await page.waitForSelector(`.banner:text("本周推荐三 This week's pick")`);
    await page.waitForSelector('body[data-preview-ready][data-live-reload="on"]');
  }
  expect(await second.page.locator('#preview-user').inputValue()).toBe('customer-b');
  expect(first.failures).toEqual([]);
  expect(second.failures).toEqual([]);
  await first.page.close();
  await second.page.close();
});

test('a change the bundle cannot build shows its error after the reload, and the fix reloads again', async () => {
  const { page, failures } = await openPreviewTab(chromium, shop.cloud.baseUrl, '/preview/');
  await page.waitForSelector('body[data-live-reload="on"]');
  const template = path.join(appCopy, 'pages/detail/index.wxml');
  const original = readFileSync(template, 'utf8');
  writeFileSync(template, original.replace('</view>\n</view>', '</view>\n'));
  await page.waitForSelector('#preview-errors:text("preview build failed")');
  writeFileSync(template, original);
  await page.waitForSelector('body[data-preview-ready] .banner');
  expect(await page.locator('#preview-errors').innerText()).toBe('');
  expect(failures.length).toBeGreaterThan(0); // the broken build's error was reported on the console
  await page.close();
});
