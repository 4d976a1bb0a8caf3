// A customer of the demo café as the ordering tests drive one: cart, checkout, pay and order calls through
// the client gateway of the local cloud, and the payment sandbox playing the payment sheet.
import { randomUUID } from 'node:crypto';
import type { CartView } from '../../typings/contracts/cart';
import type { CheckoutInput, PlaceOrderOutput, PreviewOutput } from '../../typings/contracts/checkout';
import type { OrderListOutput, OrderView } from '../../typings/contracts/order';
import type { PayOutput } from '../../typings/contracts/pay';
import type { Result } from '../../typings/result';
import { DEMO_STORE, type TestCloud } from './test-cloud';

/** Demo SKUs with counted stock (see database/seed/demo/skus.json). */
export const LIMITED = {
  croissant: { productId: 'prod-butter-croissant', skuId: 'sku-butter-croissant', stock: 6 },
  almondCroissant: { productId: 'prod-almond-croissant', skuId: 'sku-almond-croissant', stock: 3 },
  cinnamonRoll: { productId: 'prod-cinnamon-roll', skuId: 'sku-cinnamon-roll', stock: 10 },
  tiramisu: { productId: 'prod-tiramisu', skuId: 'sku-tiramisu', stock: 4 },
} as const;

/** The calls one customer (`openid`) makes, each answering the function's Result as is. */
export function customer(shop: TestCloud, openid: string) {
  const call = <T>(name: string, action: string, input: unknown) =>
    shop.call<Result<T>>(name, { action, input }, openid);
  return {
    openid,
    add: (
      productId: string,
      quantity = 1,
      specs: Record<string, string> = {},
      addons: Array<{ id: string; quantity: number }> = [],
    ) => call<CartView>('cart', 'add', { storeId: DEMO_STORE, item: { productId, specs, addons }, quantity }),
    cart: () => call<CartView>('cart', 'get', { storeId: DEMO_STORE }),
    preview: (input: Partial<CheckoutInput> = {}) =>
      call<PreviewOutput>('checkout', 'preview', { storeId: DEMO_STORE, mode: 'pickup', ...input }),
    place: (input: Record<string, unknown> = {}) =>
      call<PlaceOrderOutput>('checkout', 'place', {
        storeId: DEMO_STORE,
        mode: 'pickup',
        idempotencyKey: randomUUID(),
        ...input,
      }),
    payAgain: (orderId: string) => call<PayOutput>('pay', 'start', { orderId }),
    detail: (orderId: string) => call<OrderView>('order', 'detail', { orderId }),
    list: (input: Record<string, unknown> = {}) => call<OrderListOutput>('order', 'list', input),
    cancel: (orderId: string, reason?: string) =>
      call<OrderView>('order', 'cancel', { orderId, ...(reason !== undefined && { reason }) }),
    raw: <T = unknown>(name: string, action: string, input: unknown) => call<T>(name, action, input),
  };
}

/** The outTradeNo of a payment sheet (the sandbox knows it by its prepay id). */
export function tradeOf(shop: TestCloud, payment: { package: string }): string {
  const trade = shop.cloud.payments.tradeForPayment(payment.package);
  if (!trade) throw new Error(`no trade for ${payment.package}`);
  return trade.outTradeNo;
}

/** The customer completes the payment sheet; resolves once the notice was delivered (and answered). */
export async function payInSandbox(
  shop: TestCloud,
  payment: { package: string },
  action: 'success' | 'cancel' | 'fail' = 'success',
): Promise<string> {
  const outTradeNo = tradeOf(shop, payment);
  const attempt = await shop.cloud.payments.pay(outTradeNo, action);
  if (action === 'success' && attempt.outcome !== 'paid')
    throw new Error(`payment refused: ${attempt.reason}`);
  await shop.cloud.scheduler.idle();
  return outTradeNo;
}

/** A SKU's stock as stored now. */
export function stockOf(shop: TestCloud, skuId: string): number | null {
  const [sku] = shop.cloud.database.find('skus', { _id: skuId });
  if (!sku) throw new Error(`no SKU ${skuId}`);
  return sku.stock as number | null;
}

/** An order document as stored now. */
export function storedOrder(shop: TestCloud, orderId: string): Record<string, unknown> {
  const [order] = shop.cloud.database.find('orders', { _id: orderId });
  if (!order) throw new Error(`no order ${orderId}`);
  return order;
}

/** Sets a SKU's stock directly in the database (the shop's back office does this). */
export function setStock(shop: TestCloud, skuId: string, stock: number | null): void {
  shop.cloud.database.update('skus', { _id: skuId }, { $set: { stock, isSoldOut: false } });
}
