// Input schemas of staff.tables, staff.saveTable and staff.tableCode.
import type { SaveTableInput, TableCodeInput } from '../../../../typings/contracts/staff-settings';
import type { Schema } from '../../../runtime/validation';
import { documentIdSchema, NOT_NULL } from '../../schema-fragments';

/** A table id: the scene of its code, so at most 32 characters. */
const tableId = { type: 'string', minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' } as const;

export const saveTableInputSchema: Schema<SaveTableInput> = {
  type: 'object',
  properties: {
    storeId: { ...documentIdSchema },
    tableId: { ...tableId, nullable: true, ...NOT_NULL },
    code: { type: 'string', pattern: '^[A-Z][0-9]{2}$', nullable: true, ...NOT_NULL },
    name: { type: 'string', minLength: 1, maxLength: 40, nullable: true, ...NOT_NULL },
    nameEn: { type: 'string', minLength: 1, maxLength: 80, nullable: true, ...NOT_NULL },
    seats: { type: 'integer', minimum: 1, maximum: 20, nullable: true, ...NOT_NULL },
    isActive: { type: 'boolean', nullable: true, ...NOT_NULL },
  },
  required: ['storeId'],
  additionalProperties: false,
};

export const tableCodeInputSchema: Schema<TableCodeInput> = {
  type: 'object',
  properties: { storeId: { ...documentIdSchema }, tableId },
  required: ['storeId', 'tableId'],
  additionalProperties: false,
};
