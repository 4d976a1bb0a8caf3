// Input schemas of `checkout`: bounded strings, a known mode, coordinates in range, no extra fields, no nulls.
import type { CheckoutInput, PlaceOrderInput } from '../../../typings/contracts/checkout';
import type { DeliveryAddress } from '../../../typings/contracts/order';
import type { Schema } from '../../runtime/validation';
import { documentIdSchema, NOT_NULL, tableCodeSchema } from '../schema-fragments';

/** An ISO 8601 time with its offset, e.g. `2026-01-05T12:30:00+08:00`. */
const ISO_TIME =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:[0-9]{2})$';

/** A delivery address as the customer types it; the phone is digits with an optional + and dashes. */
const addressSchema: Schema<DeliveryAddress> = {
  type: 'object',
  properties: {
    contactName: { type: 'string', minLength: 1, maxLength: 20, pattern: '\\S' },
    phone: { type: 'string', minLength: 5, maxLength: 20, pattern: '^\\+?[0-9][0-9 -]{3,18}[0-9]$' },
    text: { type: 'string', minLength: 1, maxLength: 120, pattern: '\\S' },
    latitude: { type: 'number', minimum: -90, maximum: 90 },
    longitude: { type: 'number', minimum: -180, maximum: 180 },
  },
  required: ['contactName', 'phone', 'text', 'latitude', 'longitude'],
  additionalProperties: false,
};

const checkoutProperties = {
  storeId: documentIdSchema,
  mode: { type: 'string', enum: ['dine_in', 'pickup', 'delivery'] },
  tableCode: { ...tableCodeSchema, nullable: true, ...NOT_NULL },
  pickupAt: { type: 'string', maxLength: 40, pattern: ISO_TIME, nullable: true, ...NOT_NULL },
  address: { ...addressSchema, nullable: true, ...NOT_NULL },
  addressId: { ...documentIdSchema, nullable: true, ...NOT_NULL },
  remark: { type: 'string', maxLength: 140, nullable: true, ...NOT_NULL },
} as const;

/** `preview`: the store, the mode and what the mode needs. */
export const previewInputSchema: Schema<CheckoutInput> = {
  type: 'object',
  properties: checkoutProperties,
  required: ['storeId', 'mode'],
  additionalProperties: false,
};

/** `place`: as preview, plus the client's idempotency key and the total it showed (integer fen). */
export const placeInputSchema: Schema<PlaceOrderInput> = {
  type: 'object',
  properties: {
    ...checkoutProperties,
    idempotencyKey: { type: 'string', minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
    expectedTotalFen: { type: 'integer', minimum: 0, maximum: 100_000_000, nullable: true, ...NOT_NULL },
  },
  required: ['storeId', 'mode', 'idempotencyKey'],
  additionalProperties: false,
};
