// staff.complete: READY → COMPLETED (the customer has the order), the same conditional step as accept and
// markReady (audited, FORBIDDEN and logged for the kitchen or anyone else), then the fulfilment hook.
import type { StaffOrderInput, StaffOrderOutput } from '../../../../typings/contracts/staff';
import type { Caller } from '../../../runtime/router';
import { advanceOrder } from '../advance-order';
import { onOrderFulfilled } from './fulfil-hook';

/** Completes the order for the store's owner, manager or clerk. */
export async function completeOrder(
  input: StaffOrderInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffOrderOutput> {
  const completed = await advanceOrder('complete', input, caller, nowMs);
  await onOrderFulfilled(completed, nowMs);
  return completed;
}
