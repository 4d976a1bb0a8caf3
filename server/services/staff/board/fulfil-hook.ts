// The point where a completed order is reported as fulfilled (the platform's shipping information, for a store
// whose payment setup requires it). Called on every successful staff.complete answer, repeats included, so the
// reporting it calls must be idempotent and retried until accepted (see server/services/shipping).
import type { StaffOrderOutput } from '../../../../typings/contracts/staff';

/** Hook: the order is COMPLETED; report its shipping information here. Nothing is reported yet. */
export async function onOrderFulfilled(completed: StaffOrderOutput, nowMs: number): Promise<void> {
  // The shipping report (reportShippingOnFulfil) is wired here when server/services/shipping lands.
  await Promise.resolve({ completed, nowMs });
}
