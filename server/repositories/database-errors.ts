// Recognising the database failures repositories react to, from what the SDK rejects with.

/**
 * True for MongoDB's E11000 duplicate-key error (the platform's answer to a second document with the
 * same `_id` or the same unique-index key; the SDK rejects with errCode -502001 and this text).
 */
export function isDuplicateKeyError(error: unknown): boolean {
  const text =
    error instanceof Error ? error.message : String((error as { errMsg?: unknown } | null)?.errMsg ?? error);
  return /E11000|duplicate key/i.test(text);
}
