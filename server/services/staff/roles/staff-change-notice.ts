// Telling a store's owners that its staff changed: each active owner other than the one who made the change,
// one recorded consent credit spent per message. Never throws: the change stands whatever happens here.
import { NO_CONSENT_ERRCODE, sendSubscribeMessage } from '../../../gateways/subscribe-message-gateway';
import { appendAudit } from '../../../repositories/audit-repository';
import { loadStore } from '../../../repositories/catalog-repository';
import { listActiveStaff } from '../../../repositories/staff-member-repository';
import { returnCredit, spendCredit } from '../../../repositories/subscription-repository';
import { SUBSCRIBE_CONFIG, subscribeTemplates } from '../../../runtime/config';
import { describeChange, staffChangeMessage } from './staff-change-message';

/** One change to tell: the store, what kind, the member's role after it, who made it, on which member. */
export interface StaffChange {
  storeId: string;
  kind: 'joined' | 'role' | 'removed';
  role: string;
  actorOpenid: string;
  staffId: string;
  source: string;
}

/** Sends the message to every other active owner holding a credit; each outcome goes to the audit log. */
export async function tellOwners(change: StaffChange, nowMs: number): Promise<void> {
  try {
    const templateId = subscribeTemplates().staffChange;
    const [owners, store] = await Promise.all([listActiveStaff(change.storeId), loadStore(change.storeId)]);
    const told = owners.filter((member) => member.role === 'owner' && member._openid !== change.actorOpenid);
    for (const owner of told) {
      const outcome = await tellOne(owner._openid, templateId, store?.name ?? change.storeId, change, nowMs);
      await appendAudit(
        {
          storeId: change.storeId,
          actorOpenid: 'system',
          actorRole: 'system',
          action: 'notice.staffChange',
          targetCollection: 'staff',
          targetId: change.staffId,
          before: null,
          after: { templateId, outcome, ownerStaffId: owner._id },
          source: change.source,
        },
        nowMs,
      );
    }
  } catch (error) {
    console.error(`store ${change.storeId}: the "staff changed" message was not sent`, error);
  }
}

async function tellOne(
  openid: string,
  templateId: string,
  storeName: string,
  change: StaffChange,
  nowMs: number,
): Promise<'sent' | 'no_consent' | 'failed'> {
  if (!(await spendCredit(openid, templateId, nowMs))) return 'no_consent';
  const text = describeChange(change.kind, change.role);
  const errCode = await sendSubscribeMessage(staffChangeMessage(openid, templateId, storeName, text, nowMs));
  if (errCode === 0) return 'sent';
  if (errCode !== NO_CONSENT_ERRCODE)
    await returnCredit(openid, templateId, SUBSCRIBE_CONFIG.maxCredits, nowMs);
  return 'failed';
}
