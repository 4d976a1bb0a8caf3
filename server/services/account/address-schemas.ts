// Input schemas of the address book: `wx.chooseAddress`'s field names, bounded strings, coordinates in range,
// no extra fields, no nulls.
import type {
  AddressIdInput,
  ListAddressesInput,
  SaveAddressInput,
} from '../../../typings/contracts/account';
import type { Schema } from '../../runtime/validation';
import { documentIdSchema, NOT_NULL } from '../schema-fragments';

/** A short piece of text that is not only spaces. */
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength, pattern: '\\S' }) as const;

/** `saveAddress`: every field of the address (an edit replaces it whole), an optional id and default mark. */
export const saveAddressInputSchema: Schema<SaveAddressInput> = {
  type: 'object',
  properties: {
    id: { ...documentIdSchema, nullable: true, ...NOT_NULL },
    userName: text(20),
    telNumber: { type: 'string', minLength: 5, maxLength: 20, pattern: '^\\+?[0-9][0-9 -]{3,18}[0-9]$' },
    provinceName: text(20),
    cityName: text(20),
    countyName: { type: 'string', maxLength: 20 },
    detailInfo: text(120),
    postalCode: { type: 'string', pattern: '^[0-9]{6}$', nullable: true, ...NOT_NULL },
    latitude: { type: 'number', minimum: -90, maximum: 90 },
    longitude: { type: 'number', minimum: -180, maximum: 180 },
    isDefault: { type: 'boolean', nullable: true, ...NOT_NULL },
  },
  required: [
    'userName',
    'telNumber',
    'provinceName',
    'cityName',
    'countyName',
    'detailInfo',
    'latitude',
    'longitude',
  ],
  additionalProperties: false,
};

/** `removeAddress` / `setDefaultAddress`: the address's id. */
export const addressIdInputSchema: Schema<AddressIdInput> = {
  type: 'object',
  properties: { id: documentIdSchema },
  required: ['id'],
  additionalProperties: false,
};

/** `listAddresses`: an empty object. */
export const listAddressesInputSchema: Schema<ListAddressesInput> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};
