// The staff member's session: the stores they work at (from staff.me) and the one chosen, remembered on the
// phone so the console opens where they left it. Staff pages read it; the main package never imports it.
import type { StaffMembership } from '../../../typings/contracts/staff-board';
import type { Result } from '../../../typings/result';
import { callCloud } from '../../services/cloud';
// The customer session holds the remembered language: loading it makes st() speak it on a staff page opened first.
import '../../stores';

/** Where the chosen store id is remembered. */
const CHOSEN_STORE_KEY = 'diandan.staff.store.v1';

let memberships: StaffMembership[] = [];

/** Reads the caller's memberships again (staff.me); an empty list means not staff anywhere. */
export async function loadStaffSession(): Promise<Result<StaffMembership[]>> {
  const result = await callCloud('staff', 'me', {});
  if (result.ok) memberships = result.data.memberships;
  return result.ok ? { ok: true, data: memberships } : result;
}

/** The memberships last read. */
export function staffMemberships(): readonly StaffMembership[] {
  return memberships;
}

/** The chosen store and the caller's role there (the remembered one, else the first), or null when not staff. */
export function currentStaffStore(): StaffMembership | null {
  const remembered = wx.getStorageSync(CHOSEN_STORE_KEY) as unknown;
  return memberships.find((member) => member.storeId === remembered) ?? memberships[0] ?? null;
}

/** Chooses the store the console works on (one the caller is staff of). */
export function chooseStaffStore(storeId: string): void {
  if (memberships.some((member) => member.storeId === storeId)) wx.setStorageSync(CHOSEN_STORE_KEY, storeId);
}

/** The chosen store, reading staff.me first when nothing was read yet (a page opened directly). */
export async function ensureStaffStore(): Promise<Result<StaffMembership | null>> {
  if (memberships.length > 0) return { ok: true, data: currentStaffStore() };
  const loaded = await loadStaffSession();
  return loaded.ok ? { ok: true, data: currentStaffStore() } : loaded;
}
