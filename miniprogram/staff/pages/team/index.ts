import type { StaffRoleName } from '../../../../typings/contracts/staff-roles';
import { appConfig } from '../../../config';
import { callCloud } from '../../../services/cloud';
import { askSubscribeConsent } from '../../../services/subscribe-consent';
import { session } from '../../../stores';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { chinaMinute, ROLE_CHOICES, roleText, toRow, type TeamRow } from './team-rows';

// The team page (owner; a manager sees the list and invites clerks and kitchen staff): the store's members with
// their roles, a one-time invite code shown big and copyable, a role change from an action sheet, removal after
// a confirm, and the owner's consent for the "staff changed" message. The server decides every step.
const TEXT_KEYS = {
  title: 'staff.team.title',
  loading: 'staff.team.loading',
  retry: 'staff.team.retry',
  empty: 'staff.team.empty',
  forbidden: 'staff.common.forbidden',
  invite: 'staff.team.invite',
  inviteHint: 'staff.team.inviteCodeHint',
  copy: 'staff.team.copy',
  changeRole: 'staff.team.changeRole',
  remove: 'staff.team.remove',
  notify: 'staff.team.notify',
  notifyHint: 'staff.team.notifyHint',
} as const;

/** What the page shows of a fresh invite: the code, for which role, until when. */
interface InviteCard {
  code: string;
  title: string;
  expiresText: string;
}

type IndexEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { index: number }
>;
type Failure = { code: Parameters<typeof errorText>[0]; details?: unknown };

/** The words for a refusal: the last-owner rule in its own words, the rest from the shared table. */
function failureText(error: Failure): string {
  const problem = (error.details as { problem?: unknown } | undefined)?.problem;
  return problem === 'LAST_OWNER' ? st('staff.team.lastOwner') : errorText(error.code);
}

Component({
  data: {
    /** The session's language (reading the session sets it for the text tables). */
    locale: session.locale,
    storeId: '',
    /** Owner-only controls (role change, removal) are drawn for the owner; the server checks regardless. */
    isOwner: true,
    loading: true,
    forbidden: false,
    errorMessage: '',
    members: [] as TeamRow[],
    invite: null as InviteCard | null,
    text: staffTexts(TEXT_KEYS),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const storeId = query.storeId ?? appConfig.defaultStoreId;
      this.setData({ storeId, isOwner: query.role !== 'manager', text: staffTexts(TEXT_KEYS) });
      return this.load();
    },
    onShow() {
      wx.setNavigationBarTitle({ title: st('staff.team.title') });
    },
    onRetry() {
      return this.load();
    },
    async load() {
      if (this.data.members.length === 0) this.setData({ loading: true, errorMessage: '' });
      const result = await callCloud('staff', 'list', { storeId: this.data.storeId });
      if (!result.ok) {
        if (result.error.code === 'FORBIDDEN') return this.setData({ loading: false, forbidden: true });
        return this.setData({ loading: false, errorMessage: errorText(result.error.code) });
      }
      return this.setData({ loading: false, errorMessage: '', members: result.data.members.map(toRow) });
    },
    /** Which role: the action sheet of roles, or undefined when dismissed. */
    async chooseRole(): Promise<StaffRoleName | undefined> {
      try {
        const { tapIndex } = await wx.showActionSheet({ itemList: ROLE_CHOICES.map(roleText) });
        return ROLE_CHOICES[tapIndex];
      } catch {
        return undefined;
      }
    },
    async onInvite() {
      const role = await this.chooseRole();
      if (!role) return;
      const result = await callCloud('staff', 'invite', { storeId: this.data.storeId, role });
      if (!result.ok) {
        wx.showToast({ title: failureText(result.error), icon: 'none' });
        return;
      }
      const invite: InviteCard = {
        code: result.data.code,
        title: st('staff.team.inviteCodeTitle', { role: roleText(result.data.role) }),
        expiresText: st('staff.team.inviteExpires', { time: chinaMinute(result.data.expiresAt) }),
      };
      this.setData({ invite });
    },
    async onCopy() {
      const code = this.data.invite?.code;
      if (!code) return;
      try {
        await wx.setClipboardData({ data: code });
      } catch {
        return; // not copied: the code stays on screen to copy by hand
      }
      wx.showToast({ title: st('staff.team.copied'), icon: 'none' });
    },
    async onChangeRole(event: IndexEvent) {
      const index = event.currentTarget.dataset.index;
      const member = this.data.members[index];
      const role = member ? await this.chooseRole() : undefined;
      if (!member || !role || role === member.role) return;
      const result = await callCloud('staff', 'setRole', { staffId: member.staffId, role });
      if (!result.ok) {
        wx.showToast({ title: failureText(result.error), icon: 'none' });
        return;
      }
      this.setData({ [`members[${String(index)}]`]: toRow(result.data) });
      wx.showToast({
        title: st('staff.team.roleChanged', { role: roleText(result.data.role) }),
        icon: 'none',
      });
    },
    async onRemove(event: IndexEvent) {
      const index = event.currentTarget.dataset.index;
      const member = this.data.members[index];
      if (!member) return;
      const { confirm } = await wx.showModal({
        title: st('staff.team.removeTitle', { name: member.displayName }),
        content: st('staff.team.removeContent'),
      });
      if (!confirm) return;
      const result = await callCloud('staff', 'remove', { staffId: member.staffId });
      if (!result.ok) {
        wx.showToast({ title: failureText(result.error), icon: 'none' });
        return;
      }
      this.setData({ members: this.data.members.filter((row) => row.staffId !== member.staffId) });
      wx.showToast({ title: st('staff.team.removed'), icon: 'none' });
    },
    /** The owner's tap: may the shop tell them when the team changes? The answer is recorded. */
    async onNotify() {
      const { staffChange } = appConfig.subscribeTemplates;
      const accepted = (await askSubscribeConsent([staffChange])).includes(staffChange);
      wx.showToast({ title: st(accepted ? 'staff.team.notifyOn' : 'staff.team.notifyOff'), icon: 'none' });
    },
  },
});
