// Input schemas of the `browse` actions, and the id fragments the cart reuses. Strict: bounded, no extra fields.
import type { HomeInput, ProductInput, SearchInput } from '../../typings/contracts/browse';
import type { Schema } from '../runtime/validation';

/** A document id as the catalog writes them: 1–64 of [A-Za-z0-9_-]. */
export const documentIdSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_-]+$',
} as const;

/** A table's printed code (`A01`) or its QR scene (the table id, ≤ 32 characters). */
const tableCodeSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 32,
  pattern: '^[A-Za-z0-9_-]+$',
} as const;

/** `home`: a store, optionally the table from a scanned QR code. */
export const homeInputSchema: Schema<HomeInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema, tableCode: { ...tableCodeSchema, nullable: true } },
  required: ['storeId'],
  additionalProperties: false,
};

/** `search`: 1–40 characters with at least one that is not a space. */
export const searchInputSchema: Schema<SearchInput> = {
  type: 'object',
  properties: {
    storeId: documentIdSchema,
    text: { type: 'string', minLength: 1, maxLength: 40, pattern: '\\S' },
  },
  required: ['storeId', 'text'],
  additionalProperties: false,
};

/** `product`: one product of one store. */
export const productInputSchema: Schema<ProductInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema, productId: documentIdSchema },
  required: ['storeId', 'productId'],
  additionalProperties: false,
};
