// A card's button carried out: the staff call it makes (reject asks the reason first, with a request id kept
// per attempt so a retry refunds once) and the toast that says what happened. Shared by the board and the order page.
import type { Result } from '../../../typings/result';
import { callCloud } from '../../services/cloud';
import { errorText } from '../../utils/error-text';
import { st, type StaffPlainKey } from '../i18n';
import type { CardAction } from './card-actions';
import { requestIdFor, settleRequest } from './request-ids';

/** The reasons a reject offers (its action sheet), each a text the customer is shown. */
export const REJECT_REASONS: readonly StaffPlainKey[] = [
  'staff.board.reason.soldOut',
  'staff.board.reason.busy',
  'staff.board.reason.closing',
  'staff.board.reason.noDelivery',
];

/** Asks why (null when the member cancels the sheet). */
async function askRejectReason(): Promise<string | null> {
  const reasons = REJECT_REASONS.map((key) => st(key));
  try {
    const answer = await wx.showActionSheet({ itemList: reasons, alertText: st('staff.board.rejectTitle') });
    return reasons[answer.tapIndex] ?? null;
  } catch {
    return null;
  }
}

/** The call of `action` on `orderId`; undefined when the member cancelled before anything was sent. */
async function send(action: CardAction, orderId: string): Promise<Result<unknown> | undefined> {
  if (action === 'accept') return callCloud('staff', 'accept', { orderId });
  if (action === 'ready') return callCloud('staff', 'markReady', { orderId });
  if (action === 'complete') return callCloud('staff', 'complete', { orderId });
  if (action === 'reprint') return callCloud('staff', 'reprint', { orderId });
  const reason = await askRejectReason();
  if (reason === null) return undefined;
  const ask = `reject:${orderId}`;
  const result = await callCloud('staff', 'reject', { orderId, requestId: requestIdFor(ask), reason });
  // A refusal the server gave (not a lost answer) ends this attempt; a NETWORK failure keeps the id for the retry.
  if (result.ok || result.error.code !== 'NETWORK') settleRequest(ask);
  return result;
}

/** Takes `action` on the order and says how it went; true when the server took it. */
export async function takeOrderStep(action: CardAction, orderId: string): Promise<boolean> {
  const result = await send(action, orderId);
  if (!result) return false;
  if (!result.ok) {
    wx.showToast({ title: errorText(result.error.code), icon: 'none' });
    return false;
  }
  wx.showToast({ title: st(`staff.board.done.${action}`), icon: 'success' });
  return true;
}
