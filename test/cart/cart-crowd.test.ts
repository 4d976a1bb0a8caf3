// One customer tapping many items at once: every add lands, none is lost and none answers INTERNAL,
// because an add writes only its own line (an atomic push or increment) instead of rewriting the cart.
import type { ItemSelection } from '../../typings/contracts/catalog';
import { MAX_CART_LINES } from '../../server/domain/cart-lines';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { cartCalls, pick } from './cart-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

/** `count` different lines: each size, temperature and sugar of the latte, then of the americano. */
function distinctChoices(count: number): ItemSelection[] {
  const choices: ItemSelection[] = [];
  for (const productId of ['prod-latte', 'prod-americano'])
    for (const size of ['medium', 'large'])
      for (const temperature of ['hot', 'iced', 'less_ice'])
        for (const sugar of ['none', 'light', 'regular'])
          choices.push(pick(productId, { size, temperature, sugar }));
  if (count > choices.length) throw new Error(`only ${choices.length} distinct choices`);
  return choices.slice(0, count);
}

const codesOf = (results: Array<{ ok: boolean; error?: { code: string } }>) =>
  results.map((result) => (result.ok ? 'ok' : (result.error?.code ?? '?')));

test.each([19, MAX_CART_LINES])(
  '%i different items added at once all arrive, every answer ok',
  async (count) => {
    const cart = cartCalls(shop, `o-crowd-${count}`);
    const choices = distinctChoices(count);
    const results = await Promise.all(choices.map((choice) => cart.add(choice, 1)));
    expect(codesOf(results)).toEqual(choices.map(() => 'ok'));
    const view = dataOf(await cart.get());
    expect(view.lines).toHaveLength(count);
    expect(view.itemCount).toBe(count);
  },
);

test('40 adds at once, two of each of 20 items, end as 20 lines of two', async () => {
  const cart = cartCalls(shop, 'o-crowd-pairs');
  const choices = distinctChoices(20);
  const results = await Promise.all([...choices, ...choices].map((choice) => cart.add(choice, 1)));
  expect(codesOf(results)).toEqual(results.map(() => 'ok'));
  const view = dataOf(await cart.get());
  expect(view.lines).toHaveLength(20);
  expect(view.lines.map((line) => line.quantity)).toEqual(choices.map(() => 2));
});

test(`36 different items at once: ${MAX_CART_LINES} arrive, the rest are told the cart is full`, async () => {
  const cart = cartCalls(shop, 'o-crowd-full');
  const results = await Promise.all(distinctChoices(36).map((choice) => cart.add(choice, 1)));
  const codes = codesOf(results);
  expect(codes.filter((code) => code === 'ok')).toHaveLength(MAX_CART_LINES);
  expect(codes.filter((code) => code !== 'ok')).toEqual(Array.from({ length: 6 }, () => 'INVALID_INPUT'));
  expect(dataOf(await cart.get()).lines).toHaveLength(MAX_CART_LINES);
});

test('one item added 40 times at once ends as one line of 40; past 99 the add is refused, nothing lost', async () => {
  const cart = cartCalls(shop, 'o-crowd-same');
  const [latte] = distinctChoices(1);
  if (!latte) throw new Error('a choice expected');
  const results = await Promise.all(Array.from({ length: 40 }, () => cart.add(latte, 1)));
  expect(codesOf(results)).toEqual(results.map(() => 'ok'));
  expect(dataOf(await cart.get()).lines.map((line) => line.quantity)).toEqual([40]);

  const more = await Promise.all(Array.from({ length: 4 }, () => cart.add(latte, 19)));
  expect(codesOf(more).sort()).toEqual(['INVALID_INPUT', 'ok', 'ok', 'ok']);
  expect(dataOf(await cart.get()).lines.map((line) => line.quantity)).toEqual([40 + 3 * 19]);
});
