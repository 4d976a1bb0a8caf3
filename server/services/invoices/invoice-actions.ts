// The invoice actions: the customer's on the `order` function, the staff's on `staff` (one spread in its index.ts).
import { defineAction } from '../../runtime/router';
import {
  markInvoiceIssuedInputSchema,
  requestInvoiceInputSchema,
  staffInvoicesInputSchema,
} from './invoice-schemas';
import { requestInvoice } from './request-invoice';
import { markInvoiceIssued, staffInvoices } from './staff-invoices';

/** order.requestInvoice: an invoice asked for on one of the caller's paid orders. */
export const orderInvoiceActions = {
  requestInvoice: defineAction({
    input: requestInvoiceInputSchema,
    requiresUser: true,
    handle: (input, caller) => requestInvoice(input, caller, Date.now()),
  }),
};

/** staff.invoices (the store's requests) and staff.markInvoiceIssued (with the uploaded file), front of house. */
export const staffInvoiceActions = {
  invoices: defineAction({
    input: staffInvoicesInputSchema,
    requiresUser: true,
    handle: (input, caller) => staffInvoices(input, caller, Date.now()),
  }),
  markInvoiceIssued: defineAction({
    input: markInvoiceIssuedInputSchema,
    requiresUser: true,
    handle: (input, caller) => markInvoiceIssued(input, caller, Date.now()),
  }),
};
