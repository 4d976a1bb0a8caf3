import type { ErrorCode } from '../../typings/result';

/** The words a customer reads for each error code: zh-CN first, English second. */
export const ERROR_TEXT: Record<ErrorCode, { zh: string; en: string }> = {
  INVALID_INPUT: { zh: '提交的信息有误，请检查后重试', en: 'Something in the request is not valid' },
  UNKNOWN_ACTION: { zh: '请更新小程序后重试', en: 'Please update the mini program' },
  UNAUTHENTICATED: { zh: '请先登录微信', en: 'Please sign in to WeChat' },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { zh: '没有找到相关内容', en: 'Not found' },
  OUT_OF_STOCK: { zh: '部分商品库存不足', en: 'Some items are out of stock' },
  PRICE_CHANGED: { zh: '价格有变动，请确认后再下单', en: 'Prices changed; please review your order' },
  STORE_CLOSED: { zh: '门店已打烊', en: 'The shop is closed' },
  CHECKOUT_BLOCKED: {
    zh: '订单暂时无法提交，请按提示修改',
    en: 'This order cannot be placed yet; see what to change',
  },
  PAYMENT_UNAVAILABLE: { zh: '门店暂未开通在线支付', en: 'This shop cannot take payments yet' },
  ORDER_STATE_CONFLICT: { zh: '订单状态已变化，请刷新', en: 'The order has changed; please refresh' },
  PAYMENT_FAILED: { zh: '支付失败，请重试', en: 'Payment failed; please try again' },
  PAYMENT_CANCELLED: { zh: '已取消支付', en: 'Payment cancelled' },
  NETWORK: { zh: '网络不太好，请稍后重试', en: 'Network problem; please try again' },
  BUSY: { zh: '当前人多，请稍后重试', en: 'We are busy right now; please try again' },
  INTERNAL: { zh: '系统繁忙，请稍后重试', en: 'Something went wrong; please try again' },
};

/** One line for a toast or an empty state: `中文 · English`. */
export function errorText(code: ErrorCode): string {
  const text = ERROR_TEXT[code];
  return `${text.zh} · ${text.en}`;
}
