// Field checks shared by the cloudPay APIs. Lengths are counted in UTF-8 bytes, as the payment API counts
// them: a `body` of 43 Chinese characters (129 bytes) is refused although it is under 128 characters.
import { isIP } from 'node:net';
import { parseChinaCompact } from '../timers/china-time';
import { type PayFields, PaymentRefusal } from './pay-wire';

/** Limits of a string field: its UTF-8 length and, optionally, its characters. */
export interface StringRule {
  maxBytes: number;
  /** Characters allowed, e.g. /^[A-Za-z0-9_-]+$/ for out_trade_no. */
  pattern?: RegExp;
}

/** Order and refund numbers: digits, letters, `_` and `-`. */
export const TRADE_NUMBER = /^[A-Za-z0-9_-]+$/;
/** Refund numbers also allow `|*@`. */
export const REFUND_NUMBER = /^[A-Za-z0-9_\-|*@]+$/;
/** Merchant numbers are digits. */
export const MERCHANT_NUMBER = /^\d+$/;
/** Cloud function names. */
export const FUNCTION_NAME = /^[A-Za-z0-9_-]+$/;

const isPresent = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** A required string field; missing is LACK_PARAMS, malformed is a communication failure. */
export function requiredString(fields: PayFields, name: string, rule: StringRule): string {
  if (!isPresent(fields[name])) throw PaymentRefusal.business('LACK_PARAMS', `缺少参数${name}`);
  return checkString(fields, name, rule);
}

/** An optional string field, checked when present. */
export function optionalString(fields: PayFields, name: string, rule: StringRule): string | undefined {
  return isPresent(fields[name]) ? checkString(fields, name, rule) : undefined;
}

function checkString(fields: PayFields, name: string, rule: StringRule): string {
  const value = fields[name];
  if (typeof value !== 'string') throw PaymentRefusal.communication(`${name}参数格式错误`);
  if (Buffer.byteLength(value, 'utf8') > rule.maxBytes)
    throw PaymentRefusal.communication(`${name}参数长度有误`);
  if (rule.pattern && !rule.pattern.test(value)) throw PaymentRefusal.communication(`${name}参数格式错误`);
  return value;
}

/** A required amount in integer fen, greater than zero (JSON number; no strings, no yuan decimals). */
export function requiredFen(fields: PayFields, name: string): number {
  const value = fields[name];
  if (!isPresent(value)) throw PaymentRefusal.business('LACK_PARAMS', `缺少参数${name}`);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw PaymentRefusal.communication(`invalid ${name}`);
  }
  return value;
}

/** A required IPv4 or IPv6 address (spbill_create_ip). */
export function requiredIp(fields: PayFields, name: string): string {
  const value = requiredString(fields, name, { maxBytes: 64 });
  if (isIP(value) === 0) throw PaymentRefusal.communication(`invalid ${name}`);
  return value;
}

/** An optional `yyyyMMddHHmmss` time in UTC+8, as epoch ms. */
export function optionalChinaTime(fields: PayFields, name: string): number | undefined {
  const text = optionalString(fields, name, { maxBytes: 14 });
  if (text === undefined) return undefined;
  const epochMs = parseChinaCompact(text);
  if (epochMs === undefined) throw PaymentRefusal.communication(`${name}参数格式错误`);
  return epochMs;
}

/** The common fields of every cloudPay request: sub_mch_id and nonce_str. */
export function merchantFields(fields: PayFields): { subMchId: string; nonceStr: string } {
  return {
    subMchId: requiredString(fields, 'sub_mch_id', { maxBytes: 32, pattern: MERCHANT_NUMBER }),
    nonceStr: requiredString(fields, 'nonce_str', { maxBytes: 32 }),
  };
}
