// Contract of the `pay` cloud function: (re)start payment for the caller's own pending order.
import type { PaymentParams } from './checkout';

export interface PayInput {
  orderId: string;
}
export interface PayOutput {
  orderId: string;
  payment: PaymentParams;
}
