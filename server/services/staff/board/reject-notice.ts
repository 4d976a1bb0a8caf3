// Telling the customer the shop declined their order: one recorded consent credit spent, one message sent.
// Called once per order (by the call that marked it rejected); never throws, the refund stands whatever happens.
import type { OrderRecord } from '../../../domain/order/order-record';
import { NO_CONSENT_ERRCODE, sendSubscribeMessage } from '../../../gateways/subscribe-message-gateway';
import { appendAudit } from '../../../repositories/audit-repository';
import { returnCredit, spendCredit } from '../../../repositories/subscription-repository';
import { SUBSCRIBE_CONFIG, subscribeTemplates } from '../../../runtime/config';
import { orderRejectedMessage } from './order-rejected-message';

/** What became of the notice. */
export type RejectNoticeOutcome = 'sent' | 'no_consent' | 'failed';

/** Spends one "order rejected" credit of the order's owner and sends; the outcome is logged as `notice.orderRejected`. */
export async function sendRejectNotice(
  order: OrderRecord,
  reason: string,
  amountFen: number,
  nowMs: number,
): Promise<RejectNoticeOutcome> {
  const templateId = subscribeTemplates().orderRejected;
  let outcome: RejectNoticeOutcome = 'failed';
  let errCode = 0;
  try {
    if (!(await spendCredit(order._openid, templateId, nowMs))) {
      outcome = 'no_consent';
    } else {
      errCode = await sendSubscribeMessage(orderRejectedMessage(order, reason, amountFen, templateId));
      outcome = errCode === 0 ? 'sent' : 'failed';
      if (errCode !== 0 && errCode !== NO_CONSENT_ERRCODE) {
        await returnCredit(order._openid, templateId, SUBSCRIBE_CONFIG.maxCredits, nowMs);
      }
    }
  } catch (error) {
    console.error(`order ${order._id}: the "order rejected" message was not sent`, error);
  }
  await appendAudit(
    {
      storeId: order.storeId,
      actorOpenid: 'system',
      actorRole: 'system',
      action: 'notice.orderRejected',
      targetCollection: 'orders',
      targetId: order._id,
      before: null,
      after: { templateId, outcome, ...(errCode !== 0 && { errCode }) },
      source: 'staff.reject',
    },
    nowMs,
  ).catch((error: unknown) =>
    console.error(`order ${order._id}: the notice's audit entry was not written`, error),
  );
  return outcome;
}
