// checkout.place: the caller's cart becomes an order with its payment sheet, in one call. It reads top to
// bottom: read and quote (nothing written yet), then the steps below, each with its undo beside it. Database
// cost: 1 read + 1 update per SKU with counted stock + 1 insert + 1 cart update. A delivery address is
// stored only encrypted (delivery-address.ts).
import { randomBytes } from 'node:crypto';
import type { PlaceOrderInput, PlaceOrderOutput } from '../../../typings/contracts/checkout';
import type { OrderRecord } from '../../domain/order/order-record';
import { scheduleFunction } from '../../gateways/delayed-task-gateway';
import { PaymentGatewayError } from '../../gateways/payment-gateway';
import { consumeCartVersion, restoreConsumedCart } from '../../repositories/cart-consumption-repository';
import type { OrderContext } from '../../repositories/order-context-repository';
import {
  findOrderByIdempotencyKey,
  findOtherOrderFromCart,
  insertOrder,
  removeUnpaidOrder,
} from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import { EXPIRY_CONFIG } from '../../runtime/config';
import { fieldKeyRingForReading, fieldKeyRingFromEnvironment } from '../../runtime/field-keys';
import type { Caller } from '../../runtime/router';
import { runSteps, step } from '../../runtime/workflow';
import { toOrderView } from '../order/order-view';
import { openPaymentSheet, payerIpOf } from '../payment/payment-sheet';
import { releaseStock, reserveStock } from '../stock/stock-reservation';
import { buildOrder, ORDER_RANDOM_BYTES } from './build-order';
import { placeableQuote, type CheckoutQuote } from './checkout-quote';
import { readCheckoutContext } from './preview-checkout';

/** What the placement steps share: what was read and decided, and what the steps produce. */
interface Placement {
  context: OrderContext;
  quote: CheckoutQuote;
  order: OrderRecord;
  payerIp: string;
  nowMs: number;
  payment?: PlaceOrderOutput['payment'];
}

/** The placement ended in an order that already exists (same key, or same cart version): answer with it. */
class PlacedBefore extends Error {
  constructor(readonly order: OrderRecord) {
    super(`placed before as ${order._id}`);
    this.name = 'PlacedBefore';
  }
}

/** Placing, step by step; each undo runs only when a later step fails. */
const PLACEMENT_STEPS = [
  // First, so that whatever happens next the task runs: it expires the order, or, if the order was never
  // stored, releases the stock its reservations marked. Never fails the placement: if it is not scheduled,
  // the timer's sweep expires the order, and one sweep in 36 releases stale holds.
  step<Placement>('schedule the expiry', ({ order, nowMs }) => scheduleExpiry(order, nowMs)),
  // All or nothing over the SKUs, in id order, each SKU marked with the order's id; OUT_OF_STOCK names what
  // is left.
  step<Placement>(
    'reserve stock',
    ({ quote, order, nowMs }) =>
      reserveStock({ orderId: order._id, atMs: nowMs }, quote.reservations, quote.breakdown.lines),
    ({ quote, order, nowMs }) => releaseStock({ orderId: order._id, atMs: nowMs }, quote.reservations),
  ),
  // The unique (_openid, idempotencyKey) index catches a repeated key here.
  step<Placement>(
    'store the order',
    async ({ order }) => {
      if ((await insertOrder(order)) === 'inserted') return;
      const first = await findOrderByIdempotencyKey(order._openid, order.idempotencyKey);
      if (!first)
        throw new Error(`an order with key ${order.idempotencyKey} vanished after a duplicate insert`);
      throw new PlacedBefore(first);
    },
    async ({ order }) => {
      // Never shown a sheet, so nobody paid it; if it cannot be removed, its stock stays with it.
      if (!(await removeUnpaidOrder(order._id))) throw new Error(`order ${order._id} is no longer removable`);
    },
  ),
  // Placing consumes the cart version it priced: of two placements of one cart, only one keeps its order.
  step<Placement>(
    'consume the cart',
    async ({ order }) => {
      if (await consumeCartVersion(order.storeId, order._openid, order.cartVersion ?? 0)) return;
      const first = await findOtherOrderFromCart(order);
      if (first) throw new PlacedBefore(first);
      throw new AppError(
        'BUSY',
        'Your cart changed while the order was being placed; please check it and try again.',
      );
    },
    async ({ order, context }) => {
      await restoreConsumedCart(
        order.storeId,
        order._openid,
        context.cart?.lines ?? [],
        order.cartVersion ?? 0,
      );
    },
  ),
  // Nothing to undo: a sheet that failed was never shown.
  step<Placement>('open the payment sheet', async (placement) => {
    placement.payment = await sheetOrFailure(placement.order, placement.payerIp, 'please try again');
  }),
];

/**
 * Places the caller's cart as an order and returns it with its payment sheet. A repeated idempotency key, or
 * a second placement of the same cart version, returns the order placed first (and its sheet).
 */
export async function placeOrder(
  input: PlaceOrderInput,
  caller: Caller,
  nowMs: number,
): Promise<PlaceOrderOutput> {
  try {
    const context = await readCheckoutContext(input, caller);
    const quote = placeableQuote(context, input, nowMs);
    // A delivery address is stored only encrypted: without a valid field key nothing is written.
    const fieldKeys = input.mode === 'delivery' ? fieldKeyRingFromEnvironment() : undefined;
    const order = buildOrder(context, quote, input, caller.openid, {
      nowMs,
      random: randomBytes(ORDER_RANDOM_BYTES),
      fieldKeys,
    });
    const placement: Placement = { context, quote, order, payerIp: payerIpOf(caller), nowMs };
    await runSteps('placement', PLACEMENT_STEPS, placement);
    if (!placement.payment) throw new Error(`order ${order._id}: placed without a payment sheet`);
    return { order: toOrderView(order, nowMs, fieldKeys), payment: placement.payment };
  } catch (error) {
    if (error instanceof PlacedBefore) return resumePlacedOrder(error.order, caller, nowMs);
    // Any other refusal may be a retry whose first try placed the order: answer with that order.
    if (!(error instanceof AppError) || error.code === 'PAYMENT_FAILED') throw error;
    const placed = await findOrderByIdempotencyKey(caller.openid, input.idempotencyKey);
    if (!placed) throw error;
    return resumePlacedOrder(placed, caller, nowMs);
  }
}

/** The payment sheet of the order's current attempt; a gateway failure is PAYMENT_FAILED (logged). */
async function sheetOrFailure(order: OrderRecord, payerIp: string, advice: string) {
  try {
    return await openPaymentSheet(order, payerIp);
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    console.error(`order ${order._id}: payment could not be started`, error);
    throw new AppError('PAYMENT_FAILED', `The payment could not be started; ${advice}.`);
  }
}

/** Schedules the order's expiry; a failure is logged (the timer's sweep expires it, and releases stale holds). */
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
  return { order: view, payment: await sheetOrFailure(order, payerIpOf(caller), 'please use pay again') };
}
