// The customer's payment door on the wire: its routes and bodies, shared by the local cloud and the preview's
// payment sheet (no Node imports: the preview bundles this file).

/** `POST` here with the sheet's parameters: what the payment sheet shows, or why it cannot open. */
export const PAYMENT_SHEET_ROUTE = '/client/pay/sheet';
/** `POST` here with the sheet's parameters and `action`: the customer pays, cancels or fails. */
export const PAYMENT_CONFIRM_ROUTE = '/client/pay/confirm';

/** What `wx.requestPayment` takes, besides its callbacks. */
export interface RequestPaymentParams {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

/** What the payment sheet shows: the amount in fen, the goods, and who is paid. */
export interface PaymentSheetView {
  totalFee: number;
  body: string;
  subMchId: string;
}

/** The sheet actions the door plays; `paying` (a sheet left open) stays with in-process tests. */
export type SheetAction = 'success' | 'cancel' | 'fail';
