import path from 'node:path';
import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import { openSimulatedPage } from '../support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

// The bar fixture's pages in miniprogram-simulate too, against the same local cloud, so the two engines agree.
const APP_ROOT = path.join(__dirname, 'bar-app');
let shop: TestCloud;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules()); // miniprogram-simulate registers a component file once per module registry

function useCloudAs(openid: string): void {
  const cloud = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid });
  cloud.init();
  Object.assign(Reflect.get(globalThis, 'wx') as object, { cloud });
}

test('the store page draws the store the query names, read from the local cloud', async () => {
  useCloudAs('o-simulate-customer');
  const page = await openSimulatedPage(path.join(APP_ROOT, 'pages/store/index'), APP_ROOT, {
    storeId: DEMO_STORE,
  });
  expect(page.querySelector('.store-name')?.dom?.textContent).toBe('点单示范咖啡馆');
  expect(page.querySelector('.store-state')?.dom?.textContent).toBe('营业中 Open');
  expect(page.querySelector('.banner')?.dom?.textContent).toBe("今日推荐 Today's pick");
});

test('the store page shows the error code of a store that does not exist', async () => {
  useCloudAs('o-simulate-customer');
  const page = await openSimulatedPage(path.join(APP_ROOT, 'pages/store/index'), APP_ROOT, {
    storeId: 'store-nowhere',
  });
  expect(page.querySelector('.store-state')?.dom?.textContent).toBe('NOT_FOUND');
});

test('the detail page draws the query the bar’s link carries to another tab', async () => {
  const page = await openSimulatedPage(path.join(APP_ROOT, 'pages/detail/index'), APP_ROOT, {
    storeId: DEMO_STORE,
    dish: 'latte',
    size: 'large',
  });
  expect(page.querySelector('.order')?.dom?.textContent).toBe('large latte');
  expect(page.querySelector('.detail-store')?.dom?.textContent).toBe(DEMO_STORE);
});
