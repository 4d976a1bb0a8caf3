// What a customer sees of an order: the stored document turned into the contract's OrderView.
import type { OrderView } from '../../../typings/contracts/order';
import type { PriceAdjustment, PriceBreakdown } from '../../../typings/contracts/pricing';
import { isPayable } from '../../domain/order/order-rules';
import { isCustomerCancellable } from '../../domain/order/order-status';
import type { OrderRecord } from '../../domain/order/order-record';
import type { FieldKeyRing } from '../../runtime/field-crypto';
import { openDeliveryAddress } from '../checkout/delivery-address';

/** The breakdown a screen shows, rebuilt from the stored order. */
export function breakdownOf(order: OrderRecord): PriceBreakdown {
  const adjustments: PriceAdjustment[] = order.breakdown.discounts.map((discount) => ({
    kind: discount.kind,
    label: discount.label,
    labelEn: discount.labelEn,
    amountFen: -discount.amountFen,
  }));
  return {
    lines: order.lines.map((line) => ({
      ...line,
      specs: { ...line.specs },
      addons: line.addons.map((addon) => ({ ...addon })),
    })),
    itemsFen: order.breakdown.itemsFen,
    packagingFeeFen: order.breakdown.packagingFeeFen,
    deliveryFeeFen: order.breakdown.deliveryFeeFen,
    adjustments,
    adjustmentsFen: order.breakdown.discountFen === 0 ? 0 : -order.breakdown.discountFen,
    totalFen: order.totalFen,
  };
}

/**
 * The delivery address text as its owner typed it (every OrderView goes to the order's owner only, who must
 * check where the food goes); the masked copy, logged, when the field key cannot open it.
 */
function ownAddressTextOf(
  order: OrderRecord,
  address: NonNullable<OrderRecord['address']>,
  fieldKeys: FieldKeyRing | undefined,
): string {
  if (!fieldKeys) return address.textMasked;
  try {
    return openDeliveryAddress(fieldKeys, order._id, address).text;
  } catch (error) {
    console.error(
      `order ${order._id}: delivery address could not be decrypted; showing the masked copy`,
      error,
    );
    return address.textMasked;
  }
}

const iso = (date: Date | undefined): string | null => (date ? new Date(date).toISOString() : null);

/**
 * The owner's view of an order at `nowMs`: masked name and phone, their own address text (opened with
 * `fieldKeys`; the masked copy without them), what they may still do. Pure: clock and keys are passed in.
 */
export function toOrderView(order: OrderRecord, nowMs: number, fieldKeys?: FieldKeyRing): OrderView {
  return {
    id: order._id,
    storeId: order.storeId,
    storeName: order.storeName,
    storeNameEn: order.storeNameEn,
    status: order.status,
    mode: order.mode,
    breakdown: breakdownOf(order),
    totalFen: order.totalFen,
    pickupNumber: order.pickupNumber ?? null,
    table:
      order.tableId !== undefined
        ? { id: order.tableId, name: order.tableName ?? '', nameEn: order.tableNameEn ?? '' }
        : null,
    address: order.address
      ? {
          contactName: order.address.contactNameMasked,
          phone: order.address.phoneMasked,
          text: ownAddressTextOf(order, order.address, fieldKeys),
        }
      : null,
    pickupAt: iso(order.pickupAt),
    remark: order.remark ?? '',
    createdAt: iso(order.createdAt) ?? '',
    expiresAt: iso(order.expiresAt) ?? '',
    paidAt: iso(order.paidAt),
    canPay: isPayable(order, nowMs),
    canCancel: isCustomerCancellable(order.status),
  };
}
