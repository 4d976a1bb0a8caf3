// Identifiers and signatures shaped like the payment platform's, so product code that stores or
// checks them meets realistic values. Signatures use a sandbox key: they look right, they prove nothing.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { formatChinaCompact } from '../timers/china-time';

/** The service provider's appid the cloud pays through (`appid` in replies and notices). */
export const SANDBOX_PROVIDER_APPID = 'wx5a00000000000000';
/** The service provider's merchant number (mch_id). */
export const SANDBOX_PROVIDER_MCH_ID = '1800000001';
const SANDBOX_SIGN_KEY = 'local-cloud-payment-sandbox-key';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random string of letters and digits (nonce_str). */
export function randomNonce(length = 16): string {
  return Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
}

const randomDigits = (length: number): string => Array.from({ length }, () => randomInt(10)).join('');

/** `wx` + issue time (UTC+8) + 20 hex characters, as prepay ids look. */
export function newPrepayId(nowMs: number): string {
  return `wx${formatChinaCompact(nowMs)}${randomBytes(10).toString('hex')}`;
}

/** A 28-digit WeChat Pay transaction id embedding the payment date. */
export function newTransactionId(nowMs: number): string {
  return `42000${randomDigits(5)}${formatChinaCompact(nowMs).slice(0, 8)}${randomDigits(10)}`;
}

/** A 29-digit refund id. */
export function newRefundId(): string {
  return `503${randomDigits(26)}`;
}

/** The payer's openid under the service provider's appid (`openid` beside `sub_openid` in notices). */
export function providerOpenid(payerOpenid: string): string {
  return `oSP${createHash('md5').update(payerOpenid).digest('base64url').slice(0, 25)}`;
}

/** MD5 signature over the fields sorted by key, upper-case hex (the payment API's MD5 sign type). */
export function signFields(fields: Readonly<Record<string, unknown>>): string {
  const text = Object.keys(fields)
    .filter((key) => key !== 'sign' && fields[key] !== undefined && fields[key] !== '')
    .sort()
    .map(
      (key) =>
        `${key}=${typeof fields[key] === 'object' ? JSON.stringify(fields[key]) : String(fields[key])}`,
    )
    .join('&');
  return createHash('md5').update(`${text}&key=${SANDBOX_SIGN_KEY}`).digest('hex').toUpperCase();
}
