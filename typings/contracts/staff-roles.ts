// Contract of the `staff` function's role actions: invites, the first owner, roles and removal. Each checks
// the caller's role in the staff collection (FORBIDDEN and nothing written otherwise).
import type { ActionContract } from './index';

/** A staff role, from the most to the least trusted. */
export type StaffRoleName = 'owner' | 'manager' | 'clerk' | 'kitchen';

/** `invite`: a role to invite someone to in one store. */
export interface StaffInviteInput {
  storeId: string;
  role: StaffRoleName;
}

/** The code to hand over (shown once; only its hash is kept) and until when it works. */
export interface StaffInviteOutput {
  code: string;
  role: StaffRoleName;
  expiresAt: string;
}

/** `join`: the invite code as typed (case, dashes and spaces ignored). */
export interface StaffJoinInput {
  code: string;
}

/** `claimOwner`: the store's one-time owner setup code. */
export interface StaffClaimOwnerInput {
  storeId: string;
  code: string;
}

/** One member as the owner and managers see them. */
export interface StaffMemberView {
  staffId: string;
  storeId: string;
  role: StaffRoleName;
  displayName: string;
  isActive: boolean;
  joinedAt: string;
}

/** `setRole`: one member's new role. */
export interface StaffSetRoleInput {
  staffId: string;
  role: StaffRoleName;
}

/** `remove` (the member's rights end at once): one member. */
export interface StaffRemoveInput {
  staffId: string;
}

/** `list`: one store. */
export interface StaffListInput {
  storeId: string;
}

/** The store's active members, owners first. */
export interface StaffListOutput {
  members: StaffMemberView[];
}

/** The role actions: who may do each is in docs/staff.md. */
export interface StaffRoleContracts {
  invite: ActionContract<StaffInviteInput, StaffInviteOutput>;
  join: ActionContract<StaffJoinInput, StaffMemberView>;
  claimOwner: ActionContract<StaffClaimOwnerInput, StaffMemberView>;
  setRole: ActionContract<StaffSetRoleInput, StaffMemberView>;
  remove: ActionContract<StaffRemoveInput, StaffMemberView>;
  list: ActionContract<StaffListInput, StaffListOutput>;
}
