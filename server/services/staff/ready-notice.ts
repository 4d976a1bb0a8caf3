// Telling the customer their order is ready: one recorded consent credit spent, one message sent. Called only
// by the call whose conditional update made the order READY, so one order is told at most once.
import type { OrderRecord } from '../../domain/order/order-record';
import { NO_CONSENT_ERRCODE, sendSubscribeMessage } from '../../gateways/subscribe-message-gateway';
import { appendAudit } from '../../repositories/audit-repository';
import { returnCredit, spendCredit } from '../../repositories/subscription-repository';
import { SUBSCRIBE_CONFIG, subscribeTemplates } from '../../runtime/config';
import { orderReadyMessage } from './order-ready-message';

/** What became of the notice: sent, not sent for want of consent, or refused by the platform. */
export type ReadyNoticeOutcome = 'sent' | 'no_consent' | 'failed';

/**
 * Spends one of the owner's "order ready" credits and sends the message. Never throws: the order stays
 * READY whatever happens here. A refusal other than "no consent" gives the credit back. The outcome is
 * appended to the audit log as the system's action on the order.
 */
export async function sendReadyNotice(order: OrderRecord, nowMs: number): Promise<ReadyNoticeOutcome> {
  const templateId = subscribeTemplates().orderReady;
  let outcome: ReadyNoticeOutcome = 'failed';
  let errCode = 0;
  try {
    if (!(await spendCredit(order._openid, templateId, nowMs))) {
      outcome = 'no_consent';
    } else {
      errCode = await sendSubscribeMessage(orderReadyMessage(order, templateId));
      outcome = errCode === 0 ? 'sent' : 'failed';
      if (errCode !== 0 && errCode !== NO_CONSENT_ERRCODE) {
        await returnCredit(order._openid, templateId, SUBSCRIBE_CONFIG.maxCredits, nowMs);
      }
    }
  } catch (error) {
    console.error(`order ${order._id}: the "order ready" message was not sent`, error);
  }
  await appendAudit(
    {
      storeId: order.storeId,
      actorOpenid: 'system',
      actorRole: 'system',
      action: 'notice.orderReady',
      targetCollection: 'orders',
      targetId: order._id,
      before: null,
      after: { templateId, outcome, ...(errCode !== 0 && { errCode }) },
      source: 'staff.markReady',
    },
    nowMs,
  ).catch((error: unknown) =>
    console.error(`order ${order._id}: the notice's audit entry was not written`, error),
  );
  return outcome;
}
