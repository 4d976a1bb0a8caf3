// The invoice form's rules as the page checks them before sending (the server checks them again): a title of
// 1–100 characters, a company's tax number of 15–20 digits or capitals, an email with a domain.
import type { InvoiceKind, RequestInvoiceInput } from '../../../../typings/contracts/invoice';

/** What the customer typed. */
export interface InvoiceForm {
  kind: InvoiceKind;
  title: string;
  taxNumber: string;
  email: string;
}

/** The field to fix first, or null. */
export type FormProblem = 'title' | 'taxNumber' | 'email' | null;

const TAX_NUMBER = /^[0-9A-Z]{15,20}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A tax number as typed, capitals and no spaces (people copy them with spaces and small letters). */
export const cleanTaxNumber = (typed: string): string => typed.replace(/\s+/g, '').toUpperCase();

/** The request for `orderId`, or the first field that is wrong. */
export function requestOf(
  orderId: string,
  form: InvoiceForm,
): { input: RequestInvoiceInput; problem: null } | { input: null; problem: Exclude<FormProblem, null> } {
  const title = form.title.trim();
  const taxNumber = cleanTaxNumber(form.taxNumber);
  const email = form.email.trim();
  if (title.length === 0 || title.length > 100) return { input: null, problem: 'title' };
  if (form.kind === 'company' && !TAX_NUMBER.test(taxNumber)) return { input: null, problem: 'taxNumber' };
  if (email.length > 254 || !EMAIL.test(email)) return { input: null, problem: 'email' };
  const input: RequestInvoiceInput = { orderId, kind: form.kind, title, email };
  if (form.kind === 'company') input.taxNumber = taxNumber;
  return { input, problem: null };
}
