// privacyExport: everything stored about the caller, in one answer, personal fields opened for them. Reads
// only the caller's own documents (found by the openid the platform gives), one query per collection.
import type { ExportedCart, PrivacyExportOutput } from '../../../typings/contracts/privacy';
import type { StoredCartLine } from '../../domain/cart-lines';
import type { OrderRecord } from '../../domain/order/order-record';
import type { AddressDocument } from '../../repositories/address-repository';
import type { InvoiceRecord } from '../../repositories/invoice-repository';
import { readOwned } from '../../repositories/privacy-repository';
import type { RefundRecord } from '../../repositories/refund-repository';
import { fieldKeyRingForReading } from '../../runtime/field-keys';
import type { Caller } from '../../runtime/router';
import { defaultIdOf } from '../account/address-book-view';
import {
  exportAddress,
  exportConsent,
  exportCoupon,
  exportInvoice,
  exportMember,
  exportOrder,
  type ConsentDocument,
  type CouponDocument,
  type MemberDocument,
} from './export-views';

/** A cart as stored (carts). */
interface CartDocument {
  storeId: string;
  items: StoredCartLine[];
  updatedAt: Date | string;
}

/** The caller's data at `nowMs`: orders newest first with their refunds, carts, addresses, consents, members, coupons, invoices. */
export async function exportMyData(caller: Caller, nowMs: number): Promise<PrivacyExportOutput> {
  const { openid } = caller;
  const [orders, refunds, carts, addresses, consents, members, coupons, invoices] = await Promise.all([
    readOwned<OrderRecord>('orders', openid),
    readOwned<RefundRecord>('refunds', openid),
    readOwned<CartDocument>('carts', openid),
    readOwned<AddressDocument>('addresses', openid),
    readOwned<ConsentDocument>('subscriptions', openid),
    readOwned<MemberDocument>('members', openid),
    readOwned<CouponDocument>('user_coupons', openid),
    readOwned<InvoiceRecord>('invoices', openid),
  ]);
  const ring = fieldKeyRingForReading();
  const defaultId = defaultIdOf(addresses);
  const newestFirst = [...orders].sort(
    (a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() || (a._id < b._id ? 1 : -1),
  );
  return {
    exportedAt: new Date(nowMs).toISOString(),
    orders: newestFirst.map((order) =>
      exportOrder(
        order,
        refunds.filter((refund) => refund.orderId === order._id),
        nowMs,
        ring,
      ),
    ),
    carts: carts.filter((cart) => cart.items.length > 0).map(exportCart),
    addresses: addresses.map((address) => exportAddress(address, address._id === defaultId, ring)),
    consents: consents.map(exportConsent),
    members: members.map((member) => exportMember(member, ring)),
    coupons: coupons.map(exportCoupon),
    invoices: invoices.map(exportInvoice),
  };
}

function exportCart(cart: CartDocument): ExportedCart {
  return {
    storeId: cart.storeId,
    lines: cart.items.map((line) => ({
      productId: line.productId,
      skuId: line.skuId,
      specs: { ...line.specs },
      addons: line.addons.map((addon) => ({ id: addon.id, quantity: addon.quantity })),
      quantity: line.quantity,
    })),
    updatedAt: new Date(cart.updatedAt).toISOString(),
  };
}
