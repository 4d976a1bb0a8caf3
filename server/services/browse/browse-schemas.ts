// Input schemas of the `browse` actions. Strict: bounded, no extra fields.
import type { HomeInput, ProductInput, SearchInput } from '../../../typings/contracts/browse';
import type { Schema } from '../../runtime/validation';
import { documentIdSchema, tableCodeSchema } from '../schema-fragments';

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
