import { isOrderId } from '../../server/domain/order/order-ids';
import { wxContext } from '../../server/runtime/cloud';
import { expireOrderById, type SweepReport, sweepDueOrders } from '../../server/services/order/expire-orders';

/** Sources of a mini program call (direct or nested): refused, since only the timer and delayed tasks sweep. */
const CLIENT_SOURCE = /^wx_client/;

// sweeper: expires unpaid orders (every 5 minutes by its timer, and for one order at its expiry by a
// delayed task), and asks about refunds whose notice is late. A client call does nothing.
export async function main(event: unknown): Promise<SweepReport | { error: string }> {
  if (CLIENT_SOURCE.test(wxContext().SOURCE ?? '')) return { error: 'the sweeper runs on the timer only' };
  const orderId = (event as { orderId?: unknown } | null)?.orderId;
  if (isOrderId(orderId)) {
    return expireOrderById(orderId, Date.now());
  }
  return sweepDueOrders(Date.now());
}
