// "Often ordered together" inside the cart's answer: partners of the cart's products in the same paid orders
// (counted by the timer), then best sellers; a shop without paid orders offers its menu picks.
import type { CartView } from '../../typings/contracts/cart';
import { dataOf } from '../support/results';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { placePaidOrder, runNextRefresh } from './paid-orders';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const suggestionsOf = (view: CartView) =>
  view.suggestions?.map(({ productId, reason }) => [productId, reason]);

/** A shopper whose cart holds `productIds` (one each, default specs). */
async function cartWith(openid: string, productIds: readonly string[]) {
  for (const productId of productIds) {
    const item = { productId, specs: {}, addons: [] };
    dataOf(await shop.call('cart', 'add', { storeId: DEMO_STORE, item, quantity: 1 }, openid));
  }
  return {
    get: async () =>
      dataOf(await shop.call('cart', 'get', { storeId: DEMO_STORE, withSuggestions: true }, openid)),
    add: async (productId: string) =>
      dataOf(
        await shop.call(
          'cart',
          'add',
          {
            storeId: DEMO_STORE,
            item: { productId, specs: {}, addons: [] },
            quantity: 1,
            withSuggestions: true,
          },
          openid,
        ),
      ),
  };
}

test('a shop without paid orders suggests its signature products not in the cart; only when asked', async () => {
  const cart = await cartWith('o-new-shop', ['prod-latte']);
  expect(suggestionsOf(await cart.get())).toEqual([
    ['prod-coconut-latte', 'menu'],
    ['prod-pearl-milk-tea', 'menu'],
    ['prod-basque-cheesecake', 'menu'],
  ]);
  const plain = dataOf(await shop.call('cart', 'get', { storeId: DEMO_STORE }, 'o-new-shop'));
  expect(plain).not.toHaveProperty('suggestions');
  const empty = dataOf(
    await shop.call('cart', 'get', { storeId: DEMO_STORE, withSuggestions: true }, 'o-nobody'),
  );
  expect(empty.lines).toEqual([]);
  expect(suggestionsOf(empty)?.[0]).toEqual(['prod-latte', 'menu']);
});

test('after the timer counted paid orders, the cart offers what was bought with its products, then best sellers', async () => {
  await placePaidOrder(shop, [
    ['prod-americano', 1],
    ['prod-ham-cheese-croissant', 1],
  ]);
  await placePaidOrder(shop, [
    ['prod-americano', 1],
    ['prod-ham-cheese-croissant', 1],
    ['prod-avocado-toast', 1],
  ]);
  await placePaidOrder(shop, [
    ['prod-americano', 1],
    ['prod-tuna-bagel', 1],
  ]);
  await placePaidOrder(shop, [['prod-cappuccino', 5]]);
  const cart = await cartWith('o-after-orders', ['prod-americano']);
  expect(suggestionsOf(await cart.get())?.every(([, reason]) => reason === 'menu')).toBe(true); // not counted yet

  await runNextRefresh(shop);
  const withAmericano = await cart.get();
  expect(suggestionsOf(withAmericano)).toEqual([
    ['prod-ham-cheese-croissant', 'together'], // in 2 of its orders
    ['prod-avocado-toast', 'together'],
    ['prod-tuna-bagel', 'together'],
  ]);
  expect(withAmericano.suggestions?.[0]).toMatchObject({
    name: '火腿芝士可颂三明治',
    nameEn: expect.any(String) as string,
    fromPriceFen: expect.any(Number) as number,
  });
  // With the croissant in the cart too: partners of both, then the best seller that never came with them.
  expect(suggestionsOf(await cart.add('prod-ham-cheese-croissant'))).toEqual([
    ['prod-avocado-toast', 'together'],
    ['prod-tuna-bagel', 'together'],
    ['prod-cappuccino', 'popular'],
  ]);
}, 120_000);

test('a suggestion that sold out is left out', async () => {
  shop.cloud.database.update('skus', { productId: 'prod-tuna-bagel' }, { $set: { isSoldOut: true } });
  try {
    const cart = await cartWith('o-sold-out', ['prod-americano', 'prod-ham-cheese-croissant']);
    expect(suggestionsOf(await cart.get())).toEqual([
      ['prod-avocado-toast', 'together'],
      ['prod-cappuccino', 'popular'],
    ]);
  } finally {
    shop.cloud.database.update('skus', { productId: 'prod-tuna-bagel' }, { $set: { isSoldOut: false } });
  }
});

test('suggestions cost at most three reads more than the cart alone', async () => {
  const openid = 'o-suggestion-cost';
  await cartWith(openid, ['prod-americano']);
  const cost = async (withSuggestions: boolean) => {
    shop.cloud.database.resetStats();
    dataOf(await shop.call('cart', 'get', { storeId: DEMO_STORE, withSuggestions }, openid));
    return shop.cloud.database.stats().total;
  };
  const alone = await cost(false);
  expect(alone).toBe(3);
  expect(await cost(true)).toBeLessThanOrEqual(alone + 3);
});

test('withSuggestions must be a boolean', async () => {
  for (const withSuggestions of ['yes', null, 1]) {
    const answer = await shop.callRaw('cart', {
      action: 'get',
      input: { storeId: DEMO_STORE, withSuggestions },
    });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
  }
});
