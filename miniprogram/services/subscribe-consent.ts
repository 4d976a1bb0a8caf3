import type { RecordConsentInput } from '../../typings/contracts/consent';
import { callCloud } from './cloud';

/** The platform's answer for one template in `wx.requestSubscribeMessage`. */
type ConsentDecision = RecordConsentInput['decisions'][string];

const DECISIONS: readonly string[] = ['accept', 'reject', 'ban', 'filter'];

/**
 * Asks the customer's consent to the templates in one prompt and records the answers (`account.recordConsent`);
 * answers the ids that are now accepted and recorded. A prompt the platform refused to show records nothing.
 */
export async function askSubscribeConsent(tmplIds: string[]): Promise<string[]> {
  try {
    const answer = (await wx.requestSubscribeMessage({ tmplIds })) as unknown as Record<string, string>;
    const decisions: Record<string, ConsentDecision> = {};
    for (const id of tmplIds)
      if (DECISIONS.includes(answer[id])) decisions[id] = answer[id] as ConsentDecision;
    if (Object.keys(decisions).length === 0) return [];
    const recorded = await callCloud('account', 'recordConsent', { decisions });
    return recorded.ok ? tmplIds.filter((id) => decisions[id] === 'accept') : [];
  } catch {
    return [];
  }
}
