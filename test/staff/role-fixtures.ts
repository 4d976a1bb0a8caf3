// Members and codes for the role-action tests, written schema-shaped through the local cloud's database.
import { newStaffCode } from '../../server/runtime/staff-code';
import { staffMemberId } from '../../server/repositories/staff-member-repository';
import type { StaffRole } from '../../server/repositories/staff-repository';
import type { TestCloud } from '../support/test-cloud';

/** Adds one active (or not) member of `storeId`; its staff id is `<storeId>_<openid>`, as joins make it. */
export function addMember(
  shop: TestCloud,
  storeId: string,
  openid: string,
  role: StaffRole,
  isActive = true,
): string {
  const at = new Date(shop.clock.now());
  const staffId = staffMemberId(storeId, openid);
  shop.cloud.database.insert('staff', [
    {
      _id: staffId,
      storeId,
      _openid: openid,
      role,
      displayName: openid,
      isActive,
      createdAt: at,
      updatedAt: at,
    },
  ]);
  return staffId;
}

/** Stores an owner setup code for `storeId` as the deploy script does; the code as typed. */
export function addOwnerSetupCode(shop: TestCloud, storeId: string, lifetimeMs: number): string {
  const issued = newStaffCode();
  const now = shop.clock.now();
  shop.cloud.database.insert('staff_codes', [
    {
      _id: issued.codeId,
      storeId,
      kind: 'owner_setup',
      role: 'owner',
      secretHash: issued.secretHash,
      state: 'open',
      createdBy: 'deploy',
      expiresAt: new Date(now + lifetimeMs),
      createdAt: new Date(now),
    },
  ]);
  return issued.code;
}

/** The stored staff record of (store, openid), if any. */
export function memberOf(
  shop: TestCloud,
  storeId: string,
  openid: string,
): Record<string, unknown> | undefined {
  return shop.cloud.database.find('staff', { storeId, _openid: openid })[0];
}

/** The audit entries with that action, oldest first. */
export function auditWith(shop: TestCloud, action: string): Array<Record<string, unknown>> {
  return shop.cloud.database
    .find('audit_log', { action })
    .sort((a, b) => new Date(a.createdAt as string).getTime() - new Date(b.createdAt as string).getTime());
}
