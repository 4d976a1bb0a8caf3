// The board's actions of the `staff` function, registered in its index.ts with one spread.
import { defineAction } from '../../../runtime/router';
import { staffOrderInputSchema } from '../staff-schemas';
import { staffBoardInputSchema, staffMeInputSchema, staffRejectInputSchema } from './board-schemas';
import { completeOrder } from './complete-order';
import { rejectOrder } from './reject-order';
import { staffMe } from './staff-me';
import { staffOrderDetail } from './staff-order-detail';
import { storeBoard } from './store-board';

/** me (anyone), board and order (any active staff), reject (see REJECT_ROLES), complete (front of house). */
export const staffBoardActions = {
  me: defineAction({
    input: staffMeInputSchema,
    requiresUser: true,
    handle: (_input, caller) => staffMe(caller),
  }),
  board: defineAction({
    input: staffBoardInputSchema,
    requiresUser: true,
    handle: (input, caller) => storeBoard(input, caller, Date.now()),
  }),
  order: defineAction({
    input: staffOrderInputSchema,
    requiresUser: true,
    handle: (input, caller) => staffOrderDetail(input, caller, Date.now()),
  }),
  reject: defineAction({
    input: staffRejectInputSchema,
    requiresUser: true,
    handle: (input, caller) => rejectOrder(input, caller, Date.now()),
  }),
  complete: defineAction({
    input: staffOrderInputSchema,
    requiresUser: true,
    handle: (input, caller) => completeOrder(input, caller, Date.now()),
  }),
};
