// Invoices (发票): a customer asks for one on a paid order (order.requestInvoice, order.detail shows where it
// stands), the store's front of house issues it outside and uploads the file (staff.invoices,
// staff.markInvoiceIssued). One request per order; money in integer fen, times as ISO strings.
import type { ActionContract } from './index';

/** 个人 (a person's name as the title) or 单位 (a company: its name and its tax number). */
export type InvoiceKind = 'personal' | 'company';

/** Asked for and waiting, or issued (its file uploaded). */
export type InvoiceStatus = 'requested' | 'issued';

/** `order.requestInvoice`: the title and where to send it, on one of the caller's paid orders. */
export interface RequestInvoiceInput {
  orderId: string;
  kind: InvoiceKind;
  /** 发票抬头: 1–100 characters. */
  title: string;
  /** 税号 (统一社会信用代码): 15–20 of [0-9A-Z], required for a company, absent for a person. */
  taxNumber?: string;
  email: string;
}

/** An invoice request as its customer sees it. */
export interface InvoiceView {
  id: string;
  orderId: string;
  status: InvoiceStatus;
  kind: InvoiceKind;
  title: string;
  taxNumber: string | null;
  email: string;
  /** What the invoice is for: the order's total less what was refunded when it was asked. */
  amountFen: number;
  requestedAt: string;
  issuedAt: string | null;
  /** A temporary link to the issued file (null until issued, or when it could not be made). */
  fileUrl: string | null;
}

/** `staff.invoices`: a store's requests, optionally of one status, newest first. */
export interface StaffInvoicesInput {
  storeId: string;
  status?: InvoiceStatus;
}

/** One request as the store's staff see it: the customer's view plus the order's pickup number. */
export interface StaffInvoiceView extends InvoiceView {
  pickupNumber: string | null;
  /** The uploaded file's cloud id (issued only). */
  fileId: string | null;
}

/** `staff.invoices`: at most 50, newest request first. */
export interface StaffInvoicesOutput {
  invoices: StaffInvoiceView[];
}

/** `staff.markInvoiceIssued`: the request and the file the staff page uploaded to cloud storage. */
export interface MarkInvoiceIssuedInput {
  invoiceId: string;
  fileId: string;
}

/** The staff actions on invoices. */
export interface StaffInvoiceContracts {
  invoices: ActionContract<StaffInvoicesInput, StaffInvoicesOutput>;
  markInvoiceIssued: ActionContract<MarkInvoiceIssuedInput, StaffInvoiceView>;
}
