// One-time staff codes: 12 readable characters shown as `ABCD-EFGH-JKLM`. The first 4 find the stored code,
// the other 8 (40 bits) are its secret, kept only as a SHA-256 hash and compared in constant time.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LOOKUP_LENGTH = 4;
const SECRET_LENGTH = 8;

/** A code as handed out, and the parts the server stores or looks up. */
export interface IssuedStaffCode {
  /** What the person types, e.g. `ABCD-EFGH-JKLM`. */
  code: string;
  /** The stored document's id. */
  codeId: string;
  secretHash: string;
}

/** A fresh random code. */
export function newStaffCode(): IssuedStaffCode {
  const characters = Array.from({ length: LOOKUP_LENGTH + SECRET_LENGTH }, () => ALPHABET[randomInt(32)]);
  const plain = characters.join('');
  const parts = parseStaffCode(plain);
  if (!parts) throw new Error('a generated staff code did not parse');
  return {
    code: plain.match(/.{4}/g)?.join('-') ?? plain,
    codeId: parts.codeId,
    secretHash: hashSecret(parts.secret),
  };
}

/** The code's document id and secret, or undefined when it cannot be a code (case, dashes and spaces ignored). */
export function parseStaffCode(typed: string): { codeId: string; secret: string } | undefined {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== LOOKUP_LENGTH + SECRET_LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) {
    return undefined;
  }
  return { codeId: `code-${plain.slice(0, LOOKUP_LENGTH)}`, secret: plain.slice(LOOKUP_LENGTH) };
}

/** Whether `secret` is the one whose hash is stored (constant time). */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
