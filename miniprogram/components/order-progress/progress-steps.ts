import type { OrderStatus } from '../../../typings/contracts/order';

/** The five steps an order goes through, in order. */
export const STEP_KEYS = ['placed', 'paid', 'making', 'ready', 'done'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** Statuses that end an order off the happy path; each is drawn as its own last step. */
export type EndedStatus = 'CANCELLED' | 'EXPIRED' | 'REFUNDING' | 'REFUNDED';

/** One drawn step: `done` reached before, `current` where the order stands, `todo` still ahead, `ended` stopped here. */
export interface ProgressStep {
  key: StepKey | EndedStatus;
  state: 'done' | 'current' | 'todo' | 'ended';
}

/** The step index each happy-path status stands on. */
const STEP_OF: Partial<Record<OrderStatus, number>> = {
  PENDING_PAYMENT: 0,
  PAID: 1,
  ACCEPTED: 2,
  READY: 3,
  COMPLETED: 4,
};

/**
 * The steps to draw for `status`: the five steps with the current one marked (all done once COMPLETED); an
 * order that ended otherwise shows the steps it reached (paid if `wasPaid`) and then how it ended.
 */
export function progressSteps(status: OrderStatus, wasPaid: boolean): ProgressStep[] {
  const at = STEP_OF[status];
  if (at !== undefined)
    return STEP_KEYS.map((key, index) => ({
      key,
      state: index < at || status === 'COMPLETED' ? 'done' : index === at ? 'current' : 'todo',
    }));
  const ended = status as EndedStatus;
  const paid = wasPaid || ended === 'REFUNDING' || ended === 'REFUNDED';
  const reached: ProgressStep[] = [{ key: 'placed', state: 'done' }];
  if (paid) reached.push({ key: 'paid', state: 'done' });
  reached.push({ key: ended, state: ended === 'REFUNDING' ? 'current' : 'ended' });
  return reached;
}
