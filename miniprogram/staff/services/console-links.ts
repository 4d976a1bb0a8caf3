// The staff home's links as data: each page of the console, who may open it, and its texts. Add a page with
// one entry (menu, settings, tables, figures, invoices, team…); only pages that exist are listed.
import type { StaffRoleName } from '../../../typings/contracts/staff-roles';
import type { StaffPlainKey } from '../i18n';

/** One link of the staff home. */
export interface ConsoleLink {
  key: string;
  url: string;
  roles: readonly StaffRoleName[];
  title: StaffPlainKey;
  hint: StaffPlainKey;
}

const EVERY_ROLE: readonly StaffRoleName[] = ['owner', 'manager', 'clerk', 'kitchen'];

/** The console's pages, in the order the home lists them. */
export const CONSOLE_LINKS: readonly ConsoleLink[] = [
  {
    key: 'board',
    url: '/staff/pages/board/index',
    roles: EVERY_ROLE,
    title: 'staff.board.link.board',
    hint: 'staff.board.link.boardHint',
  },
];

/** The links `role` may open. */
export function linksFor(role: StaffRoleName): ConsoleLink[] {
  return CONSOLE_LINKS.filter((link) => link.roles.includes(role));
}
