import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { createWxCloud } from '../../../emulator/src/client/wx-cloud';
import { startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The whole stack: page → wx.cloud.callFunction → client gateway → browse → real wx-server-sdk → local cloud.
const miniprogramRoot = path.join(__dirname, '../..');
let shop: TestCloud;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules()); // miniprogram-simulate registers a component file once per module registry

function renderHome() {
  const page = simulate.render(
    simulate.load(path.join(__dirname, 'index'), { compiler: 'simulate', rootPath: miniprogramRoot }),
  );
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

/** Runs the page's onLoad with `query`, as the framework does when the page opens. */
function openPage(page: ReturnType<typeof renderHome>, query: Record<string, string> = {}): Promise<void> {
  return (page.instance as unknown as { onLoad(query: object): Promise<void> }).onLoad(query);
}

function useCloudAs(openid: string, baseUrl = shop.cloud.baseUrl) {
  const cloud = createWxCloud({ baseUrl, openid });
  cloud.init();
  (globalThis as unknown as { wx: { cloud: unknown } }).wx.cloud = cloud;
}

test('shows the store and its categories from one call', async () => {
  useCloudAs('o-page-customer');
  const page = renderHome();
  await openPage(page);
  expect(page.querySelector('.store-name')?.dom?.textContent).toBe('点单示范咖啡馆');
  const categories = page.querySelectorAll('.category').map((node) => node.dom?.textContent);
  expect(categories).toHaveLength(6);
  expect(categories[0]).toBe('咖啡 · Coffee');
});

test('a store that does not exist shows the error text in both languages and a retry', async () => {
  useCloudAs('o-page-customer');
  const page = renderHome();
  await openPage(page, { storeId: 'store-gone' });
  expect(page.querySelector('.state.error')?.dom?.textContent).toContain('没有找到相关内容 · Not found');
});

test('an unreachable cloud is a NETWORK error with a retry that recovers', async () => {
  useCloudAs('o-page-customer', 'http://127.0.0.1:1');
  const page = renderHome();
  await openPage(page);
  expect(page.querySelector('.state.error')?.dom?.textContent).toContain('网络不太好');

  useCloudAs('o-page-customer');
  page.querySelector('.retry')?.dispatchEvent('tap');
  for (let i = 0; i < 50 && !page.querySelector('.store-name'); i++) await simulate.sleep(20);
  expect(page.querySelector('.store-name')?.dom?.textContent).toBe('点单示范咖啡馆');
});
