import path from 'node:path';
import { openSimulatedPage, type SimulatedPage } from '../support/simulate-page';

// The controls fixture pages in miniprogram-simulate: the built-ins' events, with the platform's details,
// drive the same handlers the preview's built-ins drive in Chromium.
const root = path.join(__dirname, 'controls-app');
const open = (name: string, query: Record<string, string> = {}) =>
  openSimulatedPage(path.join(root, `pages/${name}/index`), root, query);
let orderForm: Promise<SimulatedPage> | undefined;
/** The order form, rendered once for the file's tests. */
const openOrderForm = () => (orderForm ??= open('order-form'));
const textOf = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dom?.textContent;
/** Sends a built-in's event as the engine does (after a microtask), and lets the handler's setData land. */
const send = async (page: SimulatedPage, selector: string, name: string, detail: object) => {
  const target = page.querySelector(selector);
  if (!target) throw new Error(`no ${selector} on the page`);
  target.dispatchEvent(name, { detail });
  await Promise.resolve();
};

test('the order form takes the input, picker, switch, radio, checkbox and textarea events', async () => {
  const page = await openOrderForm();
  await send(page, '.table-code', 'input', { value: 'a12', cursor: 3, keyCode: 50 });
  await send(page, '.name', 'focus', { value: '', height: 0 });
  expect(textOf(page, '.echo-focus')).toBe('focus=name');
  await send(page, '.name', 'confirm', { value: 'Li' });
  await send(page, '.dish-picker', 'change', { value: 2 });
  await send(page, '.time-picker', 'change', { value: '13:45' });
  await send(page, '.size-picker', 'columnchange', { column: 1, value: 2 });
  await send(page, '.size-picker', 'change', { value: [1, 2] });
  await send(page, '.takeaway', 'change', { value: true });
  await send(page, '.payment', 'change', { value: 'counter' });
  await send(page, '.extras', 'change', { value: ['chopsticks', 'napkins'] });
  await send(page, '.spice', 'changing', { value: 3 });
  await send(page, '.spice', 'change', { value: 4 });
  await send(page, '.note', 'linechange', { height: 40, heightRpx: 80, lineCount: 2 });
  expect(textOf(page, '.echo-table')).toBe('table=A12');
  expect(textOf(page, '.echo-confirm')).toBe('confirm=Li');
  expect(textOf(page, '.dish')).toBe('水饺');
  expect(textOf(page, '.pickup-time')).toBe('13:45');
  expect(textOf(page, '.echo-columns')).toBe('columns=1:2');
  expect(textOf(page, '.size')).toBe('大份 · 特辣');
  expect(textOf(page, '.echo-takeaway')).toBe('takeaway=true');
  expect(textOf(page, '.echo-payment')).toBe('payment=counter');
  expect(textOf(page, '.echo-extras')).toBe('extras=chopsticks,napkins');
  expect(textOf(page, '.echo-spice')).toBe('spice=4 changing=3');
  expect(textOf(page, '.echo-note')).toBe('note= lines=2');
});

test('the form reports what bindsubmit carries and counts resets', async () => {
  const page = await openOrderForm();
  await send(page, '.order', 'submit', { value: { name: 'Li', dish: 1 } });
  await send(page, '.order', 'reset', {});
  expect(textOf(page, '.echo-submitted')).toBe('submitted={"name":"Li","dish":1}');
  expect(textOf(page, '.echo-resets')).toBe('resets=1');
});

test('the buttons page takes the open-type events and answers share with its card', async () => {
  const page = await open('buttons');
  await send(page, '.phone-login', 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code: 'c'.repeat(32) });
  await send(page, '.contact', 'contact', { errMsg: 'enterContact:ok', path: '', query: {} });
  await send(page, '.privacy', 'agreeprivacyauthorization', {});
  expect(textOf(page, '.echo-phone')).toBe('phone=getPhoneNumber:ok code:32');
  expect(textOf(page, '.echo-contact')).toBe('contact=enterContact:ok');
  expect(textOf(page, '.echo-privacy')).toBe('privacy=agreed');
  const instance = page.instance as unknown as {
    onShareAppMessage(share: object): { title: string; path: string };
  };
  const card = instance.onShareAppMessage({
    from: 'button',
    target: { id: '', dataset: { dish: 'noodles' } },
  });
  expect(card.path).toBe('/pages/dish/index?dish=noodles');
});

test('the dish page draws its query', async () => {
  const page = await open('dish', { dish: 'rice' });
  expect(textOf(page, '.dish')).toBe('dish=rice depth=1');
});
