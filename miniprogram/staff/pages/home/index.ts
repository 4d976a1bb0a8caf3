import type { StaffMembership } from '../../../../typings/contracts/staff-board';
import type { ErrorCode } from '../../../../typings/result';
import { getLocale, texts } from '../../../i18n';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { linksFor } from '../../services/console-links';
import {
  chooseStaffStore,
  currentStaffStore,
  loadStaffSession,
  staffMemberships,
} from '../../services/staff-session';

type PageState = 'loading' | 'error' | 'forbidden' | 'ready';

const TEXT_KEYS = {
  title: 'staff.board.homeTitle',
  switchStore: 'staff.board.switchStore',
  notStaff: 'staff.common.notStaff',
} as const;

/** What the home draws of the chosen store. */
function storeView(member: StaffMembership) {
  const en = getLocale() === 'en';
  return {
    storeId: member.storeId,
    storeName: en ? member.storeNameEn : member.storeName,
    roleText: st('staff.board.yourRole', { role: st(`staff.common.role.${member.role}`) }),
    links: linksFor(member.role).map((link) => ({
      key: link.key,
      // The pages read the store (and the role, to hide what it may not do) from their query.
      url: `${link.url}?storeId=${encodeURIComponent(member.storeId)}&role=${member.role}`,
      title: st(link.title),
      hint: st(link.hint),
    })),
  };
}

// The staff console's home: the chosen store and your role there, a store switch when you work at several,
// and the console's pages your role may open (staff/services/console-links.ts). Read again on every show.
Component({
  data: {
    state: 'loading' as PageState,
    errorMessage: '',
    store: null as ReturnType<typeof storeView> | null,
    hasSeveral: false,
    text: staffTexts(TEXT_KEYS),
    common: texts({ loading: 'common.loading', retry: 'common.retry' }),
  },
  methods: {
    onShow() {
      this.setData({
        text: staffTexts(TEXT_KEYS),
        common: texts({ loading: 'common.loading', retry: 'common.retry' }),
      });
      wx.setNavigationBarTitle({ title: this.data.text.title });
      return this.read();
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read();
    },
    async read() {
      const result = await loadStaffSession();
      if (!result.ok) return this.showError(result.error.code);
      return this.draw();
    },
    draw() {
      const member = currentStaffStore();
      if (!member) {
        this.setData({ state: 'forbidden', store: null });
        return;
      }
      this.setData({ state: 'ready', store: storeView(member), hasSeveral: staffMemberships().length > 1 });
    },
    showError(code: ErrorCode) {
      this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    onLink(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { url: string }>,
    ) {
      return wx.navigateTo({ url: event.currentTarget.dataset.url });
    },
    async onSwitchStore() {
      const members = staffMemberships();
      const en = getLocale() === 'en';
      try {
        const answer = await wx.showActionSheet({
          itemList: members.map((m) => (en ? m.storeNameEn : m.storeName)),
        });
        const chosen = members[answer.tapIndex];
        if (chosen) chooseStaffStore(chosen.storeId);
        this.draw();
      } catch {
        // the sheet was cancelled: nothing changes
      }
    },
  },
});
