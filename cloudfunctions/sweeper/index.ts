import { isOrderId } from '../../server/domain/order/order-ids';
import { wxContext } from '../../server/runtime/cloud';
import { expireOrderById, type SweepReport, sweepDueOrders } from '../../server/services/order/expire-orders';
import {
  isStatsRefreshDue,
  refreshStats,
  type StatsRefreshReport,
} from '../../server/services/recommend/refresh-stats';

/** Sources of a mini program call (direct or nested): refused, since only the timer and delayed tasks sweep. */
const CLIENT_SOURCE = /^wx_client/;

/** What a timer run did: its sweep, and the stats refresh when one was due. */
export type TimerReport = SweepReport & { stats?: StatsRefreshReport | { failed: true } };

// sweeper: expires unpaid orders (every 5 minutes by its timer, and for one order at its expiry by a
// delayed task), and asks about refunds whose notice is late; every 8 hours the timer's run also refreshes the
// recommendation stats. A client call does nothing.
export async function main(event: unknown): Promise<TimerReport | { error: string }> {
  if (CLIENT_SOURCE.test(wxContext().SOURCE ?? '')) return { error: 'the sweeper runs on the timer only' };
  const orderId = (event as { orderId?: unknown } | null)?.orderId;
  if (isOrderId(orderId)) {
    return expireOrderById(orderId, Date.now());
  }
  const startedAtMs = Date.now();
  const report: TimerReport = await sweepDueOrders(startedAtMs);
  if (isStatsRefreshDue(startedAtMs)) {
    try {
      report.stats = await refreshStats(Date.now());
    } catch (error) {
      report.stats = { failed: true };
      console.error('sweep: recommendation stats left for the next refresh', error);
    }
  }
  return report;
}
