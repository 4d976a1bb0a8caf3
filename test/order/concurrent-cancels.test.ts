import { customer, LIMITED, setStock, stockOf, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

test('twenty cancels at once on one SKU: once they have answered, all twenty units are back, once', async () => {
  const { skuId, productId } = LIMITED.cinnamonRoll;
  setStock(shop, skuId, 20);
  const buyers = Array.from({ length: 20 }, (_, index) => customer(shop, `o-canceller-${index}`));
  const placed: string[] = [];
  for (const buyer of buyers) {
    dataOf(await buyer.add(productId, 1));
    placed.push(dataOf(await buyer.place()).order.id);
  }
  expect(stockOf(shop, skuId)).toBe(0);

  const answers = await Promise.all(buyers.map((buyer, index) => buyer.cancel(placed[index] ?? '')));

  for (const answer of answers) expect(dataOf(answer).status).toBe('CANCELLED');
  expect(stockOf(shop, skuId)).toBe(20);
  for (const orderId of placed) {
    const order = storedOrder(shop, orderId);
    expect(order).toMatchObject({ stockReturnedAt: expect.any(Date) });
    expect(order).not.toHaveProperty('stockReturnDueAt');
  }
  const [sku] = shop.cloud.database.find('skus', { _id: skuId });
  expect(sku?.stockReturnsPending ?? []).toEqual([]);

  await shop.clock.advance(10 * 60_000); // two sweeps find nothing more to give back
  expect(stockOf(shop, skuId)).toBe(20);
}, 60_000);
