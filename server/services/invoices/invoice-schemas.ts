// Input schemas of the invoice actions: order and invoice ids as they are made, a bounded title, a tax number
// of 15–20 capitals and digits, a plain email address, a cloud storage file id.
import type {
  MarkInvoiceIssuedInput,
  RequestInvoiceInput,
  StaffInvoicesInput,
} from '../../../typings/contracts/invoice';
import type { Schema } from '../../runtime/validation';
import { orderIdSchema } from '../order/order-schemas';
import { documentIdSchema, NOT_NULL } from '../schema-fragments';

/** 统一社会信用代码 (18) and older tax numbers (15–20): digits and capital letters. */
export const TAX_NUMBER_PATTERN = '^[0-9A-Z]{15,20}$';
/** One `@`, a dot in the domain, no spaces: enough to catch a typo; the mail itself is the real check. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$';
/** A longest email address (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;
/** A title's limit in characters. */
export const TITLE_MAX_LENGTH = 100;

/** `order.requestInvoice`: the order, the title's kind and text, a tax number for a company, an email. */
export const requestInvoiceInputSchema: Schema<RequestInvoiceInput> = {
  type: 'object',
  properties: {
    orderId: orderIdSchema,
    kind: { type: 'string', enum: ['personal', 'company'] },
    title: { type: 'string', minLength: 1, maxLength: TITLE_MAX_LENGTH, pattern: '\\S' },
    taxNumber: { type: 'string', pattern: TAX_NUMBER_PATTERN, nullable: true, ...NOT_NULL },
    email: { type: 'string', minLength: 3, maxLength: EMAIL_MAX_LENGTH, pattern: EMAIL_PATTERN },
  },
  required: ['orderId', 'kind', 'title', 'email'],
  additionalProperties: false,
};

/** `staff.invoices`: a store and optionally one status. */
export const staffInvoicesInputSchema: Schema<StaffInvoicesInput> = {
  type: 'object',
  properties: {
    storeId: { ...documentIdSchema },
    status: { type: 'string', enum: ['requested', 'issued'], nullable: true, ...NOT_NULL },
  },
  required: ['storeId'],
  additionalProperties: false,
};

/** `staff.markInvoiceIssued`: an invoice id (`inv-<orderId>`) and the uploaded file's `cloud://` id. */
export const markInvoiceIssuedInputSchema: Schema<MarkInvoiceIssuedInput> = {
  type: 'object',
  properties: {
    invoiceId: { type: 'string', minLength: 5, maxLength: 28, pattern: '^inv-[A-Za-z0-9]+$' },
    fileId: { type: 'string', minLength: 10, maxLength: 512, pattern: '^cloud://\\S+$' },
  },
  required: ['invoiceId', 'fileId'],
  additionalProperties: false,
};
