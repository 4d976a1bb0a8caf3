// Contract of subscribe-message consent: what the customer answered to `wx.requestSubscribeMessage`.
import type { ActionContract } from './index';

/** Template ids the mini program asks consent for, each a kind of message the server sends. */
export interface SubscribeTemplates {
  /** "Your order is ready": sent when the shop marks the order ready. */
  orderReady: string;
  /** "Your order was declined": sent when the shop rejects a paid order (the refund follows). */
  orderRejected: string;
  /** "Staff changed": sent to a store's other owners when someone joins, changes role or is removed. */
  staffChange: string;
}

/** `recordConsent`: the answer of one prompt, template id → the platform's word for it. */
export interface RecordConsentInput {
  decisions: Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;
}

/** `recordConsent`: the caller's unspent credits per template id after recording (one accept = one message). */
export interface RecordConsentOutput {
  credits: Record<string, number>;
}

/** The consent actions, for the `account` entry of the contract map. */
export interface ConsentContracts {
  recordConsent: ActionContract<RecordConsentInput, RecordConsentOutput>;
}
