// A customer of the demo café as the ordering tests drive one: cart, checkout, pay and order calls through
// the client gateway of the local cloud, and the payment sandbox playing the payment sheet.
import { randomUUID } from 'node:crypto';
import type { FunctionName } from '../../typings/contracts';
import type { CheckoutInput, PlaceOrderInput } from '../../typings/contracts/checkout';
import type { OrderListInput } from '../../typings/contracts/order';
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
  return {
    openid,
    add: (
      productId: string,
      quantity = 1,
      specs: Record<string, string> = {},
      addons: Array<{ id: string; quantity: number }> = [],
    ) =>
      shop.call('cart', 'add', { storeId: DEMO_STORE, item: { productId, specs, addons }, quantity }, openid),
    cart: () => shop.call('cart', 'get', { storeId: DEMO_STORE }, openid),
    preview: (input: Partial<CheckoutInput> = {}) =>
      shop.call('checkout', 'preview', { storeId: DEMO_STORE, mode: 'pickup', ...input }, openid),
    place: (input: Partial<PlaceOrderInput> = {}) =>
      shop.call(
        'checkout',
        'place',
        { storeId: DEMO_STORE, mode: 'pickup', idempotencyKey: randomUUID(), ...input },
        openid,
      ),
    /** `place` with fields the contract does not have (forged prices, owners…), unchecked: negative tests. */
    placeRaw: (fields: Record<string, unknown>) =>
      shop.callRaw(
        'checkout',
        {
          action: 'place',
          input: { storeId: DEMO_STORE, mode: 'pickup', idempotencyKey: randomUUID(), ...fields },
        },
        openid,
      ),
    payAgain: (orderId: string) => shop.call('pay', 'start', { orderId }, openid),
    detail: (orderId: string) => shop.call('order', 'detail', { orderId }, openid),
    list: (input: OrderListInput = {}) => shop.call('order', 'list', input, openid),
    cancel: (orderId: string, reason?: string) =>
      shop.call('order', 'cancel', { orderId, ...(reason !== undefined && { reason }) }, openid),
    /** Any input to any action, unchecked (negative tests): answered as any of that function's results. */
    raw: <F extends FunctionName>(name: F, action: string, input: unknown) =>
      shop.callRaw(name, { action, input }, openid),
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
