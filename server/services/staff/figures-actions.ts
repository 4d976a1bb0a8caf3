// The figures action of the `staff` function, registered in its index.ts with one spread.
import type { StaffFiguresInput } from '../../../typings/contracts/staff-figures';
import { defineAction } from '../../runtime/router';
import type { Schema } from '../../runtime/validation';
import { documentIdSchema } from '../schema-fragments';
import { storeFigures } from './store-figures';

/** `figures`: a store id and `today` or `week`. */
export const staffFiguresInputSchema: Schema<StaffFiguresInput> = {
  type: 'object',
  properties: {
    storeId: { ...documentIdSchema },
    period: { type: 'string', enum: ['today', 'week'] },
  },
  required: ['storeId', 'period'],
  additionalProperties: false,
};

/** figures: the store's sales figures for today or the week (owner and manager). */
export const staffFigureActions = {
  figures: defineAction({
    input: staffFiguresInputSchema,
    requiresUser: true,
    handle: (input, caller) => storeFigures(input, caller, Date.now()),
  }),
};
