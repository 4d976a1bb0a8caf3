// The `staff` collection: who may run a store, and in which role (clients can neither read nor write it).
import { database, readList } from '../runtime/cloud';

/** A staff role, from the most to the least trusted. */
export type StaffRole = 'owner' | 'manager' | 'clerk' | 'kitchen';

/** A staff member as stored (database/collections/staff.schema.json). */
export interface StaffRecord {
  _id: string;
  storeId: string;
  _openid: string;
  role: StaffRole;
  displayName: string;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The caller's staff membership of `storeId`, active or not, if any (one read on the unique store+openid index). */
export async function findStaffMembership(storeId: string, openid: string): Promise<StaffRecord | undefined> {
  const [member] = await readList<StaffRecord>(
    database().collection('staff').where({ storeId, _openid: openid }).limit(1),
  );
  return member;
}
