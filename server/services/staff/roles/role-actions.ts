// The role actions of the `staff` function, registered in its index.ts with one spread.
import { defineAction } from '../../../runtime/router';
import { changeMember } from './change-member';
import { invite } from './invite';
import { listStaff } from './list-staff';
import { redeemCode } from './redeem-code';
import {
  claimOwnerInputSchema,
  inviteInputSchema,
  joinInputSchema,
  listInputSchema,
  removeInputSchema,
  setRoleInputSchema,
} from './role-schemas';

/** invite, join, claimOwner, setRole, remove, list (who may: docs/staff.md). */
export const staffRoleActions = {
  invite: defineAction({
    input: inviteInputSchema,
    requiresUser: true,
    handle: (input, caller) => invite(input, caller, Date.now()),
  }),
  join: defineAction({
    input: joinInputSchema,
    requiresUser: true,
    handle: (input, caller) => redeemCode('invite', input.code, undefined, caller, Date.now()),
  }),
  claimOwner: defineAction({
    input: claimOwnerInputSchema,
    requiresUser: true,
    handle: (input, caller) => redeemCode('owner_setup', input.code, input.storeId, caller, Date.now()),
  }),
  setRole: defineAction({
    input: setRoleInputSchema,
    requiresUser: true,
    handle: (input, caller) =>
      changeMember(input.staffId, { action: 'setRole', role: input.role }, caller, Date.now()),
  }),
  remove: defineAction({
    input: removeInputSchema,
    requiresUser: true,
    handle: (input, caller) => changeMember(input.staffId, { action: 'remove' }, caller, Date.now()),
  }),
  list: defineAction({
    input: listInputSchema,
    requiresUser: true,
    handle: (input, caller) => listStaff(input, caller, Date.now()),
  }),
};
