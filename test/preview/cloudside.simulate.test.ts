import path from 'node:path';
import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import { postJson } from '../../emulator/src/client/wx-cloud-transport';
import { SUBSCRIBE_ROUTE } from '../../emulator/src/openapi';
import { PAYMENT_CONFIRM_ROUTE, type SheetAction } from '../../emulator/src/pay';
import { customer, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { openSimulatedPage, type SimulatedPage } from '../support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

// The cloudside fixture pages in miniprogram-simulate against the same local cloud. Simulate draws no sheets:
// the test plays the customer on them, through the same doors the preview's sheets use.
const APP = path.join(__dirname, 'cloudside-app');
const OPENID = 'o-simulate-customer';
let shop: TestCloud;
/** What the customer does on the next payment sheet, and on the next consent sheet. */
const customerChoice: { payment: SheetAction; consent: Record<string, 'accept' | 'reject'> } = {
  payment: 'success',
  consent: {},
};

type Callbacks = { success?: (answer: unknown) => void; fail?: (answer: unknown) => void };
type Answer = { errMsg: string };

async function throughDoor(route: string, body: unknown, call: Callbacks): Promise<Answer> {
  const reply = await postJson(`${shop.cloud.baseUrl}${route}`, { 'X-WX-OPENID': OPENID }, body);
  const answer = reply.body as Answer;
  if (answer.errMsg.endsWith(':ok')) call.success?.(answer);
  else call.fail?.(answer);
  return answer;
}

beforeAll(async () => {
  shop = await startTestCloud();
  const cloud = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid: OPENID });
  cloud.init();
  Object.assign(globalThis, {
    wx: {
      cloud,
      requestPayment: ({ success, fail, ...params }: Callbacks & Record<string, unknown>) =>
        throughDoor(PAYMENT_CONFIRM_ROUTE, { ...params, action: customerChoice.payment }, { success, fail }),
      requestSubscribeMessage: ({ success, fail, tmplIds }: Callbacks & { tmplIds: string[] }) =>
        throughDoor(SUBSCRIBE_ROUTE, { tmplIds, decisions: customerChoice.consent }, { success, fail }),
    },
  });
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules());

const open = (page: string, query: Record<string, string> = {}) =>
  openSimulatedPage(path.join(APP, `pages/${page}/index`), APP, query);

const text = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dom?.textContent;

async function until(condition: () => boolean): Promise<void> {
  // jsdom has no setImmediate: yield to the event loop with a zero timeout until the page gets there.
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 0));
}

test('the pay page pays through the door; the real notify settles the order and watch() shows it', async () => {
  const buyer = customer(shop, OPENID);
  dataOf(await buyer.add('prod-latte'));
  const orderId = dataOf(await buyer.place()).order.id;
  const page = await open('pay', { orderId });
  await until(() => page.querySelector('.pay-button') !== undefined);
  expect(text(page, '.order-status')).toBe('PENDING_PAYMENT');

  customerChoice.payment = 'cancel';
  page.querySelector('.pay-button')?.dispatchEvent('tap');
  await until(() => text(page, '.pay-result') === 'requestPayment:fail cancel');
  customerChoice.payment = 'success';
  page.querySelector('.pay-button')?.dispatchEvent('tap');
  await until(() => text(page, '.order-status') === 'PAID');
  expect(text(page, '.pay-result')).toBe('requestPayment:ok');
  expect(storedOrder(shop, orderId).status).toBe('PAID');
  const { outTradeNo } = storedOrder(shop, orderId).payment as { outTradeNo: string };
  expect(shop.cloud.payments.trade(outTradeNo)?.state).toBe('SUCCESS');
  (page.instance as unknown as { onUnload(): void }).onUnload();
});

test('the subscribe page shows the answers and the ledger holds the credits', async () => {
  const page = await open('subscribe');
  customerChoice.consent = { 'tmpl-order-refunded': 'reject' };
  page.querySelector('.ask')?.dispatchEvent('tap');
  await until(() => page.querySelectorAll('.decision').length === 2);
  expect(page.querySelectorAll('.decision').map((node) => node.dom?.textContent)).toEqual([
    'accept',
    'reject',
  ]);
  expect(shop.cloud.openapi.consentCredits(OPENID, 'tmpl-order-ready')).toBe(1);
  expect(shop.cloud.openapi.consentCredits(OPENID, 'tmpl-order-refunded')).toBe(0);
});

test("the menu page reads categories and is refused stock and a watch over others' orders", async () => {
  const page = await open('menu', { storeId: DEMO_STORE });
  await until(() => (text(page, '.denied') ?? '') !== '');
  expect(page.querySelectorAll('.category').map((node) => node.dom?.textContent)[0]).toBe('咖啡 · Coffee');
  expect(text(page, '.denied')).toMatch(/^-502003 /);
  await until(() => (text(page, '.watch-denied') ?? '') !== '');
  expect(text(page, '.watch-denied')).toMatch(/^-502003 /);
  (page.instance as unknown as { onUnload(): void }).onUnload();
});
