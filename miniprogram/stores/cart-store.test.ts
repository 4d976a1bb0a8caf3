import 'miniprogram-simulate'; // the `wx` global the mini program's code runs against
import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../test/support/test-cloud';
import { CartStore } from './cart-store';

// The cart store against the real cart function on the local cloud: what it shows is what the server answered.
let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

function useCloudAs(openid: string, baseUrl = shop.cloud.baseUrl) {
  const cloud = createWxCloud({ baseUrl, openid });
  cloud.init();
  (globalThis as unknown as { wx: { cloud: unknown } }).wx.cloud = cloud;
}

const latte = { productId: 'prod-latte', specs: {}, addons: [] };
const americano = { productId: 'prod-americano', specs: {}, addons: [] };

test('adds, changes and removes lines, showing the units and total the server answered', async () => {
  useCloudAs('o-cart-store-a');
  const cart = new CartStore();
  expect((await cart.load(DEMO_STORE)).ok).toBe(true);
  expect(cart.isEmpty).toBe(true);

  await cart.add(DEMO_STORE, latte, 2);
  await cart.add(DEMO_STORE, americano, 1);
  const server = await shop.call('cart', 'get', { storeId: DEMO_STORE }, 'o-cart-store-a');
  if (!server.ok) throw new Error(server.error.message);
  expect(server.data.itemCount).toBe(3);
  expect(cart.itemCount).toBe(3);
  expect(cart.totalFen).toBe(server.data.itemsFen);
  expect(cart.totalFen).toBeGreaterThan(0);
  expect(cart.lines).toEqual(server.data.lines);
  expect(cart.quantityByProduct).toEqual({ 'prod-latte': 2, 'prod-americano': 1 });

  const latteLine = cart.lines.find((line) => line.productId === 'prod-latte');
  await cart.setQuantity(DEMO_STORE, latteLine?.lineId ?? '', 0);
  expect(cart.quantityByProduct).toEqual({ 'prod-americano': 1 });
  expect(cart.pending).toBe(0);
  await cart.clear(DEMO_STORE);
  expect(cart.isEmpty).toBe(true);
  expect(cart.totalFen).toBe(0);
});

test('a refused change keeps the lines and says why; the next success clears it', async () => {
  useCloudAs('o-cart-store-b');
  const cart = new CartStore();
  await cart.add(DEMO_STORE, latte, 1);
  const before = cart.lines;
  const refused = await cart.add(DEMO_STORE, { productId: 'prod-unicorn', specs: {}, addons: [] }, 1);
  expect(refused.ok).toBe(false);
  expect(cart.errorCode).toBe(refused.ok ? null : refused.error.code);
  expect(cart.lines).toBe(before);
  await cart.load(DEMO_STORE);
  expect(cart.errorCode).toBeNull();
  expect(cart.itemCount).toBe(1);
});

test('an unreachable cloud is NETWORK and the cart stays as last answered', async () => {
  useCloudAs('o-cart-store-c');
  const cart = new CartStore();
  await cart.add(DEMO_STORE, americano, 2);
  useCloudAs('o-cart-store-c', 'http://127.0.0.1:1');
  await cart.add(DEMO_STORE, americano, 1);
  expect(cart.errorCode).toBe('NETWORK');
  expect(cart.itemCount).toBe(2);
});

test('calls sent together show the answer of the last one sent, never an older one', async () => {
  useCloudAs('o-cart-store-d');
  const cart = new CartStore();
  const answers = await Promise.all([
    cart.add(DEMO_STORE, latte, 1),
    cart.add(DEMO_STORE, americano, 1),
    cart.load(DEMO_STORE),
  ]);
  const last = answers[2];
  if (!last.ok) throw new Error(last.error.message);
  expect(cart.pending).toBe(0);
  expect(cart.lines).toEqual(last.data.lines);
  expect(cart.itemCount).toBe(last.data.itemCount);
});

test('a load that asks for suggestions keeps them until the next answer that has them', async () => {
  useCloudAs('o-cart-store-e');
  const cart = new CartStore();
  await cart.add(DEMO_STORE, latte, 1);
  expect(cart.suggestions).toEqual([]);
  await cart.load(DEMO_STORE, true);
  expect(cart.suggestions.length).toBeGreaterThan(0);
  expect(cart.suggestions.every((suggestion) => suggestion.productId !== 'prod-latte')).toBe(true);
  const shown = cart.suggestions;
  await cart.add(DEMO_STORE, americano, 1);
  expect(cart.suggestions).toBe(shown);
});
