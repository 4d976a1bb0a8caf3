// The "order rejected" subscribe message: its keywords as the template defines them, and the page it opens.
import type { OrderRecord } from '../../../domain/order/order-record';
import { thingValue, type SubscribeMessage } from '../../../gateways/subscribe-message-gateway';

/**
 * The template's keywords (公众平台 → 订阅消息 → 订单取消通知): 取餐号 character_string1, 门店名称 thing2,
 * 取消原因 thing3 (≤ 20 characters), 退款金额 amount4 (yuan). A real template must define these same keywords.
 */
export const ORDER_REJECTED_FIELDS = {
  pickupNumber: 'character_string1',
  storeName: 'thing2',
  reason: 'thing3',
  refundAmount: 'amount4',
} as const;

/** The message telling the order's owner the shop declined it and why, opening the order's page. */
export function orderRejectedMessage(
  order: OrderRecord,
  reason: string,
  amountFen: number,
  templateId: string,
): SubscribeMessage {
  return {
    touser: order._openid,
    templateId,
    page: `pages/order/index?id=${order._id}`,
    data: {
      [ORDER_REJECTED_FIELDS.pickupNumber]: { value: order.pickupNumber ?? order._id.slice(-6) },
      [ORDER_REJECTED_FIELDS.storeName]: { value: thingValue(order.storeName) },
      [ORDER_REJECTED_FIELDS.reason]: { value: thingValue(reason) },
      [ORDER_REJECTED_FIELDS.refundAmount]: { value: `${(amountFen / 100).toFixed(2)}元` },
    },
  };
}
