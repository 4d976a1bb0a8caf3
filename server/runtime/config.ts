// Deployment settings of the ordering flows that are not yet stored per store. One module, so a shop's
// real values replace these in one place (or move onto the store document) without touching the flows.

/** Cloud payment settings (each store's merchant number is on its document, `stores.payment.subMchId`). */
export const PAYMENT_CONFIG = {
  /** The function that receives payment and refund notices (`functionName` of unifiedOrder and refund). */
  notifyFunctionName: 'notify',
  /** Most payment attempts one order may start (the orders schema allows 20). */
  maxAttempts: 20,
} as const;

/** Expiry settings: which function sweeps, and how stale a refund may get before it is asked about again. */
export const EXPIRY_CONFIG = {
  /** The function a delayed task runs at an order's expiry (and the timer trigger runs every 5 minutes). */
  sweeperFunctionName: 'sweeper',
  /** Seconds added to an order's expiry before its delayed task runs, so the order is surely due. */
  delayedTaskMarginSeconds: 5,
  /** How often the timer sweeps (its cron: every 5 minutes). */
  sweepIntervalMs: 5 * 60 * 1000,
  /**
   * One sweep in this many also looks for stale stock holds (36: every 3 hours, 8 reads a day), the backstop
   * for a placement that stopped part-way and whose expiry task was never scheduled.
   */
  holdScanEverySweeps: 36,
  /** Most orders one sweep handles; the next sweep takes the rest. */
  sweepBatchSize: 50,
  /** A refund still unsettled this long after it was asked for is queried (and re-sent if it never arrived). */
  refundRecheckAfterMs: 10 * 60 * 1000,
} as const;

/** Subscribe-message templates (公众平台 → 订阅消息): ids from the environment, demo ids otherwise. */
export const SUBSCRIBE_CONFIG = {
  /** Environment variable holding the real "order ready" template id (函数配置 → 环境变量). */
  orderReadyTemplateVariable: 'DIANDAN_ORDER_READY_TEMPLATE_ID',
  /** The demo id the local cloud and the demo mini program use (miniprogram/config.ts has the same). */
  demoOrderReadyTemplateId: 'demo-order-ready',
  /** Environment variable holding the real "staff changed" template id, sent to a store's owners. */
  staffChangeTemplateVariable: 'DIANDAN_STAFF_CHANGE_TEMPLATE_ID',
  /** The demo "staff changed" template id. */
  demoStaffChangeTemplateId: 'demo-staff-change',
  /** Environment variable holding the real "order rejected" template id, sent when the shop declines an order. */
  orderRejectedTemplateVariable: 'DIANDAN_ORDER_REJECTED_TEMPLATE_ID',
  /** The demo "order rejected" template id. */
  demoOrderRejectedTemplateId: 'demo-order-rejected',
  /** The most credits one customer may hold per template (the subscriptions schema allows 1000). */
  maxCredits: 1000,
} as const;

/** The template ids the server sends with, by kind; read at call time so a changed variable applies at once. */
export function subscribeTemplates(): { orderReady: string; staffChange: string; orderRejected: string } {
  const configured = process.env[SUBSCRIBE_CONFIG.orderReadyTemplateVariable]?.trim();
  const staffChange = process.env[SUBSCRIBE_CONFIG.staffChangeTemplateVariable]?.trim();
  const orderRejected = process.env[SUBSCRIBE_CONFIG.orderRejectedTemplateVariable]?.trim();
  return {
    orderReady: configured || SUBSCRIBE_CONFIG.demoOrderReadyTemplateId,
    staffChange: staffChange || SUBSCRIBE_CONFIG.demoStaffChangeTemplateId,
    orderRejected: orderRejected || SUBSCRIBE_CONFIG.demoOrderRejectedTemplateId,
  };
}

/** Staff refunds: how long after completion an order may still be refunded (owner or manager). */
export const REFUND_CONFIG = {
  /** Days after an order was COMPLETED (picked up, served, delivered) during which staff may refund it. */
  completedRefundDays: 7,
} as const;
