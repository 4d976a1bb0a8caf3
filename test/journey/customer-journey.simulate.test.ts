/** @jest-environment jsdom */
import path from 'node:path';
import { appConfig } from '../../miniprogram/config';
import { installCustomerPhone, until, type CustomerPhone } from '../support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

// The whole customer journey on the real pages in miniprogram-simulate against one local cloud: scan table A01,
// choose a large iced latte, add it, check out, pay on the payment sheet, allow the "order ready" message, see
// the order paid; the shop's staff accept it and mark it ready, and the open order page shows it live.
const ROOT = path.join(__dirname, '../../miniprogram');
const CUSTOMER = 'o-journey-customer';
/** The demo café's owner (database/seed/demo/staff.json). */
const OWNER = 'o-demo-owner';
const ORDER_READY = appConfig.subscribeTemplates.orderReady;

let shop: TestCloud;
let phone: CustomerPhone;

beforeAll(async () => {
  shop = await startTestCloud();
  phone = installCustomerPhone(shop.cloud.baseUrl, CUSTOMER);
  phone.choices.consent = { [ORDER_READY]: 'accept' };
});
afterAll(() => shop.close());

/**
 * Opens a page as navigating there would. miniprogram-simulate registers a component file once per module
 * registry, so each page opens in a fresh one: like a restart, the session comes back from the phone's storage
 * and the cart from the cloud (the browser preview's journey navigates within one app).
 */
function open(route: string, query: Record<string, string> = {}): Promise<SimulatedPage> {
  jest.resetModules();
  return openSimulatedPage(path.join(ROOT, route), ROOT, query);
}

/** The nodes matching the last selector, each earlier one naming a component host to look inside. */
function all(root: SimulatedPage, ...selectors: string[]): SimulatedPage[] {
  let nodes: SimulatedPage[] = [root];
  for (const selector of selectors) nodes = nodes.flatMap((node) => node.querySelectorAll(selector));
  return nodes;
}
const text = (root: SimulatedPage, ...selectors: string[]) =>
  all(root, ...selectors)[0]?.dom?.textContent ?? '';
function tap(root: SimulatedPage, ...selectors: string[]): void {
  const node = all(root, ...selectors)[0];
  if (!node) throw new Error(`nothing to tap at ${selectors.join(' ')}`);
  node.dispatchEvent('tap');
}

/** The address the last navigation went to, without its leading slash. */
function lastNavigation(): string {
  const move = phone.navigations[phone.navigations.length - 1];
  if (!move?.url) throw new Error('the page went nowhere');
  return move.url.replace(/^\//, '');
}

function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(url.split('?')[1] ?? ''));
}

test('scan, choose, add, check out, pay, allow the message; paid, then ready live with one message sent', async () => {
  // The table's QR code opens the menu with its scene: dine-in at table A01.
  const menu = await open('pages/menu/index', { scene: encodeURIComponent('A01') });
  expect(text(menu, '.store-name')).toBe('点单示范咖啡馆');
  expect(text(menu, '.table')).toContain('A01');
  expect(text(menu, '.mode.is-active')).toContain('堂食');

  // The latte has choices: "+" opens the spec sheet; large and iced change what it costs.
  const latte = all(menu, '.list', '.product').find((node) => node.instance?.data.productId === 'prod-latte');
  if (!latte) throw new Error('no latte on the menu');
  tap(latte, '.add');
  await until(() => all(menu, '.spec-sheet-host', '.chip').length > 0);
  const sheet = all(menu, '.spec-sheet-host')[0] as SimulatedPage;
  const chip = (label: string) => {
    const found = all(sheet, '.chip').find((node) => (node.dom?.textContent ?? '').startsWith(label));
    if (!found) throw new Error(`no chip ${label}`);
    return found;
  };
  const totalBefore = text(sheet, '.total');
  chip('大杯').dispatchEvent('tap');
  await until(() => text(sheet, '.total') !== totalBefore);
  chip('冰').dispatchEvent('tap');
  await until(() => (chip('冰').dom?.className ?? '').includes('is-chosen'));
  tap(sheet, '.add');
  await until(() => menu.instance.data.cartCount === 1);
  expect(text(menu, '.cart-bar-host', '.badge')).toBe('1');

  // Three taps from a full cart to a paid order: checkout, pay, allow.
  tap(menu, '.cart-bar-host', '.checkout');
  await until(() => phone.navigations.length > 0);
  expect(lastNavigation()).toBe('checkout/pages/checkout/index');
  const checkout = await open('checkout/pages/checkout/index');
  await until(() => all(checkout, '.pay').length > 0 && checkout.instance.data.canPlace === true);
  expect(text(checkout, '.mode.is-active')).toContain('堂食');
  expect(text(checkout, '.choice.table')).toContain('A01');
  const shownTotal = text(checkout, '.breakdown');
  expect(shownTotal).toContain('大杯');
  tap(checkout, '.pay');
  await until(() => lastNavigation().startsWith('pages/order/index'));
  expect(phone.subscribePrompts).toEqual([[ORDER_READY, appConfig.subscribeTemplates.orderRejected]]);
  const orderId = queryOf(lastNavigation()).id ?? '';
  const stored = shop.cloud.database.find('orders', { _id: orderId })[0];
  expect(stored).toMatchObject({ _openid: CUSTOMER, storeId: DEMO_STORE, mode: 'dine_in' });
  expect(shop.cloud.database.find('subscriptions', { _openid: CUSTOMER })).toEqual([
    expect.objectContaining({ templateId: ORDER_READY, credits: 1 }),
    expect.objectContaining({ templateId: appConfig.subscribeTemplates.orderRejected, credits: 1 }),
  ]);

  // The order page follows the order live: paid once the payment callback lands, ready once the shop says so.
  const order = await open('pages/order/index', { id: orderId });
  await until(() => text(order, '.status') === '已支付');
  expect(text(order, '.pickup-number')).not.toBe('');
  const accepted = await shop.call('staff', 'accept', { orderId }, OWNER);
  expect(accepted).toMatchObject({ ok: true, data: { status: 'ACCEPTED' } });
  await until(() => text(order, '.status') === '制作中');
  const ready = await shop.call('staff', 'markReady', { orderId }, OWNER);
  expect(ready).toMatchObject({ ok: true, data: { status: 'READY' } });
  await until(() => text(order, '.status') === '待取餐');

  const messages = shop.cloud.openapi.outbox().filter((message) => message.touser === CUSTOMER);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ templateId: ORDER_READY, page: `pages/order/index?id=${orderId}` });
  expect(shop.cloud.database.find('subscriptions', { _openid: CUSTOMER })[0]).toMatchObject({ credits: 0 });
});
