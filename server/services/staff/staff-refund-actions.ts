// staff.refund, registered in the staff function's index.ts with one spread.
import { defineAction } from '../../runtime/router';
import { refundOrder } from './refund-order';
import { staffRefundInputSchema } from './staff-refund-schema';

/** refund: full or partial, owner and manager only. */
export const staffRefundActions = {
  refund: defineAction({
    input: staffRefundInputSchema,
    requiresUser: true,
    handle: (input, caller) => refundOrder(input, caller, Date.now()),
  }),
};
