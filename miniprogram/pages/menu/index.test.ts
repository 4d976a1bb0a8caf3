/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import type * as Stores from '../../stores';

import { BUSY_QUEUE_ORDERS } from '../../../server/services/browse/store-state';
import { insertGeneratedMenu } from '../../../test/browse/generated-menu';
import { placePaidOrder } from '../../../test/recommend/paid-orders';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The menu page in miniprogram-simulate against the local cloud, as a customer with a phone would use it.
const ROOT = path.join(__dirname, '../..');
const PAGE = path.join(__dirname, 'index');
let shop: TestCloud;
let phone: CustomerPhone;
let customer = 0;

beforeAll(async () => {
  shop = await startTestCloud();
  // Small store with one-SKU products (nothing to choose): the "+" adds at once; the big one has 500 products.
  insertGeneratedMenu(shop.cloud.database, { storeId: 'store-small', products: 12, skusPerProduct: 1 });
  insertGeneratedMenu(shop.cloud.database, { storeId: 'store-big', products: 500, skusPerProduct: 2 });
  insertGeneratedMenu(shop.cloud.database, { storeId: 'store-shut', products: 6, skusPerProduct: 1 });
  shop.cloud.database.update('stores', { _id: 'store-shut' }, { isAcceptingOrders: false });
  // Opens at 17:00 on weekdays: closed at the test clock's start (Monday 10:00 China time).
  insertGeneratedMenu(shop.cloud.database, { storeId: 'store-evening', products: 6, skusPerProduct: 1 });
  const evenings = [{ open: '17:00', close: '22:00' }];
  const hours = { mon: evenings, tue: evenings, wed: evenings, thu: evenings, fri: evenings };
  shop.cloud.database.update('stores', { _id: 'store-evening' }, { $set: { hours } });
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules(); // a fresh session and cart store per test, as a fresh start of the mini program
  customer += 1;
  phone = installCustomerPhone(shop.cloud.baseUrl, `o-menu-page-${customer}`);
});

function open(query: Record<string, string> = {}): Promise<SimulatedPage> {
  return openSimulatedPage(PAGE, ROOT, query);
}
type Node = SimulatedPage;
/** The nodes matching the last selector, each earlier one naming a component host to look inside. */
function all(root: Node, ...selectors: string[]): Node[] {
  let nodes: Node[] = [root];
  for (const selector of selectors) nodes = nodes.flatMap((node) => node.querySelectorAll(selector));
  return nodes;
}
const text = (root: Node, ...selectors: string[]) => all(root, ...selectors)[0]?.dom?.textContent ?? '';
const texts = (root: Node, ...selectors: string[]) =>
  all(root, ...selectors).map((node) => node.dom?.textContent ?? '');
