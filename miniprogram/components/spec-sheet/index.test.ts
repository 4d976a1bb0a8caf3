/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { createWxCloud } from '../../../emulator/src/client/wx-cloud';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The spec sheet in miniprogram-simulate against the local cloud: it loads browse.product itself, and its taps
// change the price shown and, on add, what the local cloud's cart holds.
const miniprogramRoot = path.join(__dirname, '../..');
const OPENID = 'o-sheet-customer';
let shop: TestCloud;
let phone: CustomerPhone;
let customer = 0;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules(); // a fresh cart store and component registry per test
  customer += 1;
  phone = installCustomerPhone(shop.cloud.baseUrl, `${OPENID}-${customer}`);
});

/** Opens the sheet on `productId` (optionally from `initial`) and waits until the product is drawn. */
async function openSheet(productId: string, initial?: object) {
  const id = simulate.load(path.join(__dirname, 'index'), {
    compiler: 'simulate',
    rootPath: miniprogramRoot,
  });
  const sheet = simulate.render(id, {
    show: true,
    storeId: DEMO_STORE,
    productId,
    ...(initial && { initial }),
  });
  sheet.attach(document.createElement('parent-wrapper'));
  const sent: Array<{ name: string; detail: unknown }> = [];
  const trigger = sheet.instance.triggerEvent.bind(sheet.instance);
  jest.spyOn(sheet.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    sent.push({ name, detail });
    trigger(name, detail, options);
  });
  await until(() => !sheet.data.loading);
  const text = (selector: string) => sheet.querySelector(selector)?.dom?.textContent ?? '';
  const chip = (label: string) =>
    sheet.querySelectorAll('.chip').find((node) => (node.dom?.textContent ?? '').startsWith(label));
  const tapChip = async (label: string) => {
    chip(label)?.dispatchEvent('tap');
    await simulate.sleep(0);
  };
  const stepper = (selector: string, index = 0) => sheet.querySelectorAll(selector)[index];
  const step = async (selector: string, button: '.plus' | '.minus', index = 0) => {
    stepper(selector, index)?.querySelector(button)?.dispatchEvent('tap');
    await simulate.sleep(0);
  };
  return { sheet, sent, text, chip, tapChip, step };
}

const cartOf = async () => {
  const result = await shop.call('cart', 'get', { storeId: DEMO_STORE }, phone.openid);
  if (!result.ok) throw new Error(result.error.code);
  return result.data;
};

test('choosing specs and add-ons changes the price; add puts exactly that choice into the cloud cart', async () => {
  const { sheet, sent, text, chip, tapChip, step } = await openSheet('prod-latte');
  expect(text('.name')).toBe('拿铁');
  expect(text('.other-name')).toBe('Latte');
  expect(chip('中杯')?.dom?.className).toContain('is-chosen');
  expect(text('.total')).toBe('¥24.00');

  await tapChip('大杯');
  expect(chip('大杯')?.dom?.className).toContain('is-chosen');
  expect(chip('中杯')?.dom?.className).not.toContain('is-chosen');
  expect(text('.total')).toBe('¥28.00');
  await tapChip('冰');
  await tapChip('少糖');
  await step('.addon-stepper', '.plus'); // extra shot +¥4
  expect(text('.total')).toBe('¥32.00');
  expect(text('.unit')).toBe('单价 ¥32.00');
  await step('.quantity', '.plus');
  expect(text('.total')).toBe('¥64.00');

  sheet.querySelector('.add')?.dispatchEvent('tap');
  await until(() => sent.some((event) => event.name === 'added'));
  const held = await cartOf();
  expect(held.lines).toEqual([
    expect.objectContaining({
      productId: 'prod-latte',
      specs: { size: 'large', temperature: 'iced', sugar: 'light' },
      addons: [expect.objectContaining({ id: 'extra_shot', quantity: 1 })],
      quantity: 2,
      unitPriceFen: 3200,
    }),
  ]);
  expect(sent.find((event) => event.name === 'added')?.detail).toEqual({ cart: held });
  expect(phone.toasts).toEqual(['已加入购物车']);
});

test('a SKU the shop marked sold out is a disabled choice; tapping it changes nothing', async () => {
  shop.cloud.database.update('skus', { _id: 'sku-latte-large' }, { $set: { isSoldOut: true } });
  try {
    const { chip, tapChip, text } = await openSheet('prod-latte');
    expect(chip('大杯')?.dom?.className).toContain('is-sold-out');
    expect(chip('大杯')?.dom?.textContent).toBe('大杯售罄');
    expect(chip('中杯')?.dom?.className).not.toContain('is-sold-out');
    await tapChip('大杯');
    expect(chip('大杯')?.dom?.className).not.toContain('is-chosen');
    expect(text('.total')).toBe('¥24.00');
  } finally {
    shop.cloud.database.update('skus', { _id: 'sku-latte-large' }, { $set: { isSoldOut: false } });
  }
});

