// The one place a deployment names its cloud environment and subscribe templates: set `cloudEnv` to your
// environment id (WeChat DevTools → 云开发 → 设置), or leave it empty to use the environment DevTools selected.
import type { SubscribeTemplates } from '../typings/contracts/consent';

/** Subscribe-message template ids (公众平台 → 订阅消息); each must match the server's DIANDAN_*_TEMPLATE_ID. */
const subscribeTemplates: SubscribeTemplates = {
  /** "Order ready": the demo id the local cloud accepts; replace with the real template id. */
  orderReady: 'demo-order-ready',
  /** "Order declined" (asked with "order ready" after payment); DIANDAN_ORDER_REJECTED_TEMPLATE_ID. */
  orderRejected: 'demo-order-rejected',
  /** "Staff changed" (asked on the staff team page); the server's DIANDAN_STAFF_CHANGE_TEMPLATE_ID must match. */
  staffChange: 'demo-staff-change',
};

export const appConfig = {
  /** Cloud environment id; empty means the default environment of this mini program. */
  cloudEnv: '',
  /** The store a customer sees when no table code or store is given. */
  defaultStoreId: 'store-demo',
  /** Templates asked for (`wx.requestSubscribeMessage`: ready and declined after payment), recorded by `account.recordConsent`. */
  subscribeTemplates,
};
