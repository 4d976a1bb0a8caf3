// The actions of the `staff` function, registered in its index.ts with one spread.
import { defineAction } from '../../runtime/router';
import { advanceOrder } from './advance-order';
import { staffOrderInputSchema } from './staff-schemas';

/** accept (PAID → ACCEPTED) and markReady (ACCEPTED → READY, the customer told), for the store's staff. */
export const staffOrderActions = {
  accept: defineAction({
    input: staffOrderInputSchema,
    requiresUser: true,
    handle: (input, caller) => advanceOrder('accept', input, caller, Date.now()),
  }),
  markReady: defineAction({
    input: staffOrderInputSchema,
    requiresUser: true,
    handle: (input, caller) => advanceOrder('markReady', input, caller, Date.now()),
  }),
};
