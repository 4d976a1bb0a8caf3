import type { OrderStatus } from '../../../typings/contracts/order';
import { progressSteps } from './progress-steps';

// An order's steps (placed → paid → making → ready → done) with the current one highlighted; a cancelled,
// expired or refunded order shows the steps it reached and how it ended.
Component({
  properties: {
    /** The order's status (OrderStatus). */
    status: { type: String, value: 'PENDING_PAYMENT' },
    /** Whether the order was paid before it ended (the order's paidAt is set). */
    wasPaid: { type: Boolean, value: false },
    /** Words per step key (`placed`, `paid`, `making`, `ready`, `done`) and ended status, from the text tables. */
    labels: { type: Object, value: {} },
  },
  data: { steps: [] as Array<{ key: string; state: string; label: string }> },
  observers: {
    'status, wasPaid, labels'(status: OrderStatus, wasPaid: boolean, labels: Record<string, string>) {
      const steps = progressSteps(status, wasPaid).map((step) => ({
        ...step,
        label: labels[step.key] ?? '',
      }));
      this.setData({ steps });
    },
  },
});
