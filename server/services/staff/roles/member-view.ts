// A staff record as the role actions answer it (no openid).
import type { StaffMemberView } from '../../../../typings/contracts/staff-roles';
import type { StaffRecord } from '../../../repositories/staff-repository';

export function memberView(member: StaffRecord): StaffMemberView {
  return {
    staffId: member._id,
    storeId: member.storeId,
    role: member.role,
    displayName: member.displayName,
    isActive: member.isActive,
    joinedAt: new Date(member.createdAt).toISOString(),
  };
}
