// Input schemas of the menu editor's actions: bounded like the catalog's collection schemas, no extra fields.
// Rules across fields (unique keys, every SKU combination, one default) are checked in product-rules.ts.
import type {
  SaveCategoryInput,
  SaveProductInput,
  SetSoldOutInput,
  SetStockInput,
  StaffMenuInput,
} from '../../../../typings/contracts/staff-menu';
import type { Schema } from '../../../runtime/validation';
import { documentIdSchema, NOT_NULL } from '../../schema-fragments';

/** A name people read: 1–`max` characters, at least one that is not a space. */
const textOf = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' }) as const;
/** A spec group key or option value as the catalog stores them. */
const specKey = { type: 'string', minLength: 1, maxLength: 24, pattern: '^[a-z][a-z_]*$' } as const;
const optionValue = { type: 'string', minLength: 1, maxLength: 24, pattern: '^[a-z0-9_]+$' } as const;
/** Most units one SKU may hold when counted (a typo guard, not a business rule). */
export const MAX_STOCK = 99_999;
/** Highest price of a SKU or add-on: ¥99,999.99 in fen. */
export const MAX_PRICE_FEN = 9_999_999;
/** Most SKUs one product may have (every combination of its `sku` groups). */
export const MAX_SKUS = 48;
/** Units left; left out for unlimited (never null). */
const stock = { type: 'integer', minimum: 0, maximum: MAX_STOCK, nullable: true, ...NOT_NULL } as const;

export const staffMenuInputSchema: Schema<StaffMenuInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema },
  required: ['storeId'],
  additionalProperties: false,
};

export const saveCategoryInputSchema: Schema<SaveCategoryInput> = {
  type: 'object',
  properties: {
    storeId: documentIdSchema,
    categoryId: { ...documentIdSchema, nullable: true, ...NOT_NULL },
    name: textOf(40),
    nameEn: textOf(80),
    isVisible: { type: 'boolean' },
    position: { type: 'integer', minimum: 0, maximum: 999, nullable: true, ...NOT_NULL },
  },
  required: ['storeId', 'name', 'nameEn', 'isVisible'],
  additionalProperties: false,
};

export const saveProductInputSchema: Schema<SaveProductInput> = {
  type: 'object',
  properties: {
    storeId: documentIdSchema,
    productId: { ...documentIdSchema, nullable: true, ...NOT_NULL },
    categoryId: documentIdSchema,
    name: textOf(40),
    nameEn: textOf(80),
    description: { type: 'string', maxLength: 200 },
    descriptionEn: { type: 'string', maxLength: 400 },
    tags: {
      type: 'array',
      items: { type: 'string', enum: ['signature', 'new', 'seasonal', 'caffeine_free'] },
      uniqueItems: true,
      maxItems: 4,
      nullable: true,
      ...NOT_NULL,
    },
    isListed: { type: 'boolean' },
    imageFileId: { type: 'string', maxLength: 512, nullable: true, ...NOT_NULL },
    specGroups: {
      type: 'array',
      maxItems: 6,
      items: {
        type: 'object',
        properties: {
          key: specKey,
          kind: { type: 'string', enum: ['sku', 'choice'] },
          name: textOf(20),
          nameEn: textOf(40),
          options: {
            type: 'array',
            minItems: 1,
            maxItems: 12,
            items: {
              type: 'object',
              properties: {
                value: optionValue,
                name: textOf(20),
                nameEn: textOf(40),
                isDefault: { type: 'boolean' },
                isSoldOut: { type: 'boolean', nullable: true, ...NOT_NULL },
              },
              required: ['value', 'name', 'nameEn', 'isDefault'],
              additionalProperties: false,
            },
          },
        },
        required: ['key', 'kind', 'name', 'nameEn', 'options'],
        additionalProperties: false,
      },
    },
    addons: {
      type: 'array',
      maxItems: 12,
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 32, pattern: '^[a-z][a-z0-9_]*$' },
          name: textOf(20),
          nameEn: textOf(40),
          priceFen: { type: 'integer', minimum: 0, maximum: MAX_PRICE_FEN },
          maxQuantity: { type: 'integer', minimum: 1, maximum: 5 },
        },
        required: ['id', 'name', 'nameEn', 'priceFen', 'maxQuantity'],
        additionalProperties: false,
      },
    },
    skus: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_SKUS,
      items: {
        type: 'object',
        properties: {
          specs: {
            type: 'object',
            required: [],
            maxProperties: 6,
            propertyNames: { pattern: '^[a-z][a-z_]*$' },
            additionalProperties: optionValue,
          },
          priceFen: { type: 'integer', minimum: 1, maximum: MAX_PRICE_FEN },
          stock,
          keepStock: { type: 'boolean', nullable: true, ...NOT_NULL },
          isSoldOut: { type: 'boolean', nullable: true, ...NOT_NULL },
        },
        required: ['specs', 'priceFen'],
        additionalProperties: false,
      },
    },
  },
  required: [
    'storeId',
    'categoryId',
    'name',
    'nameEn',
    'description',
    'descriptionEn',
    'isListed',
    'specGroups',
    'addons',
    'skus',
  ],
  additionalProperties: false,
};

export const setSoldOutInputSchema: Schema<SetSoldOutInput> = {
  type: 'object',
  properties: {
    storeId: documentIdSchema,
    productId: documentIdSchema,
    soldOut: { type: 'boolean' },
    specGroupId: { ...specKey, nullable: true, ...NOT_NULL },
    choiceId: { ...optionValue, nullable: true, ...NOT_NULL },
  },
  required: ['storeId', 'productId', 'soldOut'],
  // A choice is named by its group and its value together, or not at all.
  dependencies: { specGroupId: ['choiceId'], choiceId: ['specGroupId'] },
  additionalProperties: false,
};

export const setStockInputSchema: Schema<SetStockInput> = {
  type: 'object',
  properties: { storeId: documentIdSchema, skuId: documentIdSchema, stock },
  required: ['storeId', 'skuId'],
  additionalProperties: false,
};
