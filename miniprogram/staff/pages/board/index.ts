import type { OrderMode } from '../../../../typings/contracts/order';
import type { StaffBoardOutput, StaffMembership } from '../../../../typings/contracts/staff-board';
import type { ErrorCode } from '../../../../typings/result';
import { t, texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { changedPaths } from '../../../utils/changed-paths';
import { errorText } from '../../../utils/error-text';
import { perInstance } from '../../../utils/per-instance';
import { st, staffTexts } from '../../i18n';
import { orderCard, type OrderCard } from '../../services/board-card';
import { watchBoard, type BoardWatch } from '../../services/board-watch';
import type { CardAction } from '../../services/card-actions';
import { createNewOrderAlert, type NewOrderAlert } from '../../services/new-order-alert';
import { takeOrderStep } from '../../services/order-steps';
import { ensureStaffStore } from '../../services/staff-session';
import { BOARD_FILTERS, FILTER_ORDER, isBoardFilter, MODE_ORDER, type BoardFilter } from './board-filters';

type PageState = 'loading' | 'error' | 'forbidden' | 'ready';

const TEXT_KEYS = {
  empty: 'staff.board.empty',
  liveOff: 'staff.board.liveOff',
  more: 'staff.board.more',
  notStaff: 'staff.common.notStaff',
} as const;

/** What one open board keeps besides its data: the watch, the alert, the member, the read in flight. */
interface Live {
  watch: BoardWatch | null;
  alert: NewOrderAlert;
  member: StaffMembership | null;
  reads: number;
}
const live = perInstance<Live>(() => ({ watch: null, alert: createNewOrderAlert(), member: null, reads: 0 }));

/** The state chips with their counts and the unseen badge (on New). */
function chipsOf(counts: StaffBoardOutput['counts'] | null, unseen: number) {
  return FILTER_ORDER.map((key) => ({
    key,
    text: st(`staff.board.filter.${key}`),
    count: counts ? counts[BOARD_FILTERS[key].counted] : 0,
    unseen: key === 'new' ? unseen : 0,
  }));
}

function modesOf() {
  return MODE_ORDER.map((key) => ({ key, text: key === '' ? st('staff.board.mode.all') : t(`mode.${key}`) }));
}

// The live order board: the chosen store's orders by state (new, making, ready, done) and mode, followed with
// watch(); each change re-reads staff.board (the server's view), and a newly paid order chimes, vibrates and
// counts on the New chip and in the title (a non-tab page has no tab badge) until the member looks at New.
// Cards carry the buttons the member's role has; a failed ticket shows with a reprint button.
Component({
  data: {
    state: 'loading' as PageState,
    errorMessage: '',
    filter: 'new' as BoardFilter,
    mode: '' as OrderMode | '',
    chips: chipsOf(null, 0),
    modes: modesOf(),
    cards: [] as OrderCard[],
    counts: null as StaffBoardOutput['counts'] | null,
    unseen: 0,
    nextCursor: null as string | null,
    busyId: '',
    isLive: false,
    text: staffTexts(TEXT_KEYS),
    common: texts({ loading: 'common.loading', retry: 'common.retry' }),
  },
  methods: {
    async onShow() {
      this.setData({
        text: staffTexts(TEXT_KEYS),
        modes: modesOf(),
        chips: chipsOf(this.data.counts, this.data.unseen),
      });
      this.drawTitle();
      const found = await ensureStaffStore();
      if (!found.ok) return this.showError(found.error.code);
      if (!found.data) return this.setData({ state: 'forbidden' });
      live.of(this).member = found.data;
      await this.read();
      this.follow();
      return undefined;
    },
    onHide() {
      this.stopWatch();
    },
    onUnload() {
      this.stopWatch();
      const state = live.of(this);
      state.alert.destroy();
      // Answers still on their way find no member and draw nothing.
      state.member = null;
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.onShow();
    },
    stopWatch() {
      const state = live.of(this);
      state.watch?.close();
      state.watch = null;
      if (this.data.isLive) this.setData({ isLive: false });
    },
    /** Follows the store's live orders; a stop shows "live off" and the next show starts again. */
    follow() {
      const state = live.of(this);
      if (!state.member || state.watch) return;
      state.watch = watchBoard(
        state.member.storeId,
        ({ newPaidIds }) => {
          if (!this.data.isLive) this.setData({ isLive: true });
          if (newPaidIds.length > 0) this.announce(newPaidIds.length);
          // Every snapshot reads the server's view again (the first too: an order may have come in between).
          void this.read();
        },
        () => {
          state.watch = null;
          this.setData({ isLive: false });
        },
      );
    },
    /** New paid orders: chime, vibrate, count them on the New chip and in the title. */
    announce(count: number) {
      live.of(this).alert.ring();
      const unseen = this.data.unseen + count;
      this.setData({ unseen, 'chips[0].unseen': unseen });
      this.drawTitle();
    },
    drawTitle() {
      const unseen = this.data.unseen;
      wx.setNavigationBarTitle({
        title: unseen > 0 ? st('staff.board.titleUnseen', { count: unseen }) : st('staff.board.title'),
      });
    },
    /** Reads the board's first page for the chosen filters and draws what changed. */
    async read() {
      const state = live.of(this);
      if (!state.member) return;
      const ticket = ++state.reads;
      const result = await callCloud('staff', 'board', this.boardInput(state.member));
      if (ticket !== state.reads || !state.member) return;
      if (!result.ok) {
        if (this.data.state === 'ready') wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        else this.showError(result.error.code);
        return;
      }
      this.draw(result.data, state.member.role);
    },
    boardInput(member: StaffMembership) {
      return {
        storeId: member.storeId,
        statuses: BOARD_FILTERS[this.data.filter].statuses,
        ...(this.data.mode !== '' && { mode: this.data.mode }),
      };
    },
    draw(board: StaffBoardOutput, role: StaffMembership['role']) {
      const cards = board.orders.map((order) => orderCard(order, role));
      const next = {
        cards,
        counts: board.counts,
        chips: chipsOf(board.counts, this.data.unseen),
        nextCursor: board.nextCursor,
      };
      if (this.data.state !== 'ready' || cards.length !== this.data.cards.length) {
        this.setData({ state: 'ready', ...next });
        return;
      }
      const paths = {
        ...changedPaths(this.data.cards, cards, 'cards'),
        ...changedPaths(this.data.chips, next.chips, 'chips'),
        ...changedPaths(this.data.counts, next.counts, 'counts'),
        ...(this.data.nextCursor !== next.nextCursor && { nextCursor: next.nextCursor }),
      };
      if (Object.keys(paths).length > 0) this.setData(paths);
    },
    async onMore() {
      const member = live.of(this).member;
      if (!member || !this.data.nextCursor) return;
      const result = await callCloud('staff', 'board', {
        ...this.boardInput(member),
        cursor: this.data.nextCursor,
      });
      if (!result.ok) return void wx.showToast({ title: errorText(result.error.code), icon: 'none' });
      const more = result.data.orders.map((order) => orderCard(order, member.role));
      this.setData({ cards: [...this.data.cards, ...more], nextCursor: result.data.nextCursor });
    },
    showError(code: ErrorCode) {
      if (code === 'FORBIDDEN') this.setData({ state: 'forbidden' });
      else this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    onFilter(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { key: string }>,
    ) {
      const filter = event.currentTarget.dataset.key;
      if (!isBoardFilter(filter)) return undefined;
      // Looking at New is seeing the new orders.
      if (filter === 'new' && this.data.unseen > 0) {
        this.setData({ unseen: 0, 'chips[0].unseen': 0 });
        this.drawTitle();
      }
      if (filter === this.data.filter) return undefined;
      this.setData({ filter });
      return this.read();
    },
    onMode(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { key: string }>,
    ) {
      const mode = event.currentTarget.dataset.key as OrderMode | '';
      if (mode === this.data.mode || !MODE_ORDER.includes(mode)) return undefined;
      this.setData({ mode });
      return this.read();
    },
    onOpen(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
      return wx.navigateTo({ url: `/staff/pages/order/index?id=${event.detail.id}` });
    },
    async onAction(event: WechatMiniprogram.CustomEvent<{ action: CardAction; id: string }>) {
      if (this.data.busyId) return;
      this.setData({ busyId: event.detail.id });
      await takeOrderStep(event.detail.action, event.detail.id);
      this.setData({ busyId: '' });
      await this.read();
    },
  },
});
