// The cloud payment sandbox: what the local cloud and tests use from `pay/`.
export {
  PaymentSandbox,
  DEFAULT_REFUND_SETTLE_MS,
  type PaymentSandboxOptions,
  type PayApiCall,
} from './payment-sandbox';
export {
  PAY_CALLBACK_SOURCE,
  NOTIFY_RETRY_DELAYS_MS,
  MAX_NOTIFY_ATTEMPTS,
  DEFAULT_NOTIFY_COMPRESSION,
  notifyRetryDelayMs,
  type CallbackNotice,
} from './callback-delivery';
export { PREPAY_LIFETIME_MS, CLOSE_ORDER_MIN_AGE_MS } from './order-apis';
export { MAX_REFUNDS_PER_TRADE } from './refund-apis';
export type {
  Trade,
  TradeState,
  TradeControl,
  RefundRecord,
  RefundStatus,
  CustomerAction,
  PaymentAttemptResult,
  DeliveryRecord,
} from './trade-types';
export {
  PAYMENT_SHEET_ROUTE,
  PAYMENT_CONFIRM_ROUTE,
  type RequestPaymentParams,
  type PaymentSheetView,
  type SheetAction,
} from './payment-door-wire';
