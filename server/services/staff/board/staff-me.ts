// staff.me: the stores the caller works at and in which role; a customer gets an empty list (not FORBIDDEN),
// so the me page can ask everyone and show the shop console only to staff.
import type { StaffMeOutput } from '../../../../typings/contracts/staff-board';
import { loadStore } from '../../../repositories/catalog-repository';
import { listActiveMemberships } from '../../../repositories/staff-board-repository';
import type { Caller } from '../../../runtime/router';

/** The caller's active memberships with their stores' names (one read, plus one per store). */
export async function staffMe(caller: Caller): Promise<StaffMeOutput> {
  const members = await listActiveMemberships(caller.openid);
  const stores = await Promise.all(members.map((member) => loadStore(member.storeId)));
  return {
    memberships: members.map((member, index) => ({
      storeId: member.storeId,
      storeName: stores[index]?.name ?? member.storeId,
      storeNameEn: stores[index]?.nameEn ?? stores[index]?.name ?? member.storeId,
      role: member.role,
      displayName: member.displayName,
    })),
  };
}
