// The invoices page's rows: what the front of house needs to issue one (pickup number, amount, title, tax
// number, email) and where it stands, in the current language. Pure: data in, view out.
import type { StaffInvoiceView } from '../../../../typings/contracts/invoice';
import { chinaTime, formatFen } from '../../../i18n';
import { st } from '../../i18n';

/** One request as a row. */
export interface InvoiceRow {
  id: string;
  pickup: string;
  amount: string;
  kindText: string;
  isCompany: boolean;
  title: string;
  taxNumber: string;
  email: string;
  isIssued: boolean;
  /** When it was asked, or issued once it is. */
  when: string;
  hasFile: boolean;
}

/** The row of one request as of `nowMs`. */
export function invoiceRow(invoice: StaffInvoiceView, nowMs: number): InvoiceRow {
  const isIssued = invoice.status === 'issued';
  return {
    id: invoice.id,
    pickup: invoice.pickupNumber
      ? st('staff.invoices.pickup', { number: invoice.pickupNumber })
      : st('staff.invoices.noPickup'),
    amount: formatFen(invoice.amountFen),
    kindText: st(`staff.invoices.kind.${invoice.kind}`),
    isCompany: invoice.kind === 'company',
    title: invoice.title,
    taxNumber: invoice.taxNumber ? st('staff.invoices.taxNumber', { number: invoice.taxNumber }) : '',
    email: invoice.email,
    isIssued,
    when:
      isIssued && invoice.issuedAt
        ? st('staff.invoices.issuedAt', { time: chinaTime(invoice.issuedAt, nowMs) })
        : st('staff.invoices.requestedAt', { time: chinaTime(invoice.requestedAt, nowMs) }),
    hasFile: Boolean(invoice.fileUrl),
  };
}
