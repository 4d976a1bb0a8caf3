// Turning a placeable quote into the order document (pure: clock, randomness and keys are passed in).
import type { CheckoutInput } from '../../../typings/contracts/checkout';
import { newOrderId, outTradeNoFor } from '../../domain/order/order-ids';
import type { OrderContext } from '../../repositories/order-context-repository';
import type { OrderRecord } from '../../domain/order/order-record';
import { FIELD_IV_BYTES, type FieldKeyRing } from '../../runtime/field-crypto';
import { sealDeliveryAddress } from './delivery-address';
import type { CheckoutQuote } from './checkout-quote';
import type { OrderBreakdownRecord, OrderDiscountRecord } from '../../domain/order/order-record';
import type { PriceBreakdown } from '../../../typings/contracts/pricing';

const MINUTE_MS = 60 * 1000;
const ID_RANDOM_BYTES = 10;

/** Random bytes building one order takes: 10 for its id, 12 for a delivery address's IV. */
export const ORDER_RANDOM_BYTES = ID_RANDOM_BYTES + FIELD_IV_BYTES;

/** The merchant a store is paid through (a placeable quote has one: PAYMENT_UNAVAILABLE blocks the rest). */
export function merchantOf(context: OrderContext): string {
  const subMchId = context.store.payment?.subMchId;
  if (!subMchId) throw new Error(`store ${context.store._id} has no merchant number`);
  return subMchId;
}

function requireKeyRing(fieldKeys: FieldKeyRing | undefined): FieldKeyRing {
  if (!fieldKeys) throw new Error('a delivery order is built only with the field key ring');
  return fieldKeys;
}

/** What building an order takes from outside: the clock, randomness for its id, and the key ring for delivery. */
export interface OrderMaking {
  nowMs: number;
  /** ORDER_RANDOM_BYTES fresh random bytes: the order id's unguessable part, then a delivery address's IV. */
  random: Uint8Array;
  /** Required for delivery (the address is sealed with it), unused otherwise. */
  fieldKeys?: FieldKeyRing | undefined;
}

/**
 * A new PENDING_PAYMENT order from a placeable quote: ids, copied lines, stock held, first payment attempt.
 * Pure: the clock, the random bytes and the key ring are passed in (`making`).
 */
export function buildOrder(
  context: OrderContext,
  quote: CheckoutQuote,
  input: CheckoutInput & { idempotencyKey: string },
  openid: string,
  making: OrderMaking,
): OrderRecord {
  const { store } = context;
  const { nowMs, fieldKeys } = making;
  if (making.random.length < ORDER_RANDOM_BYTES)
    throw new RangeError(`an order takes ${ORDER_RANDOM_BYTES} random bytes`);
  const orderId = newOrderId(nowMs, making.random.subarray(0, ID_RANDOM_BYTES));
  const now = new Date(nowMs);
  const { breakdown } = quote;
  return {
    _id: orderId,
    storeId: store._id,
    storeName: store.name,
    storeNameEn: store.nameEn,
    _openid: openid,
    status: 'PENDING_PAYMENT',
    mode: input.mode,
    lines: breakdown.lines.map((line) => ({ ...line })),
    breakdown: storedBreakdownOf(breakdown),
    totalFen: breakdown.totalFen,
    reservations: quote.reservations,
    ...(quote.table && {
      tableId: quote.table._id,
      tableName: quote.table.name,
      tableNameEn: quote.table.nameEn,
    }),
    ...(input.mode === 'delivery' &&
      input.address && {
        address: sealDeliveryAddress(
          requireKeyRing(fieldKeys),
          orderId,
          input.address,
          quote.deliveryDistanceMetres ?? 0,
          making.random.subarray(ID_RANDOM_BYTES, ORDER_RANDOM_BYTES),
        ),
      }),
    ...(quote.pickupAtMs !== undefined && { pickupAt: new Date(quote.pickupAtMs) }),
    remark: input.remark ?? '',
    idempotencyKey: input.idempotencyKey,
    ...(context.cart && { cartVersion: context.cart.version }),
    payment: {
      attempt: 1,
      outTradeNo: outTradeNoFor(orderId, 1),
      subMchId: merchantOf(context),
      requestedAt: now,
    },
    expiresAt: new Date(nowMs + store.unpaidOrderExpiryMinutes * MINUTE_MS),
    createdAt: now,
    updatedAt: now,
  };
}

/** The stored breakdown of a priced order: discounts as positive amounts. Throws on a surcharge (none exist yet). */
export function storedBreakdownOf(breakdown: PriceBreakdown): OrderBreakdownRecord {
  const discounts: OrderDiscountRecord[] = breakdown.adjustments.map((adjustment) => {
    if (adjustment.amountFen > 0) throw new RangeError(`surcharges cannot be stored: ${adjustment.label}`);
    return {
      kind: adjustment.kind,
      label: adjustment.label,
      labelEn: adjustment.labelEn,
      amountFen: -adjustment.amountFen,
    };
  });
  return {
    itemsFen: breakdown.itemsFen,
    packagingFeeFen: breakdown.packagingFeeFen,
    deliveryFeeFen: breakdown.deliveryFeeFen,
    discountFen: -breakdown.adjustmentsFen,
    discounts,
  };
}
