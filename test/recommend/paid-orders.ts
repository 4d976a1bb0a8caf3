// Orders placed and paid through the real flow (cart, checkout, payment sheet), for the store and recommendation tests.
import { customer, payInSandbox } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import type { TestCloud } from '../support/test-cloud';

let buyers = 0;

/**
 * A new customer adds each `[productId, quantity]` (default specs) to the cart, places a pickup order and
 * pays it in the sandbox; resolves with the order id once the payment notice was handled.
 */
export async function placePaidOrder(
  shop: TestCloud,
  lines: ReadonlyArray<readonly [productId: string, quantity: number]>,
): Promise<string> {
  buyers++;
  const buyer = customer(shop, `o-paying-customer-${buyers}`);
  for (const [productId, quantity] of lines) dataOf(await buyer.add(productId, quantity));
  const placed = dataOf(await buyer.place());
  await payInSandbox(shop, placed.payment);
  return placed.order.id;
}
