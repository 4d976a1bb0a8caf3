// The "order ready" subscribe message: its keywords as the template defines them, and the page it opens.
import { chinaMinuteText } from '../../domain/china-time';
import type { OrderRecord } from '../../domain/order/order-record';
import { thingValue, type SubscribeMessage } from '../../gateways/subscribe-message-gateway';

/**
 * The template's keywords (公众平台 → 订阅消息 → 取餐提醒): 取餐号 character_string1 (≤ 32 ASCII),
 * 门店名称 thing2 (≤ 20 characters), 下单时间 time3. A real template must define these same keywords.
 */
export const ORDER_READY_FIELDS = {
  pickupNumber: 'character_string1',
  storeName: 'thing2',
  orderedAt: 'time3',
} as const;

/** The message telling the order's owner it is ready, opening the order's page. */
export function orderReadyMessage(order: OrderRecord, templateId: string): SubscribeMessage {
  return {
    touser: order._openid,
    templateId,
    page: `pages/order/index?id=${order._id}`,
    data: {
      [ORDER_READY_FIELDS.pickupNumber]: { value: order.pickupNumber ?? order._id.slice(-6) },
      [ORDER_READY_FIELDS.storeName]: { value: thingValue(order.storeName) },
      [ORDER_READY_FIELDS.orderedAt]: { value: chinaMinuteText(new Date(order.createdAt).getTime()) },
    },
  };
}
