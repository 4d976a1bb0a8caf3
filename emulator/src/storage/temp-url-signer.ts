import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Signs temp download URLs so they cannot be forged or extended: HMAC over path and expiry, key per process. */
export class TempUrlSigner {
  private readonly key = randomBytes(32);

  /** `expiresAtSec` is epoch seconds, as the `t` query parameter carries it. */
  sign(cloudPath: string, expiresAtSec: number): string {
    return createHmac('sha256', this.key).update(`${expiresAtSec}\n${cloudPath}`).digest('hex');
  }

  verify(cloudPath: string, expiresAtSec: number, signature: string): boolean {
    const expected = Buffer.from(this.sign(cloudPath, expiresAtSec), 'hex');
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
