import { randomBytes } from 'node:crypto';
import { decryptField, encryptField, FieldDecryptionError, type FieldKeyRing } from './field-crypto';

const ringOf = (currentKeyId: number, ...keys: Array<[number, Buffer]>): FieldKeyRing => ({
  currentKeyId,
  keys: new Map(keys),
});
const keyOne = randomBytes(32);
const keyTwo = randomBytes(32);
const ring = ringOf(1, [1, keyOne]);
const place = { collection: 'orders', docId: 'order-abc123', field: 'address.encrypted' };
const SECRET = '{"contactName":"张三丰","phone":"13812345678","text":"示范路 8 号"}';

/** Replaces part `index` (0 = version, 1 = iv, 2 = tag, 3 = ciphertext) of a sealed value. */
function withPart(sealed: string, index: number, change: (part: string) => string): string {
  const parts = sealed.split(':');
  parts[index] = change(parts[index] ?? '');
  return parts.join(':');
}
const flipFirstByte = (part: string) => {
  const bytes = Buffer.from(part, 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  return bytes.toString('base64url');
};

test('a value round-trips, stored as v{keyId}:{iv}:{tag}:{ciphertext} with a fresh IV each time', () => {
  const sealed = encryptField(ring, place, SECRET);
  expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
  expect(sealed).not.toContain('1381234');
  expect(Buffer.from(sealed.split(':')[1] ?? '', 'base64url')).toHaveLength(12);
  expect(decryptField(ring, place, sealed)).toBe(SECRET);
  const again = encryptField(ring, place, SECRET);
  expect(again.split(':')[1]).not.toBe(sealed.split(':')[1]);
  expect(decryptField(ring, place, again)).toBe(SECRET);
});

test('a value moved to another document or field does not decrypt (the place is authenticated)', () => {
  const sealed = encryptField(ring, place, SECRET);
  expect(() => decryptField(ring, { ...place, docId: 'order-other' }, sealed)).toThrow(FieldDecryptionError);
  expect(() => decryptField(ring, { ...place, field: 'remark' }, sealed)).toThrow(FieldDecryptionError);
  expect(() => decryptField(ring, { ...place, collection: 'members' }, sealed)).toThrow(FieldDecryptionError);
});

test('a tampered tag, ciphertext or IV fails; a malformed value is refused', () => {
  const sealed = encryptField(ring, place, SECRET);
  for (const index of [1, 2, 3]) {
    expect(() => decryptField(ring, place, withPart(sealed, index, flipFirstByte))).toThrow(
      FieldDecryptionError,
    );
  }
  expect(() =>
    decryptField(
      ring,
      place,
      withPart(sealed, 2, (tag) => tag.slice(0, 8)),
    ),
  ).toThrow(FieldDecryptionError);
  for (const malformed of ['13812345678', 'v1:abc', '', `x${sealed}`]) {
    expect(() => decryptField(ring, place, malformed)).toThrow(FieldDecryptionError);
  }
});

test('after a rotation, old values still decrypt with the previous key and new ones use the new key', () => {
  const old = encryptField(ring, place, SECRET);
  const rotated = ringOf(2, [2, keyTwo], [1, keyOne]);
  expect(decryptField(rotated, place, old)).toBe(SECRET);
  const fresh = encryptField(rotated, place, SECRET);
  expect(fresh.startsWith('v2:')).toBe(true);
  expect(decryptField(rotated, place, fresh)).toBe(SECRET);
  // Once the previous key is dropped, its values can no longer be opened.
  expect(() => decryptField(ringOf(2, [2, keyTwo]), place, old)).toThrow(/no field key with id 1/);
});

test('the wrong key under the same id fails', () => {
  const sealed = encryptField(ring, place, SECRET);
  expect(() => decryptField(ringOf(1, [1, keyTwo]), place, sealed)).toThrow(FieldDecryptionError);
});

test('nothing is sealed without a 32-byte current key, nor an empty value, nor a place with ":" in a name', () => {
  expect(() => encryptField(ringOf(3, [1, keyOne]), place, SECRET)).toThrow(RangeError);
  expect(() => encryptField(ringOf(1, [1, randomBytes(16)]), place, SECRET)).toThrow(RangeError);
  expect(() => encryptField(ring, place, '')).toThrow(RangeError);
  expect(() => encryptField(ring, { ...place, field: 'a:b' }, SECRET)).toThrow(RangeError);
});
