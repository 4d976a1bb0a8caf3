// The payment sheet of an order's current attempt: the one place a trade is created (placing, resuming a
// placement, pay.start), so the sheet is always built the same way.
import type { PaymentParams } from '../../../typings/contracts/checkout';
import type { OrderMode } from '../../../typings/contracts/order';
import type { OrderRecord } from '../../domain/order/order-record';
import { paymentGateway } from '../../gateways/payment-gateway';
import type { Caller } from '../../runtime/router';

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
