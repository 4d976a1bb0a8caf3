// Orders placed and paid through the real flow (cart, checkout, payment sheet), for the store and recommendation tests.
import { customer, payInSandbox } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import type { TestCloud } from '../support/test-cloud';

let buyers = 0;

/**
 * A new customer adds each `[productId, quantity]` (default specs) to the cart, places a pickup order and
 * pays it in the sandbox; resolves with the order id and its buyer once the payment notice was handled.
 */
export async function placePaidOrder(
  shop: TestCloud,
  lines: ReadonlyArray<readonly [productId: string, quantity: number]>,
): Promise<{ orderId: string; openid: string }> {
  buyers++;
  const buyer = customer(shop, `o-paying-customer-${buyers}`);
  for (const [productId, quantity] of lines) dataOf(await buyer.add(productId, quantity));
  const placed = dataOf(await buyer.place());
  await payInSandbox(shop, placed.payment);
  return { orderId: placed.order.id, openid: buyer.openid };
}

const REFRESH_PERIOD_MS = 8 * 60 * 60 * 1000;

/**
 * Moves the clock past the timer's next stats refresh (every 8 hours from UTC midnight) and answers the
 * database operations of each sweeper run on the way, the refresh's last.
 */
export async function runNextRefresh(shop: TestCloud): Promise<number[]> {
  const operations: number[] = [];
  let isRecording = true; // listeners stay registered: this one stops recording once the refresh ran
  shop.cloud.runner.onInvocation((record) => {
    if (isRecording && record.functionName === 'sweeper') operations.push(record.databaseOperations);
  });
  const nextRefreshAtMs = (Math.floor(Date.now() / REFRESH_PERIOD_MS) + 1) * REFRESH_PERIOD_MS;
  await shop.clock.set(nextRefreshAtMs);
  await shop.cloud.scheduler.idle();
  isRecording = false;
  return operations;
}
