// What one shipping information upload says about a fulfilled order (发货信息录入): which trade, how it reached
// the customer, what was in it, when, and who paid. Pure: built from the order alone.
import { chinaWallClockAt } from '../../domain/china-time';
import type { OrderRecord, OrderShippingRecord } from '../../domain/order/order-record';
import type { ShippingInfoRequest } from '../../gateways/shipping-info-gateway';

/** The most characters the platform takes in `item_desc`. */
export const MAX_ITEM_DESC_CHARACTERS = 120;

/** 2 for local delivery (同城配送), 4 for an order handed over in the shop (pickup, dine-in: 用户自提). */
export function logisticsTypeOf(order: Pick<OrderRecord, 'mode'>): OrderShippingRecord['logisticsType'] {
  return order.mode === 'delivery' ? 2 : 4;
}

/** `atMs` as RFC 3339 with the +08:00 offset, whole seconds. */
export function rfc3339ChinaTime(atMs: number): string {
  return `${chinaWallClockAt(atMs).toISOString().slice(0, 19)}+08:00`;
}

/** The lines as one description, `美式咖啡 ×2；可颂 ×1`, cut to what the platform takes. */
export function itemDescriptionOf(order: Pick<OrderRecord, 'lines' | 'storeName'>): string {
  const text =
    order.lines.map((line) => `${line.name} ×${String(line.quantity)}`).join('；') || order.storeName;
  return [...text].slice(0, MAX_ITEM_DESC_CHARACTERS).join('');
}

/**
 * The upload for a paid order: the trade named by WeChat Pay's transaction id when the payment notice gave one,
 * else by the sub-merchant and out_trade_no that paid. Undefined for an order without a recorded payment.
 */
export function shippingRequestFor(order: OrderRecord, nowMs: number): ShippingInfoRequest | undefined {
  const { paidOutTradeNo, transactionId, subMchId } = order.payment;
  if (!paidOutTradeNo) return undefined;
  return {
    orderKey: transactionId
      ? { orderNumberType: 2, transactionId }
      : { orderNumberType: 1, mchid: subMchId, outTradeNo: paidOutTradeNo },
    logisticsType: logisticsTypeOf(order),
    deliveryMode: 1, // unified: the whole order in one go
    shippingList: [{ itemDesc: itemDescriptionOf(order) }],
    uploadTime: rfc3339ChinaTime(nowMs),
    payer: { openid: order._openid },
  };
}
