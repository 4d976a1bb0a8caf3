// The demo café's staff as the staff tests use them, added as the shop's admin may add them by hand (through
// the SDK, besides invites), and paid orders for them to work on.
import { staffMemberId } from '../../server/repositories/staff-member-repository';
import type { StaffRole } from '../../server/repositories/staff-repository';
import { customer, payInSandbox } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { DEMO_STORE, type TestCloud } from '../support/test-cloud';

/** One active member of the demo store per role, by role. */
export const STAFF: Readonly<Record<StaffRole, string>> = {
  owner: 'o-staff-owner',
  manager: 'o-staff-manager',
  clerk: 'o-staff-clerk',
  kitchen: 'o-staff-kitchen',
};

/** A clerk who left (isActive false) and a manager of another store. */
export const FORMER_CLERK = 'o-staff-former-clerk';
export const OTHER_STORE_MANAGER = 'o-staff-elsewhere';

/** Writes the staff documents, schema-shaped, through the local cloud's database. */
export function addStaff(shop: TestCloud): void {
  const at = new Date(shop.clock.now());
  const member = (storeId: string, openid: string, role: StaffRole, isActive = true) => ({
    _id: staffMemberId(storeId, openid),
    storeId,
    _openid: openid,
    role,
    displayName: openid,
    isActive,
    createdAt: at,
    updatedAt: at,
  });
  shop.cloud.database.insert('staff', [
    ...Object.entries(STAFF).map(([role, openid]) => member(DEMO_STORE, openid, role as StaffRole)),
    member(DEMO_STORE, FORMER_CLERK, 'clerk', false),
    member('store-elsewhere', OTHER_STORE_MANAGER, 'manager'),
  ]);
}

/** A paid pickup order of one americano placed by `openid`; its id. */
export async function paidOrder(shop: TestCloud, openid: string): Promise<string> {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-americano'));
  const placed = dataOf(await buyer.place());
  await payInSandbox(shop, placed.payment);
  return placed.order.id;
}

/** Calls a staff action as `openid`. */
export function staffCall(shop: TestCloud, openid: string, action: 'accept' | 'markReady', orderId: string) {
  return shop.call('staff', action, { orderId }, openid);
}

/** The audit entries about one order, oldest first. */
export function auditOf(shop: TestCloud, orderId: string): Array<Record<string, unknown>> {
  return shop.cloud.database
    .find('audit_log', { targetId: orderId })
    .sort((a, b) => new Date(a.createdAt as string).getTime() - new Date(b.createdAt as string).getTime());
}
