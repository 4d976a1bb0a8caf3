import { createRouter, defineAction } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/order';
import {
  orderCancelInputSchema,
  orderDetailInputSchema,
  orderListInputSchema,
} from '../../server/services/order/order-schemas';
import { orderInvoiceActions } from '../../server/services/invoices/invoice-actions';
import { cancelOrder } from '../../server/services/order/cancel-order';
import { listOrders, orderDetail } from '../../server/services/order/order-queries';

// order: the caller's own orders — the list, one order, cancelling while it may still be cancelled, an invoice.
export const main = createRouter('order', validators, {
  list: defineAction({
    input: orderListInputSchema,
    requiresUser: true,
    handle: (input, caller) => listOrders(input, caller, Date.now()),
  }),
  detail: defineAction({
    input: orderDetailInputSchema,
    requiresUser: true,
    handle: (input, caller) => orderDetail(input, caller, Date.now()),
  }),
  cancel: defineAction({
    input: orderCancelInputSchema,
    requiresUser: true,
    handle: (input, caller) => cancelOrder(input, caller, Date.now()),
  }),
  ...orderInvoiceActions,
});
