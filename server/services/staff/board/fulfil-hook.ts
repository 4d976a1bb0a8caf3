// The point where a completed order is reported as fulfilled (the platform's shipping information, for a store
// whose payment setup requires it). Called on every successful staff.complete answer, repeats included: the
// report is claimed on the order, so a repeat files nothing twice, and a refusal is retried by the sweeper.
import type { StaffOrderOutput } from '../../../../typings/contracts/staff';
import { findOrder } from '../../../repositories/order-repository';
import { reportShippingOnFulfil } from '../../shipping/report-shipping';

/** The order is COMPLETED: reads it once and files its shipping information where its store requires it. */
export async function onOrderFulfilled(completed: StaffOrderOutput, nowMs: number): Promise<void> {
  const order = await findOrder(completed.orderId);
  if (order?.status === 'COMPLETED') await reportShippingOnFulfil(order, nowMs);
}
