// The `subscriptions` collection: one document per customer and template holding its unspent consent credits,
// its `_id` derived from both so concurrent records meet on one document; every change a conditional update.
import { stableHash } from '../domain/stable-hash';
import { database, readList, updateCount } from '../runtime/cloud';
import { isDuplicateKeyError } from './database-errors';

/** A consent credit document as stored (database/collections/subscriptions.schema.json). */
export interface SubscriptionRecord {
  _id: string;
  _openid: string;
  templateId: string;
  credits: number;
  createdAt: Date;
  updatedAt: Date;
}

const subscriptions = () => database().collection('subscriptions');

/** The one document id of (openid, template): `sub-` and a 22-character hash, within the schema's 64. */
export function subscriptionId(openid: string, templateId: string): string {
  return `sub-${stableHash(JSON.stringify([openid, templateId]))}`;
}

/**
 * Adds `count` credits to the customer's template, never above `maxCredits`. The first record inserts the
 * document; a concurrent first record that lost the insert adds onto the winner's document instead.
 */
export async function addCredits(
  openid: string,
  templateId: string,
  count: number,
  maxCredits: number,
  nowMs: number,
): Promise<void> {
  const _ = database().command;
  const id = subscriptionId(openid, templateId);
  const at = new Date(nowMs);
  const underCap = () =>
    updateCount(subscriptions().where({ _id: id, credits: _.lte(maxCredits - count) }), {
      credits: _.inc(count),
      updatedAt: at,
    });
  if ((await underCap()) === 1) return;
  try {
    await subscriptions().add({
      data: {
        _id: id,
        _openid: openid,
        templateId,
        credits: Math.min(count, maxCredits),
        createdAt: at,
        updatedAt: at,
      },
    });
    return;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  // The document exists: add under the cap, or it is at (or near) the cap and stays there.
  if ((await underCap()) === 1) return;
  await updateCount(
    subscriptions().where({ _id: id, credits: _.gt(maxCredits - count) }),
    { credits: maxCredits, updatedAt: at },
    { isIdempotent: true },
  );
}

/** Spends one credit of the customer's template (one operation); false when none was left. */
export async function spendCredit(openid: string, templateId: string, nowMs: number): Promise<boolean> {
  const _ = database().command;
  const spent = await updateCount(
    subscriptions().where({ _id: subscriptionId(openid, templateId), credits: _.gt(0) }),
    { credits: _.inc(-1), updatedAt: new Date(nowMs) },
  );
  return spent === 1;
}

/** Gives back one credit spent on a message the platform did not send (kept within `maxCredits`). */
export async function returnCredit(
  openid: string,
  templateId: string,
  maxCredits: number,
  nowMs: number,
): Promise<void> {
  const _ = database().command;
  await updateCount(
    subscriptions().where({ _id: subscriptionId(openid, templateId), credits: _.lt(maxCredits) }),
    { credits: _.inc(1), updatedAt: new Date(nowMs) },
  );
}

/** The customer's unspent credits for each template id (0 where nothing was ever recorded); one read. */
export async function creditsOf(
  openid: string,
  templateIds: readonly string[],
): Promise<Record<string, number>> {
  const _ = database().command;
  const ids = templateIds.map((templateId) => subscriptionId(openid, templateId));
  const found = await readList<SubscriptionRecord>(
    subscriptions()
      .where({ _id: _.in(ids), _openid: openid })
      .limit(ids.length),
  );
  const byTemplate = new Map(found.map((record) => [record.templateId, record.credits]));
  return Object.fromEntries(templateIds.map((templateId) => [templateId, byTemplate.get(templateId) ?? 0]));
}
