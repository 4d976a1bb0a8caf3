// Input schemas of the `browse` actions. Strict: bounded, no extra fields.
import type {
  HomeInput,
  MenuInput,
  ProductInput,
  SearchInput,
  StoresInput,
} from '../../../typings/contracts/browse';
import type { Schema } from '../../runtime/validation';
import { documentIdSchema, NOT_NULL, tableCodeSchema } from '../schema-fragments';

/** `home`: a store, optionally the table from a scanned QR code. */
export const homeInputSchema: Schema<HomeInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema, tableCode: { ...tableCodeSchema, nullable: true } },
  required: ['storeId'],
  additionalProperties: false,
};

/** Most categories one `menu` call may ask for. */
export const MAX_MENU_CATEGORIES = 20;

/** `menu`: 1–20 distinct category ids of one store. */
export const menuInputSchema: Schema<MenuInput> = {
  type: 'object',
  properties: {
    storeId: documentIdSchema,
    categoryIds: {
      type: 'array',
      items: documentIdSchema,
      minItems: 1,
      maxItems: MAX_MENU_CATEGORIES,
      uniqueItems: true,
    },
  },
  required: ['storeId', 'categoryIds'],
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

/** `stores`: optionally where the customer is, both coordinates in degrees. */
export const storesInputSchema: Schema<StoresInput> = {
  type: 'object',
  properties: {
    location: {
      type: 'object',
      properties: {
        latitude: { type: 'number', minimum: -90, maximum: 90 },
        longitude: { type: 'number', minimum: -180, maximum: 180 },
      },
      required: ['latitude', 'longitude'],
      additionalProperties: false,
      nullable: true,
      ...NOT_NULL,
    },
  },
  required: [],
  additionalProperties: false,
};
