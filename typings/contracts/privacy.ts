// "Export my data" and "delete my data": the privacy actions of the `account` cloud function.
import type { ActionContract } from './index';
import type { AddressFields, AddressView } from './account';
import type { InvoiceView } from './invoice';
import type { DeliveryAddress, OrderView } from './order';

/** `privacyExport`: nothing to send; the caller is who the platform says. */
export type PrivacyExportInput = Record<string, never>;

/** An order of the caller's, with its delivery address opened for them. */
export interface ExportedOrder extends Omit<OrderView, 'address' | 'canPay' | 'canCancel'> {
  /** The full delivery address as given at checkout (null for dine-in and pickup, or when it cannot be opened). */
  address: (DeliveryAddress & { distanceMetres: number }) | null;
  /** Why it was cancelled, in the customer's words when they cancelled it; null when not cancelled. */
  cancelReason: string | null;
  refunds: ExportedRefund[];
}

/** A refund of one of the caller's orders; money in fen, times ISO. */
export interface ExportedRefund {
  orderId: string;
  amountFen: number;
  reason: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  createdAt: string;
  settledAt: string | null;
}

/** A cart of the caller's in one store: the lines as stored (prices are never stored in a cart). */
export interface ExportedCart {
  storeId: string;
  lines: Array<{
    productId: string;
    skuId: string;
    specs: Record<string, string>;
    addons: Array<{ id: string; quantity: number }>;
    quantity: number;
  }>;
  updatedAt: string;
}

/** A saved address-book entry, opened for its owner (the masked copies when the field key cannot open it). */
export type ExportedAddress = { id: string; isDefault: boolean; createdAt: string; updatedAt: string } & (
  | ({ opened: true } & AddressFields)
  | ({ opened: false } & Pick<AddressView, 'contactNameMasked' | 'phoneMasked' | 'region' | 'detailMasked'>)
);

/** A consent to one subscribe-message template: how many sends it still allows. */
export interface ExportedConsent {
  templateId: string;
  credits: number;
  updatedAt: string;
}

/** Membership of one store: points and totals, the phone opened when one was given. */
export interface ExportedMember {
  storeId: string;
  points: number;
  totalSpentFen: number;
  orderCount: number;
  phone: string | null;
  createdAt: string;
}

/** A coupon in the caller's wallet. */
export interface ExportedCoupon {
  storeId: string;
  couponId: string;
  status: string;
  orderId: string | null;
  claimedAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** An invoice request of the caller's: the title, tax number and email as asked, and whether it was issued. */
export type ExportedInvoice = Omit<InvoiceView, 'id' | 'fileUrl'>;

/** `privacyExport`: everything stored about the caller, as one JSON answer; times ISO, money fen. */
export interface PrivacyExportOutput {
  exportedAt: string;
  orders: ExportedOrder[];
  carts: ExportedCart[];
  addresses: ExportedAddress[];
  consents: ExportedConsent[];
  members: ExportedMember[];
  coupons: ExportedCoupon[];
  invoices: ExportedInvoice[];
}

/** `privacyErase`: the customer confirmed; the page sends the word `erase` so no stray call deletes anything. */
export interface PrivacyEraseInput {
  confirm: 'erase';
}

/** `privacyErase`: what was done; a repeated call answers zeros (nothing of the caller is left). */
export interface PrivacyEraseOutput {
  erasedAt: string;
  /** Documents deleted, by kind. */
  removed: {
    orders: number;
    carts: number;
    addresses: number;
    consents: number;
    members: number;
    coupons: number;
    /** Invoice requests not yet issued. */
    invoices: number;
  };
  /** Unpaid orders cancelled first, their stock given back. */
  cancelledOrders: number;
  /** Orders kept without the caller (the shop's accounts keep them): openid replaced, address and remark removed. */
  anonymisedOrders: number;
  /** Issued invoices kept without the caller for the shop's accounts: openid replaced, email removed. */
  anonymisedInvoices: number;
  /** The latest time (ISO) an anonymised order is kept until; null when none was kept. */
  keptUntil: string | null;
}

/** The privacy actions, for the `account` entry of the contract map. */
export interface PrivacyContracts {
  privacyExport: ActionContract<PrivacyExportInput, PrivacyExportOutput>;
  privacyErase: ActionContract<PrivacyEraseInput, PrivacyEraseOutput>;
}
