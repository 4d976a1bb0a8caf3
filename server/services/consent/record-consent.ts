// account.recordConsent: what the customer answered to `wx.requestSubscribeMessage`, one credit per accept
// of a template the server sends with; the server spends one per message it sends.
import type { RecordConsentInput, RecordConsentOutput } from '../../../typings/contracts/consent';
import { addCredits, creditsOf } from '../../repositories/subscription-repository';
import { AppError } from '../../runtime/app-error';
import { SUBSCRIBE_CONFIG, subscribeTemplates } from '../../runtime/config';
import type { Caller } from '../../runtime/router';

/**
 * Records one prompt's answer for the caller (identity from the platform only). A template id the server does
 * not send with is INVALID_INPUT and nothing is recorded. Answers the caller's credits per known template.
 */
export async function recordConsent(
  input: RecordConsentInput,
  caller: Caller,
  nowMs: number,
): Promise<RecordConsentOutput> {
  const known = Object.values(subscribeTemplates());
  const unknown = Object.keys(input.decisions).filter((templateId) => !known.includes(templateId));
  if (unknown.length > 0) {
    const problem = `decisions names template ids this shop does not send: ${unknown.join(', ')}`;
    throw new AppError('INVALID_INPUT', problem, { problems: [problem] });
  }
  const accepted = Object.entries(input.decisions)
    .filter(([, decision]) => decision === 'accept')
    .map(([templateId]) => templateId);
  for (const templateId of accepted) {
    await addCredits(caller.openid, templateId, 1, SUBSCRIBE_CONFIG.maxCredits, nowMs);
  }
  return { credits: await creditsOf(caller.openid, known) };
}
