import { wxContext } from '../../server/runtime/cloud';
import { expireOrderById, type SweepReport, sweepDueOrders } from '../../server/services/expiry-service';

/** Sources allowed to sweep: the timer trigger and the delayed task scheduled at placement (never a client). */
const CLIENT_SOURCE = /^wx_client/;

// sweeper: expires unpaid orders (every 5 minutes by its timer, and for one order at its expiry by a
// delayed task), and asks about refunds whose notice is late. A client call does nothing.
export async function main(event: unknown): Promise<SweepReport | { error: string }> {
  if (CLIENT_SOURCE.test(wxContext().SOURCE ?? '')) return { error: 'the sweeper runs on the timer only' };
  const orderId = (event as { orderId?: unknown } | null)?.orderId;
  if (typeof orderId === 'string' && /^[A-Za-z0-9]{1,24}$/.test(orderId)) {
    return expireOrderById(orderId, Date.now());
  }
  return sweepDueOrders(Date.now());
}
