// Field encryption of personal data at rest: AES-256-GCM, a fresh random 12-byte IV per value, the value's
// place (`collection:docId:field`) as additional authenticated data, stored as `v{keyId}:{iv}:{tag}:{ciphertext}`
// with base64url parts. Pure functions of a key ring (Node's crypto only; no configuration read here).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
/** Bytes of a field key (AES-256). */
export const FIELD_KEY_BYTES = 32;
const IV_BYTES = 12; // FIELD_IV_BYTES
const TAG_BYTES = 16;
const SEALED_PATTERN = /^v([0-9]+):([A-Za-z0-9_-]+):([A-Za-z0-9_-]+):([A-Za-z0-9_-]+)$/;

/** The keys that may open stored values, by id; new values are sealed with `currentKeyId`. */
export interface FieldKeyRing {
  /** Id of the key new values are sealed with; it must be in `keys`. */
  currentKeyId: number;
  /** Every usable key (each FIELD_KEY_BYTES long) by its positive integer id, the current one included. */
  keys: ReadonlyMap<number, Buffer>;
}

/** Where a value is stored; bound into its ciphertext so it cannot be moved to another document or field. */
export interface FieldPlace {
  collection: string;
  docId: string;
  field: string;
}

/** A stored value that cannot be opened: unknown key, malformed, moved, tampered with, or the wrong key. */
export class FieldDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldDecryptionError';
  }
}

/** The additional authenticated data of a place: `collection:docId:field` (no `:` in collection or field). */
export function associatedDataOf(place: FieldPlace): Buffer {
  if (place.collection.includes(':') || place.field.includes(':') || !place.docId) {
    throw new RangeError(`not a field place: ${place.collection}:${place.docId}:${place.field}`);
  }
  return Buffer.from(`${place.collection}:${place.docId}:${place.field}`, 'utf8');
}

function keyOf(ring: FieldKeyRing, keyId: number): Buffer | undefined {
  const key = ring.keys.get(keyId);
  return key && key.length === FIELD_KEY_BYTES ? key : undefined;
}

/** Bytes of a value's IV (GCM's 96-bit nonce); a fresh random one per value. */
export const FIELD_IV_BYTES = 12;

/**
 * Seals a non-empty UTF-8 `plaintext` for `place` with the ring's current key: `v{keyId}:{iv}:{tag}:{ciphertext}`.
 * `iv` must be FIELD_IV_BYTES fresh random bytes (a caller that keeps randomness outside passes its own).
 */
export function encryptField(
  ring: FieldKeyRing,
  place: FieldPlace,
  plaintext: string,
  iv: Uint8Array = randomBytes(IV_BYTES),
): string {
  const key = keyOf(ring, ring.currentKeyId);
  if (!key)
    throw new RangeError(`the field key ring has no ${FIELD_KEY_BYTES}-byte key ${ring.currentKeyId}`);
  if (plaintext === '') throw new RangeError('an empty value is not encrypted');
  if (iv.length !== IV_BYTES) throw new RangeError(`an IV is ${IV_BYTES} bytes`);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedDataOf(place));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [Buffer.from(iv), cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return `v${ring.currentKeyId}:${parts.join(':')}`;
}

/** Opens a value sealed by `encryptField` for the same `place` with any key of the ring; throws FieldDecryptionError. */
export function decryptField(ring: FieldKeyRing, place: FieldPlace, sealed: string): string {
  const match = SEALED_PATTERN.exec(sealed);
  if (!match) throw new FieldDecryptionError('not an encrypted field value');
  const [, keyIdText = '', ivText = '', tagText = '', ciphertextText = ''] = match;
  const key = keyOf(ring, Number(keyIdText));
  if (!key) throw new FieldDecryptionError(`no field key with id ${keyIdText} is configured`);
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new FieldDecryptionError('malformed encrypted field value');
  }
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedDataOf(place));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertextText, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new FieldDecryptionError(
      `encrypted field ${place.collection}:${place.docId}:${place.field} failed authentication (wrong key, moved or altered)`,
    );
  }
}
