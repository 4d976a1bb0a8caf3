/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { createWxCloud } from '../../../emulator/src/client/wx-cloud';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The product page in miniprogram-simulate against the local cloud: what the customer chooses changes the
// price shown, and "add" changes what the local cloud's cart holds.
const miniprogramRoot = path.join(__dirname, '../..');
let shop: TestCloud;
let phone: CustomerPhone;
let customer = 0;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
  customer += 1;
  phone = installCustomerPhone(shop.cloud.baseUrl, `o-product-page-${customer}`);
});

async function openProduct(productId: string): Promise<SimulatedPage> {
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, {
    storeId: DEMO_STORE,
    productId,
  });
  await until(() => page.data.state !== 'loading');
  return page;
}

const text = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dom?.textContent ?? '';
const chip = (page: SimulatedPage, label: string) =>
  page.querySelectorAll('.chip').find((node) => (node.dom?.textContent ?? '').startsWith(label));
async function tap(node: { dispatchEvent(name: string): void } | undefined) {
  node?.dispatchEvent('tap');
  await simulate.sleep(0);
}
async function cartLines() {
  const result = await shop.call('cart', 'get', { storeId: DEMO_STORE }, phone.openid);
  if (!result.ok) throw new Error(result.error.code);
  return result.data.lines;
}

test('the latte: photo frame, names, description; choices move the price and add fills the cloud cart', async () => {
  const page = await openProduct('prod-latte');
  expect(text(page, '.name')).toBe('拿铁');
  expect(text(page, '.other-name')).toBe('Latte');
  expect(text(page, '.description')).toBe('浓缩与丝滑牛奶。');
  expect(text(page, '.total')).toBe('¥24.00');

  await tap(chip(page, '大杯'));
  expect(text(page, '.total')).toBe('¥28.00');
  const oatMilk = page.querySelectorAll('.addon-stepper')[1];
  await tap(oatMilk?.querySelector('.plus'));
  expect(text(page, '.total')).toBe('¥31.00');
  await tap(page.querySelector('.quantity')?.querySelector('.plus'));
  await tap(page.querySelector('.quantity')?.querySelector('.plus'));
  expect(text(page, '.total')).toBe('¥93.00');

  await tap(page.querySelector('.add'));
  await until(() => phone.toasts.length > 0);
  expect(phone.toasts).toEqual(['已加入购物车']);
  expect(await cartLines()).toEqual([
    expect.objectContaining({
      productId: 'prod-latte',
      specs: { size: 'large', temperature: 'hot', sugar: 'none' },
      addons: [expect.objectContaining({ id: 'oat_milk', quantity: 1 })],
      quantity: 3,
      lineTotalFen: 9300,
    }),
  ]);
});

test('a sold-out size is drawn disabled and cannot be chosen', async () => {
  shop.cloud.database.update('skus', { _id: 'sku-americano-large' }, { $set: { isSoldOut: true } });
  try {
    const page = await openProduct('prod-americano');
    expect(chip(page, '大杯')?.dom?.className).toContain('is-sold-out');
    await tap(chip(page, '大杯'));
    expect(chip(page, '中杯')?.dom?.className).toContain('is-chosen');
    expect(text(page, '.total')).toBe('¥18.00');
  } finally {
    shop.cloud.database.update('skus', { _id: 'sku-americano-large' }, { $set: { isSoldOut: false } });
  }
});

test('a sold-out product says so and keeps add off: nothing reaches the cart', async () => {
  const page = await openProduct('prod-blueberry-muffin');
  expect(text(page, '.sold-out-banner')).toBe('今日已售罄 Sold out today');
  expect(text(page, '.reason')).toBe('已售罄 · Sold out');
  expect(page.data.view?.canAdd).toBe(false);
  await tap(page.querySelector('.add'));
  expect(await cartLines()).toEqual([]);
});

test('an incomplete choice keeps add off with the reason; choosing completes it', async () => {
  const [americano] = shop.cloud.database.find('products', { _id: 'prod-americano' });
  const groups = americano?.specGroups as Array<{ key: string; options: Array<{ isDefault: boolean }> }>;
  const undecided = groups.map((group) =>
    group.key === 'sugar'
      ? { ...group, options: group.options.map((o) => ({ ...o, isDefault: false })) }
      : group,
  );
  shop.cloud.database.update('products', { _id: 'prod-americano' }, { $set: { specGroups: undecided } });
  try {
    const page = await openProduct('prod-americano');
    expect(text(page, '.reason')).toBe('请选择 糖度 · Choose sweetness');
    await tap(page.querySelector('.add'));
    expect(await cartLines()).toEqual([]);
    await tap(chip(page, '少糖'));
    expect(page.querySelector('.reason')).toBeUndefined();
    await tap(page.querySelector('.add'));
    await until(() => phone.toasts.length > 0);
    expect(await cartLines()).toEqual([
      expect.objectContaining({ specs: { size: 'medium', temperature: 'hot', sugar: 'light' }, quantity: 1 }),
    ]);
  } finally {
    shop.cloud.database.update('products', { _id: 'prod-americano' }, { $set: { specGroups: groups } });
  }
});

test('an unknown product is "not found" with a way back to the menu tab', async () => {
  const page = await openProduct('prod-gone');
  expect(page.data.state).toBe('notFound');
  expect(page.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toBe(
    '没有找到这个商品 This item is not on the menu',
  );
  await tap(page.querySelector('.back'));
  expect(phone.navigations).toEqual([{ kind: 'switchTab', url: '/pages/menu/index', delta: undefined }]);
});

test('an unreachable cloud shows the error; retry loads the product', async () => {
  const offline = createWxCloud({ baseUrl: 'http://127.0.0.1:1', openid: phone.openid });
  offline.init();
  (globalThis as unknown as { wx: { cloud: unknown } }).wx.cloud = offline;
  const page = await openProduct('prod-latte');
  expect(page.data.state).toBe('error');
  expect(page.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toContain('网络不太好');
  phone.signInAs(phone.openid);
  await tap(page.querySelector('.state')?.querySelector('.retry'));
  await until(() => page.data.state === 'ready');
  expect(text(page, '.name')).toBe('拿铁');
});
