// checkout: preview the priced order, and place it — stock held, order stored, payment sheet opened, cart
// cleared, expiry scheduled — in one call. Database cost of a placement: 1 read + 1 update per SKU with
// counted stock + 1 insert + 1 cart update. A delivery address is stored encrypted (checkout-address.ts).
import { randomBytes } from 'node:crypto';
import type {
  PlaceOrderInput,
  PlaceOrderOutput,
  PreviewInput,
  PreviewOutput,
} from '../../../typings/contracts/checkout';
import { scheduleFunction } from '../../gateways/delayed-task-gateway';
import { PaymentGatewayError } from '../../gateways/payment-gateway';
import { consumeCartVersion, restoreConsumedCart } from '../../repositories/cart-consumption-repository';
import { loadOrderContext, type OrderContext } from '../../repositories/order-context-repository';
import type { OrderRecord } from '../../domain/order/order-record';
import {
  findOrderByIdempotencyKey,
  findOtherOrderFromCart,
  insertOrder,
  removeUnpaidOrder,
} from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import { EXPIRY_CONFIG } from '../../runtime/config';
import type { FieldKeyRing } from '../../runtime/field-crypto';
import { fieldKeyRingForReading, fieldKeyRingFromEnvironment } from '../../runtime/field-keys';
import type { Caller } from '../../runtime/router';
import { buildOrder, refuseUnlessPlaceable } from './build-order';
import { quoteCheckout } from './checkout-quote';
import { holdStock, releaseStockOf } from '../stock/stock-reservation';
import { toOrderView } from '../order/order-view';
import { openPaymentSheet, payerIpOf } from '../payment/payment-sheet';

async function contextFor(input: PreviewInput, caller: Caller): Promise<OrderContext> {
  const tableCode = input.mode === 'dine_in' ? input.tableCode : undefined;
  const context = await loadOrderContext(input.storeId, caller.openid, tableCode);
  if (!context) throw new AppError('NOT_FOUND', 'No such store.', { storeId: input.storeId });
  return context;
}

/** The priced breakdown of the caller's cart for a mode, with every line problem and order blocker (one read). */
export async function previewCheckout(
  input: PreviewInput,
  caller: Caller,
  nowMs: number,
): Promise<PreviewOutput> {
  const quote = quoteCheckout(await contextFor(input, caller), input, nowMs);
  return {
    breakdown: quote.breakdown,
    problems: quote.problems,
    blockers: quote.blockers,
    canPlace: quote.blockers.length === 0 && quote.problems.length === 0,
  };
}

/**
 * Places the caller's cart as an order and returns it with its payment sheet. A repeated idempotency key
 * returns the order placed with it (and its sheet) instead of placing another: the unique index catches
 * the repeat at insert, and any refusal first looks for an order already placed with the key.
 */
export async function placeOrder(
  input: PlaceOrderInput,
  caller: Caller,
  nowMs: number,
): Promise<PlaceOrderOutput> {
  try {
    return await placeNewOrder(input, caller, nowMs);
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'PAYMENT_FAILED') throw error;
    const placed = await findOrderByIdempotencyKey(caller.openid, input.idempotencyKey);
    if (!placed) throw error;
    return resumePlacedOrder(placed, caller, nowMs);
  }
}

async function placeNewOrder(
  input: PlaceOrderInput,
  caller: Caller,
  nowMs: number,
): Promise<PlaceOrderOutput> {
  const context = await contextFor(input, caller);
  const quote = quoteCheckout(context, input, nowMs);
  refuseUnlessPlaceable(quote);
  if (input.expectedTotalFen !== undefined && input.expectedTotalFen !== quote.breakdown.totalFen) {
    throw new AppError('PRICE_CHANGED', 'Prices changed since you looked; please check the new total.', {
      breakdown: quote.breakdown,
    });
  }
  // A delivery address is stored only encrypted: without a valid field key nothing is held or written
  // (the FieldKeyConfigurationError is logged by the router and answered as INTERNAL).
  const fieldKeys: FieldKeyRing | undefined =
    input.mode === 'delivery' ? fieldKeyRingFromEnvironment() : undefined;
  await holdStock(quote.reservations, quote.breakdown.lines);
  const order = buildOrder(context, quote, input, caller.openid, {
    nowMs,
    random: randomBytes(10),
    fieldKeys,
  });
  let inserted: 'inserted' | 'duplicate';
  try {
    inserted = await insertOrder(order);
  } catch (error) {
    await releaseStockOf(order.reservations);
    throw error;
  }
  if (inserted === 'duplicate') {
    await releaseStockOf(order.reservations);
    const placed = await findOrderByIdempotencyKey(caller.openid, input.idempotencyKey);
    if (!placed) throw new Error(`order with key ${input.idempotencyKey} vanished after a duplicate insert`);
    return resumePlacedOrder(placed, caller, nowMs);
  }

  // Placing consumes the cart version it priced: of two placements of one cart, only one keeps its order.
  const cartVersion = context.cart?.version ?? 0;
  if (!(await consumeCartVersion(order.storeId, order._openid, cartVersion))) {
    if (await removeUnpaidOrder(order._id)) await releaseStockOf(order.reservations);
    const first = await findOtherOrderFromCart(order);
    if (first) return resumePlacedOrder(first, caller, nowMs);
    throw new AppError(
      'BUSY',
      'Your cart changed while the order was being placed; please check it and try again.',
    );
  }

  let payment;
  try {
    payment = await openPaymentSheet(order, payerIpOf(caller));
  } catch (error) {
    // No sheet was shown, so nobody can pay: undo the order (its key becomes free), the stock and the cart.
    if (await removeUnpaidOrder(order._id)) await releaseStockOf(order.reservations);
    await restoreConsumedCart(order.storeId, order._openid, context.cart?.lines ?? [], cartVersion);
    if (error instanceof PaymentGatewayError) {
      console.error(`order ${order._id}: payment could not be started`, error);
      throw new AppError('PAYMENT_FAILED', 'The payment could not be started; please try again.');
    }
    throw error;
  }
  await scheduleExpiry(order, nowMs);
  return { order: toOrderView(order, nowMs, fieldKeys), payment };
}

/** Schedules the order's expiry; a failure is logged (the timer's sweep expires it anyway). */
async function scheduleExpiry(order: OrderRecord, nowMs: number): Promise<void> {
  const delaySeconds = (order.expiresAt.getTime() - nowMs) / 1000 + EXPIRY_CONFIG.delayedTaskMarginSeconds;
  try {
    await scheduleFunction(EXPIRY_CONFIG.sweeperFunctionName, { orderId: order._id }, delaySeconds);
  } catch (error) {
    console.error(`order ${order._id}: expiry not scheduled; the timer's sweep will expire it`, error);
  }
}

/** The answer to a repeated placement: the order placed first and, while it is unpaid, its same payment sheet. */
async function resumePlacedOrder(
  order: OrderRecord,
  caller: Caller,
  nowMs: number,
): Promise<PlaceOrderOutput> {
  const view = toOrderView(order, nowMs, order.address ? fieldKeyRingForReading() : undefined);
  if (!view.canPay) {
    throw new AppError('ORDER_STATE_CONFLICT', 'This checkout already placed an order.', { order: view });
  }
  try {
    return { order: view, payment: await openPaymentSheet(order, payerIpOf(caller)) };
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    console.error(`order ${order._id}: payment sheet could not be reopened`, error);
    throw new AppError('PAYMENT_FAILED', 'The payment could not be started; please use pay again.');
  }
}
