import { createRouter, defineAction } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/pay';
import { payInputSchema } from '../../server/services/order/order-schemas';
import { restartPayment } from '../../server/services/payment/restart-payment';

// pay: a new payment sheet for the caller's own unpaid order (after a cancelled or failed attempt).
export const main = createRouter('pay', validators, {
  start: defineAction({
    input: payInputSchema,
    requiresUser: true,
    handle: (input, caller) => restartPayment(input.orderId, caller, Date.now()),
  }),
});
