/** @jest-environment jsdom */
import path from 'node:path';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { customer, LIMITED, setStock } from '../../../test/support/ordering-calls';
import { openSimulatedPage, type SimulatedPage } from '../../../test/support/simulate-page';
import { startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The cart page against the local cloud: what the customer taps changes the server's cart and what is drawn.
const miniprogramRoot = path.join(__dirname, '../..');
let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules()); // the page and its stores load afresh for each customer

const LATTE = { size: 'medium', temperature: 'hot', sugar: 'none' };

/** A customer with a latte and two croissants in the demo café's cart, on the cart page. */
async function openCartOf(openid: string): Promise<SimulatedPage> {
  const alice = customer(shop, openid);
  expect((await alice.add('prod-latte', 1, LATTE)).ok).toBe(true);
  expect((await alice.add(LIMITED.croissant.productId, 2)).ok).toBe(true);
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  return openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);
}

function textOf(page: SimulatedPage, selector: string): string | undefined {
  return page.querySelector(selector)?.dom?.textContent ?? undefined;
}

/** The texts of every `selector` node in page order (j-component finds nodes from the page or a component only). */
function texts(page: SimulatedPage, selector: string): Array<string | undefined> {
  return page.querySelectorAll(selector).map((node) => node.dom?.textContent);
}

async function serverQuantities(openid: string): Promise<number[]> {
  const answer = await customer(shop, openid).cart();
  if (!answer.ok) throw new Error(answer.error.code);
  return answer.data.lines.map((line) => line.quantity);
}

test('+ on a line sets its quantity on the server and redraws that line and the total', async () => {
  const page = await openCartOf('o-cart-plus');
  expect(texts(page, '.line-name')).toEqual(['拿铁', '黄油可颂']);
  expect(textOf(page, '.total')).toBe('合计 ¥52.00');
  const sent: Array<Record<string, unknown>> = [];
  const instance = page.instance as unknown as { setData(data: Record<string, unknown>): void };
  const setData = instance.setData.bind(instance);
  instance.setData = (data) => {
    sent.push(data);
    setData(data);
  };
  page.querySelectorAll('.line-stepper')[0]?.querySelector('.plus')?.dispatchEvent('tap');
  await until(() => textOf(page, '.total') === '合计 ¥76.00');
  // Only the changed line's changed fields and the totals are sent: no list is drawn again.
  const redraw = sent.find((data) => 'totalText' in data) ?? {};
  expect(Object.keys(redraw).filter((key) => key.startsWith('lines'))).toEqual([
    'lines[0].quantity',
    'lines[0].lineTotal',
  ]);
  expect(JSON.stringify(redraw).length).toBeLessThan(200);
  expect(await serverQuantities('o-cart-plus')).toEqual([2, 2]);
  expect(texts(page, '.line-total')).toEqual(['¥48.00', '¥28.00']);
  expect(textOf(page, '.count')).toBe('4 件');
});

test('remove hides the line; clear asks first and empties the cart, with a way back to the menu', async () => {
  const page = await openCartOf('o-cart-clear');
  page.querySelectorAll('.remove')[1]?.dispatchEvent('tap');
  await until(() => page.querySelectorAll('.line').length === 1);
  expect(await serverQuantities('o-cart-clear')).toEqual([1]);

  phone.choices.confirmModal = false;
  page.querySelector('.clear')?.dispatchEvent('tap');
  await until(() => phone.modals.length === 1);
  expect(phone.modals[0]?.content).toBe('确定清空购物车吗？');
  expect(await serverQuantities('o-cart-clear')).toEqual([1]);

  phone.choices.confirmModal = true;
  page.querySelector('.clear')?.dispatchEvent('tap');
  await until(() => page.querySelector('.back-to-menu') !== undefined);
  expect(await serverQuantities('o-cart-clear')).toEqual([]);
  page.querySelector('.back-to-menu')?.dispatchEvent('tap');
  await until(() => phone.navigations.length === 1);
  expect(phone.navigations[0]).toMatchObject({ kind: 'switchTab', url: '/pages/menu/index' });
});

