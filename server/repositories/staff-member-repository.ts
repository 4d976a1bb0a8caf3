// Writes and lists of the `staff` collection for the role actions (invites, roles, removal).
import { database, readCount, readList, updateCount } from '../runtime/cloud';
import type { StaffRecord, StaffRole } from './staff-repository';

/** Most members one store lists (one read). */
export const STAFF_LIST_LIMIT = 100;

const staff = () => database().collection('staff');

/**
 * The one member id of (store, openid): `${storeId}_${openid}`, so concurrent joins of one person meet on one
 * document, and the orders read rule finds the caller's record with get(`database.staff.${doc.storeId}_${auth.openid}`).
 * Both parts are [A-Za-z0-9_-] (the schema's id pattern); the rule builds the very same text.
 */
export function staffMemberId(storeId: string, openid: string): string {
  return `${storeId}_${openid}`;
}

/** The member of that id, if any. */
export async function findStaffById(staffId: string): Promise<StaffRecord | undefined> {
  const [member] = await readList<StaffRecord>(staff().where({ _id: staffId }).limit(1));
  return member;
}

/** Adds a new member (throws the duplicate-key error when that store and person already have a record). */
export async function addStaffMember(member: StaffRecord): Promise<void> {
  await staff().add({ data: member });
}

/**
 * Sets the member's role and activity if the record is still as `seen` (role and isActive); true when it
 * was, so a concurrent change of the same member is not overwritten.
 */
export async function updateStaffMember(
  seen: StaffRecord,
  change: { role: StaffRole; isActive: boolean },
  nowMs: number,
): Promise<boolean> {
  const changed = await updateCount(
    staff().where({ _id: seen._id, role: seen.role, isActive: seen.isActive }),
    { ...change, updatedAt: new Date(nowMs) },
  );
  return changed === 1;
}

/** How many active owners the store has. */
export async function countActiveOwners(storeId: string): Promise<number> {
  return readCount(staff().where({ storeId, role: 'owner', isActive: true }));
}

/** The store's active members, owners first, then by when they joined. */
export async function listActiveStaff(storeId: string): Promise<StaffRecord[]> {
  const members = await readList<StaffRecord>(
    staff().where({ storeId, isActive: true }).orderBy('createdAt', 'asc').limit(STAFF_LIST_LIMIT),
  );
  const rank: Record<StaffRole, number> = { owner: 0, manager: 1, clerk: 2, kitchen: 3 };
  return members.sort((a, b) => rank[a.role] - rank[b.role]);
}
