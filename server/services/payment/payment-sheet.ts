// Starting payment for an order: the trade for its current attempt (checkout), or a new attempt (pay.start).
// Both go through `openPaymentSheet`, so the payment sheet is always built the same way.
import type { PaymentParams } from '../../../typings/contracts/checkout';
import type { OrderMode } from '../../../typings/contracts/order';
import type { PayOutput } from '../../../typings/contracts/pay';
import { outTradeNoFor } from '../../domain/order/order-ids';
import { isPayable } from '../../domain/order/order-rules';
import { paymentGateway, PaymentGatewayError } from '../../gateways/payment-gateway';
import type { OrderRecord } from '../../domain/order/order-record';
import { findOwnOrder, recordPaymentAttempt } from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { PAYMENT_CONFIG } from '../../runtime/config';

/** What the payment notice carries back for us (`attach`): enough to number the order without reading it. */
export interface PaymentAttach {
  storeId: string;
  mode: OrderMode;
}

/** The payment sheet's text: `<store>-<first item>等<n>件` (cut to 128 bytes by the gateway). Deterministic per order. */
export function paymentBodyOf(order: OrderRecord): string {
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const first = order.lines[0]?.name ?? '';
  return `${order.storeName}-${first}${units > 1 ? `等${units}件` : ''}`;
}

/** `attach` of an order's trades. */
export function attachOf(order: OrderRecord): string {
  const attach: PaymentAttach = { storeId: order.storeId, mode: order.mode };
  return JSON.stringify(attach);
}

/** The IP the payment platform wants for the payer; the cloud gives it for client calls. */
export function payerIpOf(caller: Caller): string {
  return caller.context.CLIENTIP || '127.0.0.1';
}

/**
 * The payment sheet for the order's current attempt. Repeating it for the same attempt returns the same
 * prepay (the request is identical), which is how a retried checkout gets its sheet again.
 */
export async function openPaymentSheet(order: OrderRecord, payerIp: string): Promise<PaymentParams> {
  return paymentGateway.createTrade({
    outTradeNo: order.payment.outTradeNo,
    totalFee: order.totalFen,
    body: paymentBodyOf(order),
    subMchId: order.payment.subMchId,
    clientIp: payerIp,
    payableUntilMs: new Date(order.expiresAt).getTime(),
    attach: attachOf(order),
  });
}

/**
 * pay.start: a new payment attempt (new outTradeNo) for the caller's own unpaid order, e.g. after the
 * customer cancelled or failed the payment sheet. Another customer's order is NOT_FOUND.
 */
export async function restartPayment(orderId: string, caller: Caller, nowMs: number): Promise<PayOutput> {
  const order = await findOwnOrder(orderId, caller.openid);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.');
  if (!isPayable(order, nowMs)) {
    throw new AppError('ORDER_STATE_CONFLICT', 'This order can no longer be paid.', { status: order.status });
  }
  const attempt = order.payment.attempt + 1;
  if (attempt > PAYMENT_CONFIG.maxAttempts) {
    throw new AppError('PAYMENT_FAILED', 'Too many payment attempts for this order; please order again.');
  }
  const next: OrderRecord = {
    ...order,
    payment: {
      attempt,
      outTradeNo: outTradeNoFor(order._id, attempt),
      subMchId: order.payment.subMchId,
      requestedAt: new Date(nowMs),
    },
  };
  // The attempt is claimed before its trade exists, so a cancel or expiry that closed the attempts it saw
  // cannot miss this one: its status change names the latest attempt and fails once this claim landed.
  if (!(await recordPaymentAttempt(order._id, order.payment.attempt, next.payment, nowMs))) {
    // Another restart came first (BUSY: try again), or the order closed meanwhile.
    const now = await findOwnOrder(orderId, caller.openid);
    if (now?.status === 'PENDING_PAYMENT')
      throw new AppError('BUSY', 'A payment is starting already; please try again.');
    throw new AppError('ORDER_STATE_CONFLICT', 'This order can no longer be paid.', { status: now?.status });
  }
  let payment: PaymentParams;
  try {
    payment = await openPaymentSheet(next, payerIpOf(caller));
  } catch (error) {
    if (error instanceof PaymentGatewayError) {
      console.error(`order ${order._id}: payment attempt ${attempt} refused`, error);
      throw new AppError('PAYMENT_FAILED', 'The payment could not be started; please try again.');
    }
    throw error;
  }
  // A cancel that closed this attempt before its trade existed: close it now and show no sheet.
  const current = await findOwnOrder(orderId, caller.openid);
  if (current?.status !== 'PENDING_PAYMENT') {
    await paymentGateway
      .closeTrade(next.payment.outTradeNo, next.payment.subMchId)
      .catch((error: unknown) => {
        console.error(`order ${order._id}: attempt ${attempt} left to expire with the order`, error);
      });
    throw new AppError('ORDER_STATE_CONFLICT', 'This order can no longer be paid.', {
      status: current?.status ?? order.status,
    });
  }
  return { orderId: order._id, payment };
}
