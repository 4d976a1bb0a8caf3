import type { TableOf } from '../../../i18n';
import type { staffTeamZh } from './team.zh-cn';

/** English texts of the team page: exactly the keys of the zh-CN section. */
export const staffTeamEn: TableOf<typeof staffTeamZh> = {
  'staff.team.title': 'Team',
  'staff.team.loading': 'Loading…',
  'staff.team.retry': 'Retry',
  'staff.team.empty': 'No staff yet',
  'staff.team.joined': 'Joined {date}',
  'staff.team.invite': 'Invite someone',
  'staff.team.inviteRole': 'Invite as',
  'staff.team.inviteCodeTitle': '{role} invite code',
  'staff.team.inviteCodeHint': 'Shown only this once: hand it to the person joining, who enters it',
  'staff.team.inviteExpires': 'Valid until {time}',
  'staff.team.copy': 'Copy the code',
  'staff.team.copied': 'Copied',
  'staff.team.changeRole': 'Change role',
  'staff.team.remove': 'Remove',
  'staff.team.removeTitle': 'Remove {name}?',
  'staff.team.removeContent': 'They lose access to this shop at once.',
  'staff.team.removed': 'Removed',
  'staff.team.roleChanged': 'Now {role}',
  'staff.team.lastOwner': 'The shop needs an owner: make someone else owner first',
  'staff.team.notify': 'Tell me when the team changes',
  'staff.team.notifyHint':
    'One WeChat message when someone joins, changes role or is removed (one per consent)',
  'staff.team.notifyOn': 'One notice turned on',
  'staff.team.notifyOff': 'Notices not turned on',
};
