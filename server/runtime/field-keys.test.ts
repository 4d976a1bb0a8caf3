import { randomBytes } from 'node:crypto';
import { decryptField, encryptField } from './field-crypto';
import {
  FIELD_KEY_VARIABLE,
  FieldKeyConfigurationError,
  parseFieldKeyRing,
  PREVIOUS_FIELD_KEY_VARIABLE,
} from './field-keys';

const newKey = () => randomBytes(32).toString('base64');
const place = { collection: 'orders', docId: 'order-1', field: 'address.encrypted' };

test('a bare key is key 1; a key with an id prefix keeps its id', () => {
  const plain = newKey();
  expect(parseFieldKeyRing({ [FIELD_KEY_VARIABLE]: plain })).toEqual({
    currentKeyId: 1,
    keys: new Map([[1, Buffer.from(plain, 'base64')]]),
  });
  expect(parseFieldKeyRing({ [FIELD_KEY_VARIABLE]: `7:${plain}` }).currentKeyId).toBe(7);
});

test('rotation: a value sealed with the old key opens once the old key is the previous one', () => {
  const oldKey = newKey();
  const before = parseFieldKeyRing({ [FIELD_KEY_VARIABLE]: oldKey });
  const sealed = encryptField(before, place, 'secret');
  const after = parseFieldKeyRing({
    [FIELD_KEY_VARIABLE]: `2:${newKey()}`,
    [PREVIOUS_FIELD_KEY_VARIABLE]: oldKey,
  });
  expect(after.currentKeyId).toBe(2);
  expect(decryptField(after, place, sealed)).toBe('secret');
  expect(encryptField(after, place, 'secret').startsWith('v2:')).toBe(true);
});

test('a missing, short or garbled key is a configuration error naming the variable and the fix', () => {
  for (const variables of [{}, { [FIELD_KEY_VARIABLE]: '  ' }]) {
    expect(() => parseFieldKeyRing(variables)).toThrow(FieldKeyConfigurationError);
    expect(() => parseFieldKeyRing(variables)).toThrow(/DIANDAN_FIELD_KEY is not set.*环境变量/);
  }
  const short = randomBytes(16).toString('base64');
  for (const value of [short, 'not base64!', `0:${newKey()}`, `x:${newKey()}`]) {
    expect(() => parseFieldKeyRing({ [FIELD_KEY_VARIABLE]: value })).toThrow(
      /DIANDAN_FIELD_KEY is not \[<id>:\]<base64 of 32 bytes>/,
    );
  }
  // The message never echoes the configured value.
  let message = '';
  try {
    parseFieldKeyRing({ [FIELD_KEY_VARIABLE]: short });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(/DIANDAN_FIELD_KEY/);
  expect(message).not.toContain(short);
});

test('the previous key must be valid and have its own id', () => {
  const key = newKey();
  expect(() =>
    parseFieldKeyRing({ [FIELD_KEY_VARIABLE]: key, [PREVIOUS_FIELD_KEY_VARIABLE]: 'short' }),
  ).toThrow(/DIANDAN_FIELD_KEY_PREVIOUS is not/);
  expect(() =>
    parseFieldKeyRing({ [FIELD_KEY_VARIABLE]: key, [PREVIOUS_FIELD_KEY_VARIABLE]: newKey() }),
  ).toThrow(/same key id \(1\)/);
});
