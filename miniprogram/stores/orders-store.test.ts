import 'miniprogram-simulate'; // the `wx` global the mini program's code runs against
import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import { customer } from '../../test/support/ordering-calls';
import { dataOf } from '../../test/support/results';
import { startTestCloud, type TestCloud } from '../../test/support/test-cloud';
import { OrdersStore } from './orders-store';

// The orders store against the real order function on the local cloud.
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

async function placeOrder(openid: string): Promise<string> {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-americano', 1));
  const placed = dataOf(await buyer.place());
  await shop.clock.advance(1000);
  return placed.order.id;
}

test('pages through the orders newest first, then cancel shows the order as the server answered', async () => {
  const ids = [
    await placeOrder('o-orders-store'),
    await placeOrder('o-orders-store'),
    await placeOrder('o-orders-store'),
  ];
  await placeOrder('o-orders-someone-else');
  useCloudAs('o-orders-store');
  const orders = new OrdersStore(2);

  await orders.refresh();
  expect(orders.loaded).toBe(true);
  expect(orders.orders.map((order) => order.id)).toEqual([ids[2], ids[1]]);
  expect(orders.hasMore).toBe(true);
  await orders.loadMore();
  expect(orders.orders.map((order) => order.id)).toEqual([ids[2], ids[1], ids[0]]);
  expect(orders.hasMore).toBe(false);
  expect(await orders.loadMore()).toBeNull();

  const cancelled = await orders.cancel(ids[1] ?? '');
  expect(cancelled.ok).toBe(true);
  expect(orders.byId(ids[1] ?? '')?.status).toBe('CANCELLED');
  expect(orders.orders).toHaveLength(3);
  expect(orders.pending).toBe(0);
});

test("another customer's order is NOT_FOUND and the list does not change", async () => {
  const theirs = await placeOrder('o-orders-owner');
  useCloudAs('o-orders-stranger');
  const orders = new OrdersStore();
  await orders.refresh();
  expect(orders.orders).toEqual([]);
  await orders.cancel(theirs);
  expect(orders.errorCode).toBe('NOT_FOUND');
  expect(orders.orders).toEqual([]);
  const stored = dataOf(await customer(shop, 'o-orders-owner').detail(theirs));
  expect(stored.status).toBe('PENDING_PAYMENT');
});

test('reload puts a newly placed order first', async () => {
  useCloudAs('o-orders-reload');
  const orders = new OrdersStore();
  await orders.refresh();
  const id = await placeOrder('o-orders-reload');
  await orders.reload(id);
  expect(orders.orders.map((order) => order.id)).toEqual([id]);
  expect(orders.errorCode).toBeNull();
});