function cardsOf(page: SimulatedPage) {
  return all(page, '.list', '.product');
}
function card(page: SimulatedPage, productId: string) {
  const found = cardsOf(page).find((node) => node.instance?.data.productId === productId);
  if (!found) throw new Error(`no card for ${productId}`);
  return found;
}
async function serverCart(storeId: string) {
  const answer = await shop.call('cart', 'get', { storeId }, phone.openid);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

test('the first screen comes from one call: store, state, notice, modes, popular first, categories', async () => {
  const page = await open();
  expect(text(page, '.store-name')).toBe('点单示范咖啡馆');
  expect(text(page, '.store-state')).toBe('营业中');
  expect(text(page, '.notice')).toContain('演示店铺');
  expect(texts(page, '.mode')).toEqual(['堂食', '自取', '外送']);
  const nav = texts(page, '.nav', '.category .name');
  expect(nav[0]).toBe('人气推荐');
  expect(nav).toHaveLength(7);
  expect(texts(page, '.list', '.section-title')[0]).toBe('人气推荐');
  expect(cardsOf(page).length).toBeGreaterThan(6);
  expect(all(page, '.list', '.product', '.mark.popular').length).toBeGreaterThan(0);
});

test('a table code binds dine-in and the table', async () => {
  const page = await open({ scene: encodeURIComponent('A01') });
  expect(text(page, '.table')).toBe('桌号 A01 号桌');
  expect(text(page, '.mode.is-active')).toBe('堂食');
  expect(phone.storage.get('diandan.session.v1')).toMatchObject({
    storeId: DEMO_STORE,
    table: { id: 'table-demo-a01', name: 'A01 号桌' },
    mode: 'dine_in',
  });
});

test('an unknown table code says so and leaves pickup usable', async () => {
  const unknown = await open({ scene: 'Z99' });
  expect(text(unknown, '.table-unknown')).toContain('没有找到这张桌子');
  expect(text(unknown, '.table')).toBe('');
  expect(phone.storage.get('diandan.session.v1')).toMatchObject({ table: null, mode: 'pickup' });
  expect(text(unknown, '.mode.is-active')).toBe('自取');
});

test('the mode toggle changes the mode the session remembers', async () => {
  const page = await open();
  page.querySelectorAll('.mode')[2]?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(text(page, '.mode.is-active')).toBe('外送');
  expect(phone.storage.get('diandan.session.v1')).toMatchObject({ mode: 'delivery' });
});

test('a category tap highlights it and scrolls the list to that section', async () => {
  const page = await open();
  const bakery = all(page, '.nav', '.category').find((node) => node.dom?.textContent?.includes('烘焙'));
  bakery?.dispatchEvent('tap');
  await until(() => page.instance.data.scrollToId === 'cat-bakery');
  expect(text(page, '.nav', '.category.is-active')).toContain('烘焙');
  expect(page.querySelector('.list')?.instance?.data.scrollToId).toBe('cat-bakery');
});

test('search shows matching products as cards, an empty state, and clears back to the menu', async () => {
  const page = await open();
  const input = page.querySelector('.search-input');
  input?.dispatchEvent('input', { detail: { value: '拿铁' } });
  await until(() => page.querySelectorAll('.result').length > 0);
  expect(all(page, '.result').every((node) => String(node.instance?.data.name).includes('拿铁'))).toBe(true);
  input?.dispatchEvent('input', { detail: { value: '不存在的东西' } });
  await until(() => text(page, '.results-empty') !== '');
  expect(text(page, '.results-empty')).toBe('没有找到“不存在的东西”');
  page.querySelector('.search-clear')?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(page.querySelector('.results')).toBeUndefined();
  expect(page.querySelector('.list')).toBeDefined();
});

test('"+" on a product with nothing to choose adds it: the bar and the server cart hold it; the stepper changes it', async () => {
  const page = await open({ storeId: 'store-small' });
  card(page, 'store-small-prod-1').querySelector('.add')?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 1);
  expect(text(page, '.cart-bar-host', '.badge')).toBe('1');
  expect(text(page, '.cart-bar-host', '.total')).toBe('¥10.01');
  expect(texts(page, '.nav', '.count')).toEqual(['1']); // its category's row in the nav counts it
  const held = await serverCart('store-small');
  expect(held.lines.map((line) => [line.productId, line.quantity])).toEqual([['store-small-prod-1', 1]]);

  all(card(page, 'store-small-prod-1'), '.stepper', '.plus')[0]?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 2);
  expect((await serverCart('store-small')).itemCount).toBe(2);
  all(card(page, 'store-small-prod-1'), '.stepper', '.minus')[0]?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 1);
  expect((await serverCart('store-small')).itemCount).toBe(1);
});

test('"+" on a product with choices opens the spec sheet; adding there fills the bar and the server cart', async () => {
  const page = await open();
  card(page, 'prod-latte').querySelector('.add')?.dispatchEvent('tap');
  await until(() => all(page, '.spec-sheet-host', '.add').length > 0);
  expect(page.instance.data.specProductId).toBe('prod-latte');
  await until(() => all(page, '.spec-sheet-host', '.add')[0]?.dom?.getAttribute('disabled') !== 'true');
  all(page, '.spec-sheet-host', '.add')[0]?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 1);
  expect((await serverCart(DEMO_STORE)).lines.map((line) => line.productId)).toEqual(['prod-latte']);
  expect(page.instance.data.showSpecs).toBe(false);
});

test('the cart popup: steppers and clear change the server cart', async () => {
  const page = await open({ storeId: 'store-small' });
  card(page, 'store-small-prod-1').querySelector('.add')?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 1);
  card(page, 'store-small-prod-2').querySelector('.add')?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 2);
  all(page, '.cart-bar-host', '.cart')[0]?.dispatchEvent('tap');
  await until(() => all(page, '.cart-popup-host', '.line').length === 2);
  all(page, '.cart-popup-host', '.line .stepper', '.plus')[0]?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 3);
  expect((await serverCart('store-small')).itemCount).toBe(3);
  all(page, '.cart-popup-host', '.clear')[0]?.dispatchEvent('tap');
  await until(() => page.instance.data.cartCount === 0);
  expect(phone.modals.map((modal) => modal.content)).toEqual(['确定清空购物车吗？']);
  expect((await serverCart('store-small')).lines).toEqual([]);
  await until(() => all(page, '.cart-popup-host', '.cart-popup').length === 0);
});

test('a closed store shows its menu with ordering off and the reason', async () => {
  const page = await open({ storeId: 'store-shut' });
  expect(text(page, '.store-state')).toBe('休息中');
  expect(text(page, '.closed-reason')).toContain('门店休息中');
  expect(text(page, '.state-note')).toBe('店员暂停了接单，请稍后再来');
  expect(cardsOf(page).length).toBeGreaterThan(0);
  card(page, 'store-shut-prod-1').querySelector('.add')?.dispatchEvent('tap');
  await until(() => phone.toasts.length > 0);
  expect(phone.toasts).toEqual(['门店休息中，可先看看菜单']);
  expect((await serverCart('store-shut')).lines).toEqual([]);
  expect(text(page, '.cart-bar-host', '.reason')).toBe('休息中');
});

