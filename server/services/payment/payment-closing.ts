// Closing every payment attempt of an unpaid order before it is cancelled or expires. A trade found paid
// while closing is reported, so the caller treats the order as paid instead.
import { outTradeNoFor } from '../../domain/order/order-ids';
import { paymentGateway } from '../../gateways/payment-gateway';
import type { OrderRecord } from '../../domain/order/order-record';
import type { PaidTrade } from './settle-payment';

/** How closing went: every trade closed (or too young to close: `leftOpen` of them), or one of them paid. */
export type ClosingOutcome = { outcome: 'closed'; leftOpen: number } | { outcome: 'paid'; trade: PaidTrade };

/** The platform closes a trade only this long after it was created; later closing waits at least this. */
export const TRADE_CLOSABLE_AFTER_MS = 5 * 60 * 1000;

/**
 * Closes the order's trades, newest attempt first. A trade too young to close is counted in `leftOpen`: the
 * caller marks the order so the sweeper closes it once the platform allows (a payment before then is refunded).
 */
export async function closeOrderTrades(order: OrderRecord): Promise<ClosingOutcome> {
  const { subMchId } = order.payment;
  let leftOpen = 0;
  for (let attempt = order.payment.attempt; attempt >= 1; attempt--) {
    const outTradeNo = outTradeNoFor(order._id, attempt);
    const closing = await paymentGateway.closeTrade(outTradeNo, subMchId);
    if (closing.outcome === 'open') leftOpen++;
    if (closing.outcome === 'paid') {
      return {
        outcome: 'paid',
        trade: {
          outTradeNo,
          transactionId: closing.trade.transactionId ?? '',
          totalFee: closing.trade.totalFee ?? 0,
          subMchId,
        },
      };
    }
  }
  return { outcome: 'closed', leftOpen };
}
