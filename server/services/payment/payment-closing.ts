// Closing every payment attempt of an unpaid order before it is cancelled or expires. A trade found paid
// while closing is reported, so the caller treats the order as paid instead.
import { outTradeNoFor } from '../../domain/order/order-ids';
import { paymentGateway } from '../../gateways/payment-gateway';
import type { OrderRecord } from '../../domain/order/order-record';
import type { PaidTrade } from './settle-payment';

/** How closing went: every trade unpayable now, or one of them paid. */
export type ClosingOutcome = { outcome: 'closed' } | { outcome: 'paid'; trade: PaidTrade };

/**
 * Closes the order's trades, newest attempt first. A trade too young to close is left: it was created
 * payable only until the order's expiry, and a payment that still arrives is refunded automatically.
 */
export async function closeOrderTrades(order: OrderRecord): Promise<ClosingOutcome> {
  const { subMchId } = order.payment;
  for (let attempt = order.payment.attempt; attempt >= 1; attempt--) {
    const outTradeNo = outTradeNoFor(order._id, attempt);
    const closing = await paymentGateway.closeTrade(outTradeNo, subMchId);
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
  return { outcome: 'closed' };
}
