// Input schemas of the `cart` actions: bounded strings, at most 12 add-ons, integer quantities, no extra fields.
import type {
  CartAddInput,
  CartClearInput,
  CartGetInput,
  CartRemoveInput,
  CartReorderInput,
  CartSetQuantityInput,
} from '../../../typings/contracts/cart';
import type { ItemSelection } from '../../../typings/contracts/catalog';
import { MAX_LINE_QUANTITY } from '../../domain/cart-lines';
import type { Schema } from '../../runtime/validation';
import { orderIdSchema } from '../order/order-schemas';
import { documentIdSchema, NOT_NULL } from '../schema-fragments';

/** Whether the answer carries suggestions; left out means no. */
const withSuggestionsSchema = { type: 'boolean', nullable: true, ...NOT_NULL } as const;

/** A cart line id as `cartLineId` makes them (`ln` + 22 characters); anything up to 32 of [A-Za-z0-9_-] passes. */
const lineIdSchema = { type: 'string', minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' } as const;

/** What a customer chose: spec keys and values as products declare them, add-ons at 1–5 each. */
export const itemSelectionSchema: Schema<ItemSelection> = {
  type: 'object',
  properties: {
    productId: documentIdSchema,
    specs: {
      type: 'object',
      propertyNames: { type: 'string', maxLength: 24, pattern: '^[a-z][a-z_]*$' },
      additionalProperties: { type: 'string', minLength: 1, maxLength: 24, pattern: '^[a-z0-9_]+$' },
      maxProperties: 8,
      required: [],
    },
    addons: {
      type: 'array',
      maxItems: 12,
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 32, pattern: '^[a-z][a-z0-9_]*$' },
          quantity: { type: 'integer', minimum: 1, maximum: 5 },
        },
        required: ['id', 'quantity'],
        additionalProperties: false,
      },
    },
  },
  required: ['productId', 'specs', 'addons'],
  additionalProperties: false,
};

/** `clear`: the store. */
export const cartStoreInputSchema: Schema<CartClearInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema },
  required: ['storeId'],
  additionalProperties: false,
};

/** `get`: the store, optionally with suggestions. */
export const cartGetInputSchema: Schema<CartGetInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema, withSuggestions: withSuggestionsSchema },
  required: ['storeId'],
  additionalProperties: false,
};

/** `add`: a selection and 1–99 of it. */
export const cartAddInputSchema: Schema<CartAddInput> = {
  type: 'object',
  properties: {
    storeId: documentIdSchema,
    item: itemSelectionSchema,
    quantity: { type: 'integer', minimum: 1, maximum: MAX_LINE_QUANTITY },
    withSuggestions: withSuggestionsSchema,
  },
  required: ['storeId', 'item', 'quantity'],
  additionalProperties: false,
};

/** `setQuantity`: a line and 0–99 (0 removes it). */
export const cartSetQuantityInputSchema: Schema<CartSetQuantityInput> = {
  type: 'object',
  properties: {
    storeId: documentIdSchema,
    lineId: lineIdSchema,
    quantity: { type: 'integer', minimum: 0, maximum: MAX_LINE_QUANTITY },
  },
  required: ['storeId', 'lineId', 'quantity'],
  additionalProperties: false,
};

/** `remove`: a line. */
export const cartRemoveInputSchema: Schema<CartRemoveInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema, lineId: lineIdSchema },
  required: ['storeId', 'lineId'],
  additionalProperties: false,
};

/** `reorder`: one of the caller's orders, in this store. */
export const cartReorderInputSchema: Schema<CartReorderInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema, orderId: orderIdSchema },
  required: ['storeId', 'orderId'],
  additionalProperties: false,
};
