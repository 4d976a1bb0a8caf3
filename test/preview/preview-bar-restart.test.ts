import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadDatabaseDefinition } from '../../database/load';
import { directoryCatalog, startLocalCloud, type LocalCloud } from '../../emulator/src';
import { FIELD_KEY_VARIABLE } from '../../server/runtime/field-keys';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { openPreviewTab } from '../support/preview';

// A restart of the local cloud (Ctrl-C, npm start again) reloads the open previews once it answers again.
const ROOT = path.resolve(__dirname, '../..');
let chromium: TestBrowser;
let cloud: LocalCloud | undefined;

function startOn(port: number): Promise<LocalCloud> {
  return startLocalCloud({
    functions: directoryCatalog(path.join(ROOT, 'cloudfunctions')),
    database: loadDatabaseDefinition(path.join(ROOT, 'database')),
    seed: 'demo',
    port,
    timers: false,
    previewRoot: path.join(__dirname, 'bar-app'),
  });
}

beforeAll(async () => {
  process.env[FIELD_KEY_VARIABLE] = randomBytes(32).toString('base64');
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await cloud?.close();
});

test('the preview says it lost the local cloud, and reloads when the cloud is back on its port', async () => {
  cloud = await startOn(0);
  Object.assign(process.env, cloud.sdkEnvironment());
  const { port, baseUrl } = cloud;
  const { page, failures } = await openPreviewTab(chromium, baseUrl, '/preview/');
  await page.waitForSelector('body[data-live-reload="on"] .store-name:text("点单示范咖啡馆")');
  await page.evaluate(() => (document.body.dataset.beforeRestart = 'yes'));

  await cloud.close();
  cloud = undefined;
  await page.waitForSelector('body[data-live-reload="reconnecting"]');
  cloud = await startOn(port);
  await page.waitForSelector('body:not([data-before-restart])[data-live-reload="on"] .store-name');
  expect(await page.locator('.store-name').innerText()).toBe('点单示范咖啡馆');
  // The stream cut by the stop, and its retries while the cloud was away, are network errors, not the page's.
  const streamLoss = /Failed to load resource: net::ERR_(INCOMPLETE_CHUNKED_ENCODING|CONNECTION_REFUSED)$/;
  expect(failures.filter((failure) => !streamLoss.test(failure))).toEqual([]);
  await page.close();
});
