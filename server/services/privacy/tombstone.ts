// The one-way stand-in for an erased customer's openid on the orders the shop keeps: an HMAC-SHA256 of the
// openid under the current field key, so the orders of one erased customer still group together in the
// accounts, nobody can turn it back into the openid, and nobody without the key can test a guess.
import { createHmac } from 'node:crypto';
import type { FieldKeyRing } from '../../runtime/field-crypto';

/** What every tombstone starts with, so kept orders are recognisably without a customer. */
export const TOMBSTONE_PREFIX = 'erased:';

/** The tombstone of `openid`: `erased:` + 43 base64url characters (50 in all, within `_openid`'s 64). */
export function tombstoneOf(ring: FieldKeyRing, openid: string): string {
  const key = ring.keys.get(ring.currentKeyId);
  if (!key) throw new RangeError(`the field key ring has no key ${ring.currentKeyId}`);
  const digest = createHmac('sha256', key).update(`tombstone:${openid}`, 'utf8').digest('base64url');
  return `${TOMBSTONE_PREFIX}${digest}`;
}

/** Whether a stored `_openid` is a tombstone (the customer was erased). */
export function isTombstone(openid: string): boolean {
  return openid.startsWith(TOMBSTONE_PREFIX);
}
