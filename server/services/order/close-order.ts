// Ending an order's hold, as two explicit step lists shared by the customer's cancel and the expiry: an
// unpaid order is closed (payment attempts first, then the status, then its stock), a paid one is refunded
// (status, stock, refund). The status change is each list's commit point: before it nothing needs undoing,
// after it what is left (stock, refund) is finished by the sweeper if this run stops.
import type { OrderRecord } from '../../domain/order/order-record';
import { holdsStock } from '../../domain/order/order-rules';
import { PaymentGatewayError } from '../../gateways/payment-gateway';
import { moveOrderStatus, setPaymentCloseDue } from '../../repositories/order-repository';
import { runSteps, step } from '../../runtime/workflow';
import { closeOrderTrades, TRADE_CLOSABLE_AFTER_MS } from '../payment/payment-closing';
import { refundableFen } from '../../domain/order/refund-plan';
import { requestRefund } from '../payment/refund-service';
import { type PaidTrade, settlePaidTrade } from '../payment/settle-payment';
import { returnStock } from '../stock/stock-return';

/** What ending the order did: it is closed, it turned out paid (now settled as such), or it changed meanwhile. */
export type CloseOutcome = 'closed' | 'paid' | 'changed';

/** What the steps share. */
interface Closing {
  order: OrderRecord;
  to: 'CANCELLED' | 'EXPIRED';
  nowMs: number;
  reason?: string;
  /** A cancel goes ahead when cloud payment cannot be reached (a late payment is refunded); an expiry waits. */
  goesAheadWithoutPayment: boolean;
  /** Attempts too young to close now (the sweeper closes them later). */
  leftOpen?: number;
}

/** A payment attempt was found paid while closing: the order is paid, not closed. */
class PaidMeanwhile extends Error {
  constructor(readonly trade: PaidTrade) {
    super(`trade ${trade.outTradeNo} was paid`);
    this.name = 'PaidMeanwhile';
  }
}

/** The order's status (or latest attempt) is no longer what was read: decide again from what it is now. */
class ChangedMeanwhile extends Error {
  constructor() {
    super('the order changed meanwhile');
    this.name = 'ChangedMeanwhile';
  }
}

/** Closing an unpaid order (CANCELLED or EXPIRED). */
const CLOSE_UNPAID_STEPS = [
  // Undo: none — a closed trade stays closed, and an order about to close needs none of its trades.
  step<Closing>('close every payment attempt', async (closing) => {
    const { order, goesAheadWithoutPayment } = closing;
    try {
      const closed = await closeOrderTrades(order);
      if (closed.outcome === 'paid') throw new PaidMeanwhile(closed.trade);
      closing.leftOpen = closed.leftOpen;
    } catch (error) {
      if (!(error instanceof PaymentGatewayError) || !goesAheadWithoutPayment) throw error;
      console.error(`order ${order._id}: trades not closed before cancelling`, error);
    }
  }),
  // The commit point: only while still unpaid and on the attempt just closed (a new one started meanwhile
  // makes this fail, and the close starts over and closes it too).
  step<Closing>('end the order', async ({ order, to, nowMs, reason, leftOpen }) => {
    const ended = await moveOrderStatus(order._id, 'PENDING_PAYMENT', to, nowMs, {
      owesStock: holdsStock(order),
      ifAttempt: order.payment.attempt,
      ...(leftOpen !== undefined && leftOpen > 0 && { closeTradesAfterMs: nowMs + TRADE_CLOSABLE_AFTER_MS }),
      ...(reason !== undefined && { cancelReason: reason }),
    });
    if (!ended) throw new ChangedMeanwhile();
  }),
  // Never fails: stock not given back now stays owed, and the sweeper gives it back.
  step<Closing>('return its stock', async ({ order, nowMs }) => {
    if (holdsStock(order)) await returnStock(order, nowMs);
  }),
];

/** What refunding a paid order's cancel shares. */
interface Refunding {
  order: OrderRecord;
  paidOutTradeNo: string;
  reason: string;
  requestedBy: string;
  nowMs: number;
}

/** Cancelling a paid, not yet accepted order: REFUNDING, its stock back, its payment refunded. */
const REFUND_PAID_STEPS = [
  // The commit point.
  // Only while no staff refund was claimed since the read: the rest to refund is then what was read.
  step<Refunding>('mark it refunding', async ({ order, reason, nowMs }) => {
    const ifRefundSequence = order.refundSequence ?? ('none' as const);
    const change = { cancelReason: reason, owesStock: holdsStock(order), ifRefundSequence };
    if (!(await moveOrderStatus(order._id, 'PAID', 'REFUNDING', nowMs, change))) throw new ChangedMeanwhile();
  }),
  // Never fails; the sweeper finishes a return left owed.
  step<Refunding>('return its stock', async ({ order, nowMs }) => {
    if (holdsStock(order)) await returnStock(order, nowMs);
  }),
  // A refund not sent now stays PENDING; the sweeper asks about REFUNDING orders and sends it again.
  step<Refunding>('refund the payment', ({ order, paidOutTradeNo, reason, requestedBy, nowMs }) =>
    requestRefund(
      {
        order,
        outTradeNo: paidOutTradeNo,
        amountFen: refundableFen(order),
        scope: 'order',
        reason,
        requestedBy,
      },
      nowMs,
    ),
  ),
];

/** Closes an unpaid order as `to`; an attempt found paid settles the order as paid instead. */
export async function closeUnpaidOrder(
  order: OrderRecord,
  to: Closing['to'],
  nowMs: number,
  options: { reason?: string; goesAheadWithoutPayment: boolean },
): Promise<CloseOutcome> {
  try {
    await runSteps(`closing ${order._id}`, CLOSE_UNPAID_STEPS, { order, to, nowMs, ...options });
    return 'closed';
  } catch (error) {
    if (error instanceof PaidMeanwhile) {
      await settlePaidTrade(error.trade, nowMs);
      return 'paid';
    }
    if (error instanceof ChangedMeanwhile) return 'changed';
    throw error;
  }
}

/**
 * For a closed order marked with attempts left open: closes them now that the platform may allow it. A trade
 * found paid is settled (a closed order's payment is refunded); one still too young keeps the mark.
 */
export async function closeLeftOpenTrades(order: OrderRecord, nowMs: number): Promise<void> {
  const closing = await closeOrderTrades(order);
  if (closing.outcome === 'paid') await settlePaidTrade(closing.trade, nowMs);
  const stillOpen = closing.outcome === 'closed' && closing.leftOpen > 0;
  await setPaymentCloseDue(order._id, stillOpen ? nowMs + TRADE_CLOSABLE_AFTER_MS : undefined);
}

/** Cancels a paid order for a refund; `changed` when it is no longer PAID. */
export async function refundPaidOrder(refunding: Refunding): Promise<CloseOutcome> {
  try {
    await runSteps(`refunding ${refunding.order._id}`, REFUND_PAID_STEPS, refunding);
    return 'closed';
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return 'changed';
    throw error;
  }
}