test('a 500-product menu: every setData stays within 32 KB, and scrolling near a waiting section fills it', async () => {
  const sizes: number[] = [];
  const original = simulate.render;
  const spy = jest.spyOn(simulate, 'render').mockImplementation((...args) => {
    const rendered = original(...args);
    const instance = rendered.instance as unknown as { setData(data: object, done?: () => void): void };
    const setData = instance.setData.bind(instance);
    instance.setData = (data, done) => {
      sizes.push(JSON.stringify(data).length);
      setData(data, done);
    };
    return rendered;
  });
  const page = await open({ storeId: 'store-big' });
  spy.mockRestore();
  expect(Math.max(...sizes)).toBeLessThanOrEqual(32 * 1024);
  // The first setData that draws the menu (the one before it only marks loading): 8,983 bytes when measured.
  const firstDraw = sizes.find((size) => size > 1024) ?? 0;
  expect(firstDraw).toBeGreaterThan(0);
  expect(firstDraw).toBeLessThanOrEqual(32 * 1024);
  // The pure function the page draws with gives the same bytes from the same answer (what the bench prints).
  const { firstScreenData } = await import('./first-screen-data');
  const home = await shop.call('browse', 'home', { storeId: 'store-big' }, phone.openid);
  if (!home.ok) throw new Error(home.error.message);
  const context = { locale: 'zh-CN' as const, mode: 'pickup' as const, table: null };
  expect(JSON.stringify(firstScreenData(home.data, context).data).length).toBe(firstDraw);
  const sections = () =>
    page.instance.data.sections as Array<{ id: string; isPending?: boolean; products: unknown[] }>;
  const waiting = sections().findIndex((section) => section.isPending);
  expect(waiting).toBeGreaterThan(0);
  expect(text(page, '.list', '.pending')).toBe('正在加载这一类…');
  // The list reports a section in view, as a customer's scroll does: the next ones fill, the server's via browse.menu.
  const last = sections().length - 1;
  page.querySelector('.list')?.instance?.triggerEvent('sectionchange', { id: sections()[last - 1]?.id });
  await until(() => sections().every((section) => !section.isPending));
  expect(
    sections().reduce((sum, section) => sum + (section.id.startsWith(' ') ? 0 : section.products.length), 0),
  ).toBe(500);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(32 * 1024);
});

test('an unreachable cloud shows the error with a retry that recovers', async () => {
  installCustomerPhone('http://127.0.0.1:1', phone.openid);
  const page = await open();
  expect(text(page, '.state', '.state-view.is-error')).toContain('网络不太好');
  installCustomerPhone(shop.cloud.baseUrl, phone.openid);
  all(page, '.state', '.retry')[0]?.dispatchEvent('tap');
  await until(() => text(page, '.store-name') !== '');
  expect(text(page, '.store-name')).toBe('点单示范咖啡馆');
});

test('back on the menu after the store picker chose another store, the menu is that store', async () => {
  const page = await open();
  expect(text(page, '.store-name')).toBe('点单示范咖啡馆');
  // The store picker's choice, as pages/stores makes it before switching to this tab.
  const { session } = jest.requireActual<typeof Stores>('../../stores');
  session.chooseStore('store-small');
  await Reflect.apply(page.instance.onShow as () => Promise<void>, page.instance, []);
  await until(() => page.instance.data.storeId === 'store-small' && page.instance.data.phase === 'ready');
  expect(cardsOf(page).map((node) => node.instance?.data.productId)).toContain('store-small-prod-1');
});

test('a store closed by its hours says when it opens, and ordering stays off', async () => {
  const page = await open({ storeId: 'store-evening' });
  expect(text(page, '.store-state')).toBe('休息中');
  expect(text(page, '.state-note')).toBe('今天 17:00 开始营业');
  expect(text(page, '.closed-reason')).toBe('门店休息中，可先看看菜单 · 今天 17:00 开始营业');
});

test(`with ${BUSY_QUEUE_ORDERS} paid orders in its kitchen the store shows busy and still takes orders`, async () => {
  // Last: the demo café stays busy for the rest of this file.
  for (let count = 0; count < BUSY_QUEUE_ORDERS; count++) await placePaidOrder(shop, [['prod-latte', 1]]);
  const page = await open();
  expect(text(page, '.store-state')).toBe('繁忙');
  expect(all(page, '.store-state.is-busy')).toHaveLength(1);
  expect(text(page, '.state-note')).toBe('现在订单较多，出餐会比平时慢一些');
  expect(all(page, '.closed-reason')).toHaveLength(0);
  expect(text(page, '.cart-bar-host', '.reason')).toBe('');
});
