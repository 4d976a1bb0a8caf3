// `staff.list`: the store's active members, for its owner and managers.
import type { StaffListInput, StaffListOutput } from '../../../../typings/contracts/staff-roles';
import { listActiveStaff } from '../../../repositories/staff-member-repository';
import type { Caller } from '../../../runtime/router';
import { memberView } from './member-view';
import { requireMember } from './role-access';
import { LISTS_MEMBERS } from './role-rules';

export async function listStaff(
  input: StaffListInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffListOutput> {
  const target = { storeId: input.storeId, targetCollection: 'stores', targetId: input.storeId } as const;
  await requireMember(caller, 'list', target, (m) => LISTS_MEMBERS.includes(m.role), nowMs);
  return { members: (await listActiveStaff(input.storeId)).map(memberView) };
}
