// The printing actions of the `staff` function, registered in its index.ts with one spread.
import { defineAction } from '../../runtime/router';
import { reprintTicket } from './reprint-ticket';
import { staffOrderInputSchema } from './staff-schemas';

/** reprint: the order's kitchen ticket again, for any active staff member of its store. */
export const staffPrintActions = {
  reprint: defineAction({
    input: staffOrderInputSchema,
    requiresUser: true,
    handle: (input, caller) => reprintTicket(input, caller, Date.now()),
  }),
};