test('a line short of stock is shown with the server reason, sold out likewise', async () => {
  const openid = 'o-cart-short';
  const alice = customer(shop, openid);
  expect((await alice.add(LIMITED.tiramisu.productId, 3)).ok).toBe(true);
  setStock(shop, LIMITED.tiramisu.skuId, 3);
  const page = await openCartOf(openid);
  expect(texts(page, '.line-name')).toEqual(['提拉米苏', '拿铁', '黄油可颂']);
  expect(texts(page, '.line-reason')).toEqual([]);

  setStock(shop, LIMITED.tiramisu.skuId, 1);
  await (page.instance as unknown as { load(): Promise<void> }).load();
  expect(texts(page, '.line-reason')).toEqual(['仅剩 1 件']);
  expect(page.querySelectorAll('.is-unavailable')).toHaveLength(1);
  expect(textOf(page, '.total')).toBe('合计 ¥52.00'); // priced over the available lines only
  shop.cloud.database.update('skus', { _id: LIMITED.tiramisu.skuId }, { $set: { isSoldOut: true } });
  await (page.instance as unknown as { load(): Promise<void> }).load();
  expect(texts(page, '.line-reason')).toEqual(['已售罄']);
});

test('change specs opens the sheet on the line; a different choice replaces the line, the same choice keeps it', async () => {
  const openid = 'o-cart-specs';
  const page = await openCartOf(openid);
  page.querySelectorAll('.change-specs')[0]?.dispatchEvent('tap');
  const sheet = page.querySelector('.spec-sheet');
  await until(() => (sheet?.querySelectorAll('.chip').length ?? 0) > 0);
  const chosen = () => sheet?.querySelectorAll('.chip.is-chosen').map((chip) => chip.dom?.textContent);
  expect(chosen()?.[0]).toContain('中杯');
  const large = sheet?.querySelectorAll('.chip').find((chip) => chip.dom?.textContent?.includes('大杯'));
  large?.dispatchEvent('tap');
  sheet?.querySelector('.add')?.dispatchEvent('tap');
  await until(() => texts(page, '.line-spec').some((spec) => spec?.startsWith('大杯')));
  const answer = await customer(shop, openid).cart();
  if (!answer.ok) throw new Error(answer.error.code);
  expect(answer.data.lines.map((line) => [line.specText, line.quantity])).toEqual([
    ['加热', 2],
    ['大杯 / 热 / 不加糖', 1],
  ]);
  expect(texts(page, '.line-name')).toHaveLength(2);

  page.querySelectorAll('.change-specs')[0]?.dispatchEvent('tap');
  await until(() => (sheet?.querySelectorAll('.add').length ?? 0) > 0 && !sheet?.querySelector('.state'));
  sheet?.querySelector('.add')?.dispatchEvent('tap');
  const data = () => (page.instance as unknown as { data: { busy: boolean; spec: { show: boolean } } }).data;
  await until(() => !data().spec.show && !data().busy);
  expect(await serverQuantities(openid)).toEqual([2, 1]);
});

test('a line whose price changed since the customer saw it says from what to what', async () => {
  const page = await openCartOf('o-cart-repriced');
  shop.cloud.database.update('skus', { _id: 'sku-latte-medium' }, { $set: { priceFen: 2600 } });
  try {
    await (page.instance as unknown as { load(): Promise<void> }).load();
    expect(texts(page, '.line-price-changed')).toEqual(['价格已从 ¥24.00 调整为 ¥26.00']);
    expect(textOf(page, '.total')).toBe('合计 ¥54.00');
  } finally {
    shop.cloud.database.update('skus', { _id: 'sku-latte-medium' }, { $set: { priceFen: 2400 } });
  }
});
