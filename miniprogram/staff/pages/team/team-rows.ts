// The team page's rows and times: members as shown (role in words, join date), and China-time texts. Pure.
import type { StaffMemberView, StaffRoleName } from '../../../../typings/contracts/staff-roles';
import { st } from '../../i18n';

/** Roles in the order the invite and role sheets offer them. */
export const ROLE_CHOICES: readonly StaffRoleName[] = ['clerk', 'kitchen', 'manager', 'owner'];

/** One member as the page draws them. */
export interface TeamRow {
  staffId: string;
  displayName: string;
  role: StaffRoleName;
  roleText: string;
  joinedText: string;
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const two = (value: number) => String(value).padStart(2, '0');

/** `2026-12-02` in China time. */
export function chinaDate(iso: string): string {
  const at = new Date(Date.parse(iso) + CHINA_OFFSET_MS);
  return `${String(at.getUTCFullYear())}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}`;
}

/** `2026-12-05 15:28` in China time. */
export function chinaMinute(iso: string): string {
  const at = new Date(Date.parse(iso) + CHINA_OFFSET_MS);
  return `${chinaDate(iso)} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}

/** A role in words, in the current language. */
export function roleText(role: StaffRoleName): string {
  return st(`staff.common.role.${role}`);
}

/** A member as a row. */
export function toRow(member: StaffMemberView): TeamRow {
  return {
    staffId: member.staffId,
    displayName: member.displayName,
    role: member.role,
    roleText: roleText(member.role),
    joinedText: st('staff.team.joined', { date: chinaDate(member.joinedAt) }),
  };
}
