// The field key ring from the function's environment variables (set per function in the console:
// 函数配置 → 环境变量). `DIANDAN_FIELD_KEY` seals and opens; `DIANDAN_FIELD_KEY_PREVIOUS` only opens, during
// a rotation. A value is `[<id>:]<base64 of 32 bytes>`; without an id the key is id 1.
import { FIELD_KEY_BYTES, type FieldKeyRing } from './field-crypto';

/** The variable holding the key new values are sealed with. */
export const FIELD_KEY_VARIABLE = 'DIANDAN_FIELD_KEY';
/** The variable holding the key being rotated out (decrypt only). */
export const PREVIOUS_FIELD_KEY_VARIABLE = 'DIANDAN_FIELD_KEY_PREVIOUS';

const KEY_VALUE = /^(?:([1-9][0-9]{0,5}):)?([A-Za-z0-9+/_-]+={0,2})$/;
const HOW_TO_FIX =
  `set ${FIELD_KEY_VARIABLE} in this cloud function's environment variables (函数配置 → 环境变量) to the base64 of ` +
  `${FIELD_KEY_BYTES} random bytes, e.g. the output of ` +
  `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

/** The field key configuration is missing or wrong; the message says which variable and how to fix it. */
export class FieldKeyConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldKeyConfigurationError';
  }
}

function parseKey(variable: string, value: string): { id: number; key: Buffer } {
  const match = KEY_VALUE.exec(value.trim());
  const key = match?.[2] === undefined ? undefined : Buffer.from(match[2], 'base64');
  if (!match || !key || key.length !== FIELD_KEY_BYTES) {
    throw new FieldKeyConfigurationError(
      `${variable} is not [<id>:]<base64 of ${FIELD_KEY_BYTES} bytes> (the value is not shown); ${HOW_TO_FIX}`,
    );
  }
  return { id: match[1] === undefined ? 1 : Number(match[1]), key };
}

/** The key ring the variables describe; throws FieldKeyConfigurationError when the current key is missing or invalid. */
export function parseFieldKeyRing(variables: Readonly<Record<string, string | undefined>>): FieldKeyRing {
  const currentValue = variables[FIELD_KEY_VARIABLE];
  if (currentValue === undefined || currentValue.trim() === '') {
    throw new FieldKeyConfigurationError(`${FIELD_KEY_VARIABLE} is not set; ${HOW_TO_FIX}`);
  }
  const current = parseKey(FIELD_KEY_VARIABLE, currentValue);
  const keys = new Map([[current.id, current.key]]);
  const previousValue = variables[PREVIOUS_FIELD_KEY_VARIABLE];
  if (previousValue !== undefined && previousValue.trim() !== '') {
    const previous = parseKey(PREVIOUS_FIELD_KEY_VARIABLE, previousValue);
    if (previous.id === current.id) {
      throw new FieldKeyConfigurationError(
        `${PREVIOUS_FIELD_KEY_VARIABLE} has the same key id (${previous.id}) as ${FIELD_KEY_VARIABLE}; ` +
          `give the new key the next id, e.g. ${FIELD_KEY_VARIABLE}=${previous.id + 1}:<base64>`,
      );
    }
    keys.set(previous.id, previous.key);
  }
  return { currentKeyId: current.id, keys };
}

/** The key ring of the running function, read from its environment at each call (cheap; no caching across calls). */
export function fieldKeyRingFromEnvironment(): FieldKeyRing {
  return parseFieldKeyRing(process.env);
}

/** The running function's key ring for reading, or undefined (logged) when none is set: a masked copy will do. */
export function fieldKeyRingForReading(): FieldKeyRing | undefined {
  try {
    return fieldKeyRingFromEnvironment();
  } catch (error) {
    console.error('field key not usable; encrypted fields show their masked copies', error);
    return undefined;
  }
}
