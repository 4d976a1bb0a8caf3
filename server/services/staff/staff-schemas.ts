// Input schema of the staff actions: one order id as orders make them.
import type { StaffOrderInput } from '../../../typings/contracts/staff';
import type { Schema } from '../../runtime/validation';

/** `accept` / `markReady`: one order (up to 24 letters and digits, see domain/order-ids). */
export const staffOrderInputSchema: Schema<StaffOrderInput> = {
  type: 'object',
  properties: { orderId: { type: 'string', minLength: 1, maxLength: 24, pattern: '^[A-Za-z0-9]+$' } },
  required: ['orderId'],
  additionalProperties: false,
};
