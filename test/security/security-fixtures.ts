// Who the security tests sign in as: the demo store's seeded staff, a member who left, another store's manager
// and customers; pages' `wx.cloud` as each of them; and a watch whose snapshots and errors a test awaits.
import { createWxCloud, type WxCloudClient } from '../../emulator/src/client/wx-cloud';
import type { WatchSnapshot } from '../../emulator/src/client/client-db-wire';
import { staffMemberId } from '../../server/repositories/staff-member-repository';
import type { StaffRole } from '../../server/repositories/staff-repository';
import { until } from '../support/customer-phone';
import { DEMO_STORE, type TestCloud } from '../support/test-cloud';

/** The demo seed's active members of the demo store, one per role. */
export const DEMO_STAFF: Readonly<Record<StaffRole, string>> = {
  owner: 'o-demo-owner',
  manager: 'o-preview-manager',
  clerk: 'o-preview-clerk',
  kitchen: 'o-preview-kitchen',
};

/** A clerk of the demo store who left (isActive false), and an active manager of another store. */
export const FORMER_CLERK = 'o-security-former-clerk';
export const OTHER_STORE = 'store-security-elsewhere';
export const OTHER_STORE_MANAGER = 'o-security-elsewhere';

/** The board's statuses: what the staff follow live. */
export const BOARD_STATUSES = ['PAID', 'ACCEPTED', 'READY'];

/** The errCode `wx.cloud` reports when security rules refuse a request. */
export const PERMISSION_DENIED = -502003;

/** Adds the member who left and the other store's manager, schema-shaped, with their deterministic ids. */
export function addNonMembers(shop: TestCloud): void {
  const at = new Date(shop.clock.now());
  const member = (storeId: string, openid: string, role: StaffRole, isActive: boolean) => ({
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
    member(DEMO_STORE, FORMER_CLERK, 'clerk', false),
    member(OTHER_STORE, OTHER_STORE_MANAGER, 'manager', true),
  ]);
}

/** `wx.cloud` of a page signed in as `openid`, initialised. */
export function pageAs(shop: TestCloud, openid: string): WxCloudClient {
  const cloud = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid });
  cloud.init();
  return cloud;
}

/** The board's query: the store's orders in the board's statuses, as the staff pages write it. */
export function boardQuery(cloud: WxCloudClient, storeId = DEMO_STORE) {
  const db = cloud.database();
  return db.collection('orders').where({ storeId, status: db.command.in(BOARD_STATUSES) });
}

/** The errCode a rejected call carries (fails the test when it resolves). */
export async function errCodeOf(call: Promise<unknown>): Promise<number> {
  const outcome = await call.then(
    () => undefined,
    (error: { errCode?: number }) => error.errCode,
  );
  if (outcome === undefined) throw new Error('the call succeeded although it should be refused');
  return outcome;
}

/** A watch's snapshots and its one error, in arrival order. */
export class WatchLog {
  readonly snapshots: WatchSnapshot[] = [];
  readonly errors: Array<Error & { errCode?: number }> = [];
  readonly options = {
    onChange: (snapshot: WatchSnapshot) => void this.snapshots.push(snapshot),
    onError: (error: Error) => void this.errors.push(error),
  };

  /** Waits for the `count`-th snapshot (1-based), or the error that ended the watch. */
  async snapshot(count: number): Promise<WatchSnapshot> {
    await until(() => this.snapshots.length >= count || this.errors.length > 0);
    const snapshot = this.snapshots[count - 1];
    if (!snapshot) throw this.errors[0] ?? new Error(`no snapshot ${count}`);
    return snapshot;
  }

  /** Waits for the error that ends the watch; its errCode. */
  async errCode(): Promise<number | undefined> {
    await until(() => this.errors.length > 0);
    return this.errors[0]?.errCode;
  }
}

/** The ids of the orders a snapshot holds. */
export function idsIn(snapshot: WatchSnapshot): string[] {
  return snapshot.docs.map((doc) => String((doc as { _id?: unknown })._id));
}
