/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { installCustomerPhone, until, type CustomerPhone } from '../../../test/support/customer-phone';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../test/support/test-cloud';

// The cart popup against the local cloud: the server's lines and reasons, steppers, clear after a confirm,
// "often ordered together", and checkout.
const ROOT = path.join(__dirname, '../..');
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
  phone = installCustomerPhone(shop.cloud.baseUrl, `o-cart-popup-${customer}`);
});

type Node = ReturnType<typeof simulate.render>;
function all(root: Node, ...selectors: string[]): Node[] {
  let nodes: Node[] = [root];
  for (const selector of selectors) nodes = nodes.flatMap((node) => node.querySelectorAll(selector));
  return nodes;
}
const texts = (root: Node, ...selectors: string[]) =>
  all(root, ...selectors).map((node) => node.dom?.textContent);

async function addToServerCart(productId: string, specs: Record<string, string>, quantity: number) {
  const added = await shop.call(
    'cart',
    'add',
    { storeId: DEMO_STORE, item: { productId, specs, addons: [] }, quantity },
    phone.openid,
  );
  if (!added.ok) throw new Error(added.error.message);
}
async function serverCart() {
  const answer = await shop.call('cart', 'get', { storeId: DEMO_STORE }, phone.openid);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

function renderPopup(properties: Record<string, unknown> = {}) {
  const popup = simulate.render(
    simulate.load(path.join(__dirname, 'index'), { compiler: 'simulate', rootPath: ROOT }),
    {
      storeId: DEMO_STORE,
      ...properties,
    },
  );
  popup.attach(document.createElement('parent-wrapper'));
  const sent: string[] = [];
  const trigger = popup.instance.triggerEvent.bind(popup.instance);
  jest.spyOn(popup.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    sent.push(name);
    trigger(name, detail, options);
  });
  return { popup, sent };
}

const coconut = { size: 'medium', temperature: 'iced', sugar: 'regular' };

test('opening shows the server lines and suggestions; a stepper sets the server quantity; checkout navigates', async () => {
  await addToServerCart('prod-coconut-latte', coconut, 1);
  const { popup, sent } = renderPopup();
  popup.setData({ show: true });
  await until(() => all(popup, '.line').length === 1);
  expect(texts(popup, '.line .name')).toEqual(['生椰拿铁']);
  await until(() => all(popup, '.suggestion').length > 0);
  expect(all(popup, '.suggestion').length).toBeLessThanOrEqual(3);
  all(popup, '.stepper', '.plus')[0]?.dispatchEvent('tap');
  await until(() => (popup.instance.data.rows as Array<{ quantity: number }>)[0]?.quantity === 2);
  expect((await serverCart()).itemCount).toBe(2);
  expect(texts(popup, '.count')).toEqual(['2 件']);
  all(popup, '.checkout')[0]?.dispatchEvent('tap');
  await until(() => phone.navigations.length > 0);
  expect(phone.navigations).toEqual([
    { kind: 'navigateTo', url: '/checkout/pages/checkout/index', delta: undefined },
  ]);
  expect(sent).toContain('checkout');
});

test('a line that became unavailable shows the server reason; clear asks first and empties the server cart', async () => {
  await addToServerCart('prod-coconut-latte', coconut, 1);
  await addToServerCart('prod-espresso', { size: 'single', temperature: 'hot', sugar: 'none' }, 1);
  shop.cloud.database.update('skus', { productId: 'prod-espresso' }, { isSoldOut: true }, { multi: true });
  const { popup, sent } = renderPopup();
  popup.setData({ show: true });
  await until(() => all(popup, '.line').length === 2);
  expect(texts(popup, '.line.is-unavailable .reason')).toEqual(['已售罄']);

  phone.choices.confirmModal = false;
  all(popup, '.clear')[0]?.dispatchEvent('tap');
  await until(() => phone.modals.length === 1);
  expect((await serverCart()).lines).toHaveLength(2);
  phone.choices.confirmModal = true;
  all(popup, '.clear')[0]?.dispatchEvent('tap');
  await until(() => all(popup, '.line').length === 0);
  expect((await serverCart()).lines).toEqual([]);
  expect(sent).toContain('close');
  shop.cloud.database.update('skus', { productId: 'prod-espresso' }, { isSoldOut: false }, { multi: true });
});

test('checkout stays off with the page reason', async () => {
  await addToServerCart('prod-coconut-latte', coconut, 1);
  const { popup } = renderPopup({ disabledReason: '休息中' });
  popup.setData({ show: true });
  await until(() => all(popup, '.line').length === 1);
  expect(texts(popup, '.off-reason')).toEqual(['休息中']);
  all(popup, '.checkout')[0]?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(phone.navigations).toEqual([]);
});