test('a group without a default keeps add off with the reason until chosen', async () => {
  const [latte] = shop.cloud.database.find('products', { _id: 'prod-latte' });
  const groups = latte?.specGroups as Array<{ key: string; options: Array<{ isDefault: boolean }> }>;
  const undecided = groups.map((group) =>
    group.key === 'temperature'
      ? { ...group, options: group.options.map((option) => ({ ...option, isDefault: false })) }
      : group,
  );
  shop.cloud.database.update('products', { _id: 'prod-latte' }, { $set: { specGroups: undecided } });
  try {
    const { sheet, sent, text, tapChip } = await openSheet('prod-latte');
    expect(text('.required')).toBe('必选');
    expect(text('.reason')).toBe('请选择 温度 · Choose temperature');
    expect(sheet.data.view?.canAdd).toBe(false);
    sheet.querySelector('.add')?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(sent).toEqual([]);
    expect((await cartOf()).lines).toEqual([]);

    await tapChip('热');
    expect(sheet.querySelector('.reason')).toBeUndefined();
    sheet.querySelector('.add')?.dispatchEvent('tap');
    await until(() => sent.length > 0);
    expect((await cartOf()).lines).toEqual([
      expect.objectContaining({ specs: { size: 'medium', temperature: 'hot', sugar: 'none' }, quantity: 1 }),
    ]);
  } finally {
    shop.cloud.database.update('products', { _id: 'prod-latte' }, { $set: { specGroups: groups } });
  }
});

test('OUT_OF_STOCK from the server says how many are left and lowers the quantity to what fits', async () => {
  const added = await shop.call(
    'cart',
    'add',
    { storeId: DEMO_STORE, item: { productId: 'prod-tiramisu', specs: {}, addons: [] }, quantity: 3 },
    phone.openid,
  );
  expect(added.ok).toBe(true);
  const { sheet, sent, text, step } = await openSheet('prod-tiramisu');
  await step('.quantity', '.plus');
  expect(text('.total')).toBe('¥64.00');
  sheet.querySelector('.add')?.dispatchEvent('tap');
  await until(() => sent.some((event) => event.name === 'failed'));
  expect(sent).toEqual([{ name: 'failed', detail: { code: 'OUT_OF_STOCK' } }]);
  expect(phone.toasts).toEqual([
    '库存不足，仅剩 4 件，购物车里已有 3 件 · Not enough stock: only 4 left, 3 already in your cart',
  ]);
  expect(sheet.querySelector('.quantity')?.querySelector('.value')?.dom?.textContent).toBe('1');
  expect(text('.total')).toBe('¥32.00');
  expect((await cartOf()).lines).toEqual([expect.objectContaining({ quantity: 3 })]);

  sheet.querySelector('.add')?.dispatchEvent('tap');
  await until(() => sent.some((event) => event.name === 'added'));
  expect((await cartOf()).lines).toEqual([expect.objectContaining({ quantity: 4 })]);
});

test('editing a cart line starts from its selection', async () => {
  const initial = {
    specs: { size: 'large', sugar: 'light' },
    addons: [{ id: 'oat_milk', quantity: 1 }],
    quantity: 3,
  };
  const { chip, text } = await openSheet('prod-latte', initial);
  expect(chip('大杯')?.dom?.className).toContain('is-chosen');
  expect(chip('少糖')?.dom?.className).toContain('is-chosen');
  expect(chip('热')?.dom?.className).toContain('is-chosen');
  expect(text('.total')).toBe('¥93.00');
});

test('a product that is gone shows NOT_FOUND in both languages', async () => {
  const { sheet } = await openSheet('prod-gone');
  expect(sheet.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toBe(
    '没有找到相关内容 · Not found',
  );
  expect(sheet.querySelector('.add')).toBeUndefined();
});

test('an unreachable cloud is a NETWORK error whose retry loads the product', async () => {
  const offline = createWxCloud({ baseUrl: 'http://127.0.0.1:1', openid: phone.openid });
  offline.init();
  (globalThis as unknown as { wx: { cloud: unknown } }).wx.cloud = offline;
  const { sheet, text } = await openSheet('prod-latte');
  expect(sheet.querySelector('.state')?.querySelector('.title')?.dom?.textContent).toContain('网络不太好');
  phone.signInAs(phone.openid);
  sheet.querySelector('.state')?.querySelector('.retry')?.dispatchEvent('tap');
  await until(() => text('.name') === '拿铁');
  expect(text('.total')).toBe('¥24.00');
});

test('close on the mask sends close', async () => {
  const { sheet, sent } = await openSheet('prod-latte');
  sheet.querySelector('.mask')?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(sent).toEqual([{ name: 'close', detail: {} }]);
});
