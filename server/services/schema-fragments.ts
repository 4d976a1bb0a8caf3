// Pieces the input schemas of several actions share, so one id or code is checked the same way everywhere.

/** A document id as the catalog writes them: 1–64 of [A-Za-z0-9_-]. */
export const documentIdSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_-]+$',
} as const;

/** A table's printed code (`A01`) or its QR scene (the table id, ≤ 32 characters). */
export const tableCodeSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 32,
  pattern: '^[A-Za-z0-9_-]+$',
} as const;

/** Spread into an optional field: it may be left out but never sent as null. */
export const NOT_NULL = { not: { type: 'null' } } as const;
