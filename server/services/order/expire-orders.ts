// Expiry: unpaid orders past their window are closed with the same steps as a cancel (close-order.ts:
// payment first, then EXPIRED, then their stock) — the status change is the guard, so of two sweeps at once
// only the one that made it gives stock back, and the order's owed-stock mark makes that return itself
// exactly once. The same sweep asks about refunds whose notice is late and finishes any stock return that
// an earlier run left owed (it stopped, or a write failed). The order's delayed task also settles the hold
// marks its placement left on SKUs (stock-hold-recovery.ts): cleared when the order was stored, released when
// the placement stopped before storing it; one sweep in 36 looks for marks no task settled.
import type { OrderRecord } from '../../domain/order/order-record';
import { isPayable } from '../../domain/order/order-rules';
import { findOrder, findOrdersNeedingAttention } from '../../repositories/order-repository';
import { EXPIRY_CONFIG } from '../../runtime/config';
import { recheckOrderRefund, recheckStaffRefunds } from '../payment/refund-service';
import { retryKitchenTicket } from '../printing/print-ticket';
import { retryShippingReport } from '../shipping/report-shipping';
import {
  clearStoredOrderHolds,
  isHoldScanDue,
  releaseHoldsOfUnstoredOrder,
  sweepStaleHolds,
} from '../stock/stock-hold-recovery';
import { returnStock } from '../stock/stock-return';
import { closeLeftOpenTrades, closeUnpaidOrder } from './close-order';

/** What one sweep did. */
export interface SweepReport {
  /** Orders the sweep looked at. */
  examined: number;
  expired: number;
  /** Unpaid orders found paid while closing their payment: treated as paid instead. */
  paid: number;
  refundsChecked: number;
  /** Closed orders whose payment attempts, too young to close before, this sweep closed. */
  attemptsClosed: number;
  /** Orders whose owed stock an earlier run had left and this sweep gave back. */
  stockReturned: number;
  /** SKUs given back units held by a placement that stopped before storing its order. */
  holdsReleased: number;
  /** Kitchen tickets printed on a retry (absent when none was due). */
  ticketsPrinted?: number;
  /** Shipping information accepted on a retry (absent when none was due). */
  shippingFiled?: number;
  /** Orders left for the next sweep because something failed. */
  failed: number;
}

type ExpiryOutcome = 'expired' | 'paid' | 'skipped';

function emptyReport(): SweepReport {
  return {
    examined: 0,
    expired: 0,
    paid: 0,
    refundsChecked: 0,
    attemptsClosed: 0,
    stockReturned: 0,
    holdsReleased: 0,
    failed: 0,
  };
}

/** The timer's sweep: every order due for attention, up to a batch (one query when there is none). */
export async function sweepDueOrders(nowMs: number): Promise<SweepReport> {
  const refundsRequestedBeforeMs = nowMs - EXPIRY_CONFIG.refundRecheckAfterMs;
  const due = await findOrdersNeedingAttention(nowMs, refundsRequestedBeforeMs, EXPIRY_CONFIG.sweepBatchSize);
  const report: SweepReport = { ...emptyReport(), examined: due.length };
  for (const order of due) {
    try {
      if (order.stockReturnDueAt !== undefined) {
        const returned = await returnStock(order, nowMs);
        if (returned === 'returned') report.stockReturned++;
        if (returned === 'left_for_sweeper') report.failed++;
      }
      if (order.paymentCloseDueAt !== undefined && new Date(order.paymentCloseDueAt).getTime() <= nowMs) {
        await closeLeftOpenTrades(order, nowMs);
        report.attemptsClosed++;
      }
      if (order.printRetryDueAt !== undefined && new Date(order.printRetryDueAt).getTime() <= nowMs) {
        if ((await retryKitchenTicket(order, nowMs)) === 'printed') {
          report.ticketsPrinted = (report.ticketsPrinted ?? 0) + 1;
        } else report.failed++;
      }
      if (order.shippingRetryDueAt !== undefined && new Date(order.shippingRetryDueAt).getTime() <= nowMs) {
        if ((await retryShippingReport(order, nowMs)) === 'accepted') {
          report.shippingFiled = (report.shippingFiled ?? 0) + 1;
        } else report.failed++;
      }
      const refundDue =
        order.refundRetryDueAt !== undefined && new Date(order.refundRetryDueAt).getTime() <= nowMs;
      if (refundDue && order.status !== 'REFUNDING') {
        await recheckStaffRefunds(order, nowMs); // a partial refund unsent or unsettled
        report.refundsChecked++;
      }
      if (order.status === 'REFUNDING') {
        if (new Date(order.refundingAt ?? nowMs).getTime() > refundsRequestedBeforeMs) continue;
        await recheckOrderRefund(order, nowMs);
        report.refundsChecked++;
      } else {
        count(report, await expireIfDue(order, nowMs));
      }
    } catch (error) {
      report.failed++;
      console.error(`sweep: order ${order._id} left for the next sweep`, error);
    }
  }
  if (isHoldScanDue(nowMs)) {
    try {
      report.holdsReleased = await sweepStaleHolds(nowMs);
    } catch (error) {
      report.failed++;
      console.error('sweep: stale stock holds left for a later sweep', error);
    }
  }
  return report;
}

/**
 * The delayed task's run for one order at its expiry (three operations when it expires with no counted
 * stock, two when it was paid): the order's hold marks are cleared first, or, when the placement stopped
 * before storing the order, released (1 read + 1 update per SKU still held).
 */
export async function expireOrderById(orderId: string, nowMs: number): Promise<SweepReport> {
  const report = emptyReport();
  const order = await findOrder(orderId);
  if (!order) {
    report.holdsReleased = await releaseHoldsOfUnstoredOrder(orderId, nowMs);
    return report;
  }
  report.examined = 1;
  await clearStoredOrderHolds(orderId);
  count(report, await expireIfDue(order, nowMs));
  return report;
}

function count(report: SweepReport, outcome: ExpiryOutcome): void {
  if (outcome === 'expired') report.expired++;
  if (outcome === 'paid') report.paid++;
}

async function expireIfDue(order: OrderRecord, nowMs: number): Promise<ExpiryOutcome> {
  if (order.status !== 'PENDING_PAYMENT' || isPayable(order, nowMs)) return 'skipped';
  const outcome = await closeUnpaidOrder(order, 'EXPIRED', nowMs, { goesAheadWithoutPayment: false });
  return outcome === 'closed' ? 'expired' : outcome === 'paid' ? 'paid' : 'skipped';
}
