// pay.start: a new payment attempt (new outTradeNo) for the caller's own unpaid order, e.g. after the
// customer cancelled or failed the payment sheet, as three steps with their undo: claim the attempt (before
// its trade exists, so a cancel that closed the attempts it saw cannot miss this one), open its trade, and
// check the order is still open — a cancel that came in between undoes the trade.
import type { PaymentParams } from '../../../typings/contracts/checkout';
import type { PayOutput } from '../../../typings/contracts/pay';
import type { OrderStatus } from '../../../typings/contracts/order';
import { outTradeNoFor } from '../../domain/order/order-ids';
import type { OrderPaymentRecord, OrderRecord } from '../../domain/order/order-record';
import { isPayable } from '../../domain/order/order-rules';
import { paymentGateway, PaymentGatewayError } from '../../gateways/payment-gateway';
import { findOwnOrder, recordPaymentAttempt, setPaymentCloseDue } from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import { PAYMENT_CONFIG } from '../../runtime/config';
import type { Caller } from '../../runtime/router';
import { runSteps, step } from '../../runtime/workflow';
import { TRADE_CLOSABLE_AFTER_MS } from './payment-closing';
import { openPaymentSheet, payerIpOf } from './payment-sheet';
import { requireOwnOrder } from '../order/own-order';

/** What the steps share. */
interface Restart {
  order: OrderRecord;
  next: OrderPaymentRecord;
  caller: Caller;
  nowMs: number;
  payment?: PaymentParams;
}

const closedOrder = (status: OrderStatus | undefined) =>
  new AppError('ORDER_STATE_CONFLICT', 'This order can no longer be paid.', status && { status });

const RESTART_STEPS = [
  // Undo: none — an attempt without a trade is nothing to close (closing finds it absent).
  step<Restart>('claim the attempt', async ({ order, next, caller, nowMs }) => {
    if (await recordPaymentAttempt(order._id, order.payment.attempt, next, nowMs)) return;
    const now = await findOwnOrder(order._id, caller.openid);
    if (now?.status === 'PENDING_PAYMENT') {
      throw new AppError('BUSY', 'A payment is starting already; please try again.');
    }
    throw closedOrder(now?.status);
  }),
  step<Restart>(
    'open its trade',
    async (restart) => {
      try {
        restart.payment = await openPaymentSheet(
          { ...restart.order, payment: restart.next },
          payerIpOf(restart.caller),
        );
      } catch (error) {
        if (!(error instanceof PaymentGatewayError)) throw error;
        console.error(`order ${restart.order._id}: payment attempt ${restart.next.attempt} refused`, error);
        throw new AppError('PAYMENT_FAILED', 'The payment could not be started; please try again.');
      }
    },
    async ({ order, next, nowMs }) => {
      const closing = await paymentGateway
        .closeTrade(next.outTradeNo, next.subMchId)
        .catch((error: unknown) => {
          console.error(
            `order ${order._id}: attempt ${next.attempt} not closed now; the sweeper closes it`,
            error,
          );
          return undefined;
        });
      // Too young to close (or unreachable): the sweeper closes it once the platform allows.
      if (closing?.outcome !== 'closed') await setPaymentCloseDue(order._id, nowMs + TRADE_CLOSABLE_AFTER_MS);
    },
  ),
  // A cancel or expiry that closed this attempt before its trade existed: show no sheet (the undo closes it).
  step<Restart>('check the order is still open', async ({ order, caller }) => {
    const current = await findOwnOrder(order._id, caller.openid);
    if (current?.status !== 'PENDING_PAYMENT') throw closedOrder(current?.status ?? order.status);
  }),
];

/** pay.start for the caller's own order; another customer's order is NOT_FOUND. */
export async function restartPayment(orderId: string, caller: Caller, nowMs: number): Promise<PayOutput> {
  const order = await requireOwnOrder(orderId, caller);
  if (!isPayable(order, nowMs)) throw closedOrder(order.status);
  const attempt = order.payment.attempt + 1;
  if (attempt > PAYMENT_CONFIG.maxAttempts) {
    throw new AppError('PAYMENT_FAILED', 'Too many payment attempts for this order; please order again.');
  }
  const next: OrderPaymentRecord = {
    attempt,
    outTradeNo: outTradeNoFor(order._id, attempt),
    subMchId: order.payment.subMchId,
    requestedAt: new Date(nowMs),
  };
  const restart: Restart = { order, next, caller, nowMs };
  await runSteps(`restarting payment of ${order._id}`, RESTART_STEPS, restart);
  if (!restart.payment) throw new Error(`order ${order._id}: attempt ${attempt} without a sheet`);
  return { orderId: order._id, payment: restart.payment };
}
