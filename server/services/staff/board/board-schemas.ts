// Input schemas of the board's actions.
import type { StaffBoardInput, StaffRejectInput } from '../../../../typings/contracts/staff-board';
import type { Schema } from '../../../runtime/validation';
import { documentIdSchema, NOT_NULL } from '../../schema-fragments';

/** `me`: nothing. */
export const staffMeInputSchema: Schema<Record<string, never>> = {
  type: 'object',
  required: [],
  additionalProperties: false,
};

const ORDER_ID = { type: 'string', minLength: 1, maxLength: 24, pattern: '^[A-Za-z0-9]+$' } as const;

/** `board`: a store, optionally up to 9 distinct statuses and one mode, and a cursor. */
export const staffBoardInputSchema: Schema<StaffBoardInput> = {
  type: 'object',
  properties: {
    storeId: { ...documentIdSchema },
    statuses: {
      type: 'array',
      nullable: true,
      ...NOT_NULL,
      minItems: 1,
      maxItems: 9,
      uniqueItems: true,
      items: {
        type: 'string',
        enum: [
          'PENDING_PAYMENT',
          'PAID',
          'ACCEPTED',
          'READY',
          'COMPLETED',
          'CANCELLED',
          'EXPIRED',
          'REFUNDING',
          'REFUNDED',
        ],
      },
    },
    mode: { type: 'string', nullable: true, ...NOT_NULL, enum: ['dine_in', 'pickup', 'delivery'] },
    cursor: { type: 'string', nullable: true, ...NOT_NULL, minLength: 1, maxLength: 200 },
  },
  required: ['storeId'],
  additionalProperties: false,
};

/** `reject`: the order, the refund's request id (as staff.refund's), a reason of 1–60 characters. */
export const staffRejectInputSchema: Schema<StaffRejectInput> = {
  type: 'object',
  properties: {
    orderId: ORDER_ID,
    requestId: { type: 'string', minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
    reason: { type: 'string', minLength: 1, maxLength: 60, pattern: '\\S' },
  },
  required: ['orderId', 'requestId', 'reason'],
  additionalProperties: false,
};
