// Input schema of staff.refund: the order, the client's request id, and an amount or lines (at most 50).
import type { StaffRefundInput } from '../../../typings/contracts/staff';
import type { Schema } from '../../runtime/validation';
import { NOT_NULL } from '../schema-fragments';

/** `refund`: fen as integers; a reason the refunds collection keeps (cut to 80 characters). */
export const staffRefundInputSchema: Schema<StaffRefundInput> = {
  type: 'object',
  properties: {
    orderId: { type: 'string', minLength: 1, maxLength: 24, pattern: '^[A-Za-z0-9]+$' },
    requestId: { type: 'string', minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
    amountFen: { type: 'integer', minimum: 1, maximum: 10_000_000, nullable: true, ...NOT_NULL },
    lines: {
      type: 'array',
      nullable: true,
      ...NOT_NULL,
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          lineId: { type: 'string', minLength: 1, maxLength: 200 },
          quantity: { type: 'integer', minimum: 1, maximum: 999 },
          notMade: { type: 'boolean', nullable: true, ...NOT_NULL },
        },
        required: ['lineId', 'quantity'],
        additionalProperties: false,
      },
    },
    reason: { type: 'string', minLength: 1, maxLength: 80 },
  },
  required: ['orderId', 'requestId', 'reason'],
  additionalProperties: false,
};
