import type { OutOfStockDetails } from '../../typings/contracts/checkout';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { customer, LIMITED, setStock, stockOf } from '../support/ordering-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

test('200 customers order an item with 20 in stock at once: 20 orders, the rest OUT_OF_STOCK with 0 left, stock never negative', async () => {
  const { skuId, productId } = LIMITED.cinnamonRoll;
  setStock(shop, skuId, 20);
  const customers = Array.from({ length: 200 }, (_, index) => customer(shop, `o-crowd-${index}`));
  await Promise.all(customers.map(async (someone) => dataOf(await someone.add(productId, 1))));

  const stockSeen: number[] = [];
  const stopWatching = shop.cloud.database.onChange((change) => {
    if (change.collection === 'skus' && change.id === skuId) stockSeen.push(Number(change.after?.stock));
  });
  const results = await Promise.all(customers.map((someone) => someone.place()));
  stopWatching();

  const placed = results.filter((result) => result.ok);
  const refused = results.flatMap((result) => (result.ok ? [] : [result.error]));
  expect(placed).toHaveLength(20);
  expect(refused).toHaveLength(180);
  for (const error of refused) {
    expect(error.code).toBe('OUT_OF_STOCK');
    expect((error.details as OutOfStockDetails).items).toEqual([
      expect.objectContaining({ skuId, stockLeft: 0 }),
    ]);
  }
  expect(stockOf(shop, skuId)).toBe(0);
  expect(Math.min(...stockSeen)).toBe(0);
  expect(shop.cloud.database.count('orders', { 'reservations.skuId': skuId })).toBe(20);
}, 60_000);
