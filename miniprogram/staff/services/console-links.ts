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
  {
    key: 'menu',
    url: '/staff/pages/menu/index',
    roles: EVERY_ROLE,
    title: 'staff.board.link.menu',
    hint: 'staff.board.link.menuHint',
  },
  {
    key: 'settings',
    url: '/staff/pages/settings/index',
    roles: ['owner', 'manager', 'clerk'],
    title: 'staff.board.link.settings',
    hint: 'staff.board.link.settingsHint',
  },
  {
    key: 'tables',
    url: '/staff/pages/tables/index',
    roles: ['owner', 'manager', 'clerk'],
    title: 'staff.board.link.tables',
    hint: 'staff.board.link.tablesHint',
  },
  {
    key: 'figures',
    url: '/staff/pages/figures/index',
    roles: ['owner', 'manager'],
    title: 'staff.board.link.figures',
    hint: 'staff.board.link.figuresHint',
  },
  {
    key: 'invoices',
    url: '/staff/pages/invoices/index',
    roles: ['owner', 'manager', 'clerk'],
    title: 'staff.board.link.invoices',
    hint: 'staff.board.link.invoicesHint',
  },
  {
    key: 'team',
    url: '/staff/pages/team/index',
    roles: ['owner', 'manager'],
    title: 'staff.board.link.team',
    hint: 'staff.board.link.teamHint',
  },
];

/** The links `role` may open. */
export function linksFor(role: StaffRoleName): ConsoleLink[] {
  return CONSOLE_LINKS.filter((link) => link.roles.includes(role));
}
