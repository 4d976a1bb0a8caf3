// The stored documents of one customer turned into the export's shapes: personal fields opened with the field
// key (each value's place `collection:docId:field` is its AAD), the masked copy when a value cannot be opened.
import type {
  ExportedAddress,
  ExportedConsent,
  ExportedCoupon,
  ExportedInvoice,
  ExportedMember,
  ExportedOrder,
  ExportedRefund,
} from '../../../typings/contracts/privacy';
import type { OrderRecord } from '../../domain/order/order-record';
import { decryptField, type FieldKeyRing, type FieldPlace } from '../../runtime/field-crypto';
import type { AddressDocument } from '../../repositories/address-repository';
import type { InvoiceRecord } from '../../repositories/invoice-repository';
import type { RefundRecord } from '../../repositories/refund-repository';
import { openAddress } from '../account/address-seal';
import { openDeliveryAddress } from '../checkout/delivery-address';
import { invoiceView } from '../invoices/invoice-view';
import { toOrderView } from '../order/order-view';

/** A consent credit as stored (subscriptions). */
export interface ConsentDocument {
  templateId: string;
  credits: number;
  updatedAt: Date | string;
}

/** A membership as stored (members). */
export interface MemberDocument {
  _id: string;
  storeId: string;
  points: number;
  totalSpentFen: number;
  orderCount: number;
  phone?: string;
  phoneMasked?: string;
  createdAt: Date | string;
}

/** A wallet coupon as stored (user_coupons). */
export interface CouponDocument {
  storeId: string;
  couponId: string;
  status: string;
  orderId?: string;
  claimedAt: Date | string;
  expiresAt: Date | string;
  usedAt?: Date | string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();
const isoOrNull = (value: Date | string | undefined): string | null =>
  value === undefined ? null : iso(value);

/** Opens one sealed value at its place; `fallback` (logged) when there is no key or it cannot be opened. */
function opened(ring: FieldKeyRing | undefined, place: FieldPlace, sealed: string, fallback: string): string {
  if (!ring) return fallback;
  try {
    return decryptField(ring, place, sealed);
  } catch (error) {
    console.error(
      `${place.collection}:${place.docId}:${place.field} could not be opened for an export`,
      error,
    );
    return fallback;
  }
}

/** An order with its address opened and its refunds, for its owner. */
export function exportOrder(
  order: OrderRecord,
  refunds: RefundRecord[],
  nowMs: number,
  ring: FieldKeyRing | undefined,
): ExportedOrder {
  const { address: shown, canPay: _canPay, canCancel: _canCancel, ...view } = toOrderView(order, nowMs, ring);
  let address: ExportedOrder['address'] = null;
  if (order.address && ring && shown) {
    try {
      address = {
        ...openDeliveryAddress(ring, order._id, order.address),
        distanceMetres: order.address.distanceMetres,
      };
    } catch (error) {
      console.error(`order ${order._id}: delivery address could not be opened for an export`, error);
    }
  }
  return {
    ...view,
    address,
    cancelReason: order.cancelReason ?? null,
    refunds: refunds.map(exportRefund),
  };
}

function exportRefund(refund: RefundRecord): ExportedRefund {
  return {
    orderId: refund.orderId,
    amountFen: refund.amountFen,
    reason: refund.reason,
    status: refund.status,
    createdAt: iso(refund.createdAt),
    settledAt: isoOrNull(refund.settledAt),
  };
}

/** A saved address-book entry, opened with the field key (server/services/account/address-seal.ts), else masked. */
export function exportAddress(
  address: AddressDocument,
  isDefault: boolean,
  ring: FieldKeyRing | undefined,
): ExportedAddress {
  const kept = {
    id: address._id,
    isDefault,
    createdAt: iso(address.createdAt),
    updatedAt: iso(address.updatedAt),
  };
  try {
    if (ring) return { ...kept, opened: true, ...openAddress(ring, address) };
  } catch (error) {
    console.error(`address ${address._id} could not be opened for an export`, error);
  }
  const { contactNameMasked, phoneMasked, region, detailMasked } = address;
  return { ...kept, opened: false, contactNameMasked, phoneMasked, region, detailMasked };
}

/** A consent credit. */
export function exportConsent(consent: ConsentDocument): ExportedConsent {
  return { templateId: consent.templateId, credits: consent.credits, updatedAt: iso(consent.updatedAt) };
}

/** A membership, its phone opened (sealed at `members:<id>:phone`). */
export function exportMember(member: MemberDocument, ring: FieldKeyRing | undefined): ExportedMember {
  const place: FieldPlace = { collection: 'members', docId: member._id, field: 'phone' };
  return {
    storeId: member.storeId,
    points: member.points,
    totalSpentFen: member.totalSpentFen,
    orderCount: member.orderCount,
    phone: member.phone === undefined ? null : opened(ring, place, member.phone, member.phoneMasked ?? ''),
    createdAt: iso(member.createdAt),
  };
}

/** A wallet coupon. */
export function exportCoupon(coupon: CouponDocument): ExportedCoupon {
  return {
    storeId: coupon.storeId,
    couponId: coupon.couponId,
    status: coupon.status,
    orderId: coupon.orderId ?? null,
    claimedAt: iso(coupon.claimedAt),
    expiresAt: iso(coupon.expiresAt),
    usedAt: isoOrNull(coupon.usedAt),
  };
}

/** An invoice request as its owner sees it, less the request id and the issued file's link (the order page has it). */
export function exportInvoice(invoice: InvoiceRecord): ExportedInvoice {
  const { id: _id, fileUrl: _fileUrl, ...asked } = invoiceView(invoice, new Map());
  return asked;
}
