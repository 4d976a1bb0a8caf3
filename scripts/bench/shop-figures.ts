import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../../emulator/src';
import type { ProductOutput } from '../../typings/contracts/browse';
import type { ItemSelection } from '../../typings/contracts/catalog';
import { GatewayClient } from '../start/gateway-client';
import { payOnSheet } from '../start/sandbox-payment';
import { countOperations } from './measure';

/** What one shop's menu costs, action by action. */
export interface ShopFigures {
  /** Client calls the first screen took, and the bytes of its response (bench/first-screen.ts says more). */
  firstScreenCalls: number;
  firstScreenBytes: number;
  operationsByAction: Record<string, number>;
  /** checkout.place through the payment callback, for a 3-line order. */
  operationsPerOrder: number;
  /** Client calls from an empty cart to the payment sheet, and from a full cart. */
  roundTripsPerOrder: number;
  roundTripsFromFullCart: number;
}

/** The default choice of every spec group: what a customer who taps "add" gets. */
export function defaultSelection(product: ProductOutput): ItemSelection {
  const specs = Object.fromEntries(
    product.specGroups.map((group) => [
      group.key,
      (group.options.find((o) => o.isDefault) ?? group.options[0])?.value ?? '',
    ]),
  );
  return { productId: product.id, specs, addons: [] };
}

/** Measures every customer action once for `storeId`, and one 3-line order of `orderProductIds`. */
export async function measureShop(
  cloud: LocalCloud,
  storeId: string,
  orderProductIds: string[],
): Promise<ShopFigures> {
  const customer = new GatewayClient(cloud.baseUrl, `o-bench-${storeId}`);
  const ops: Record<string, number> = {};
  const measure = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const { result, operations } = await countOperations(cloud, work);
    ops[label] = operations;
    return result;
  };

  const home = await measure('browse.home', () => customer.expect('browse', 'home', { storeId }));
  const firstScreenCalls = customer.roundTrips;
  const firstScreenBytes = customer.lastResponseBytes;
  const [pendingCategoryId] = home.pendingCategoryIds;
  if (pendingCategoryId !== undefined) {
    await measure('browse.menu', () =>
      customer.expect('browse', 'menu', { storeId, categoryIds: [pendingCategoryId] }),
    );
  }
  await measure('browse.search', () =>
    customer.expect('browse', 'search', { storeId, text: home.products[0]?.name.slice(0, 2) ?? 'a' }),
  );
  const details: ProductOutput[] = [];
  for (const productId of orderProductIds) {
    details.push(
      await measure('browse.product', () => customer.expect('browse', 'product', { storeId, productId })),
    );
  }

  await measure('cart.clear', () => customer.expect('cart', 'clear', { storeId }));
  for (const product of details) {
    await measure('cart.add', () =>
      customer.expect('cart', 'add', { storeId, item: defaultSelection(product), quantity: 1 }),
    );
  }
  const cart = await measure('cart.get', () => customer.expect('cart', 'get', { storeId }));
  const lineId = cart.lines[0]?.lineId ?? '';
  await measure('cart.setQuantity', () =>
    customer.expect('cart', 'setQuantity', { storeId, lineId, quantity: 2 }),
  );
  await measure('cart.setQuantity', () =>
    customer.expect('cart', 'setQuantity', { storeId, lineId, quantity: 1 }),
  );
  await measure('checkout.preview', () =>
    customer.expect('checkout', 'preview', { storeId, mode: 'pickup' }),
  );

  const placed = await measure('checkout.place', () =>
    customer.expect('checkout', 'place', {
      storeId,
      mode: 'pickup',
      idempotencyKey: randomUUID(),
    }),
  );
  await measure('notify (payment callback)', () => payOnSheet(cloud, placed.payment));
  const operationsPerOrder = (ops['checkout.place'] ?? 0) + (ops['notify (payment callback)'] ?? 0);
  await measure('order.list', () => customer.expect('order', 'list', { storeId }));
  await measure('order.detail', () => customer.expect('order', 'detail', { orderId: placed.order.id }));

  // A second order, to measure paying again and cancelling; then one line added and removed.
  const [firstProduct] = details;
  if (!firstProduct) throw new Error('the bench orders at least one product');
  const oneItem = { storeId, item: defaultSelection(firstProduct), quantity: 1 };
  await customer.expect('cart', 'add', oneItem);
  const second = await customer.expect('checkout', 'place', {
    storeId,
    mode: 'pickup',
    idempotencyKey: randomUUID(),
  });
  await measure('pay.start', () => customer.expect('pay', 'start', { orderId: second.order.id }));
  await measure('order.cancel', () => customer.expect('order', 'cancel', { orderId: second.order.id }));
  const refilled = await customer.expect('cart', 'add', oneItem);
  await measure('cart.remove', () =>
    customer.expect('cart', 'remove', { storeId, lineId: refilled.lines[0]?.lineId ?? '' }),
  );

  const journey = await measureJourney(cloud, storeId, details);
  return {
    ...journey,
    firstScreenCalls,
    firstScreenBytes,
    operationsByAction: ops,
    operationsPerOrder,
  };
}

/** A fresh customer's shortest path: open the shop, add the items, place the order (the payment sheet opens). */
async function measureJourney(cloud: LocalCloud, storeId: string, products: ProductOutput[]) {
  const customer = new GatewayClient(cloud.baseUrl, `o-journey-${storeId}`);
  await customer.expect('browse', 'home', { storeId });
  for (const product of products) {
    await customer.expect('cart', 'add', { storeId, item: defaultSelection(product), quantity: 1 });
  }
  const beforePlace = customer.roundTrips;
  await customer.expect('checkout', 'place', { storeId, mode: 'pickup', idempotencyKey: randomUUID() });
  return {
    roundTripsPerOrder: customer.roundTrips,
    roundTripsFromFullCart: customer.roundTrips - beforePlace,
  };
}
