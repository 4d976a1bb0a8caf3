import type { BoardOrder, StaffMembership } from '../../../../typings/contracts/staff-board';
import type { ErrorCode } from '../../../../typings/result';
import { money, texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { perInstance } from '../../../utils/per-instance';
import { st, staffTexts } from '../../i18n';
import { orderCard, type OrderCard } from '../../services/board-card';
import { mayRefund, type CardAction } from '../../services/card-actions';
import { takeOrderStep } from '../../services/order-steps';
import { requestIdFor, settleRequest } from '../../services/request-ids';
import { ensureStaffStore, staffMemberships } from '../../services/staff-session';
import { chosenValueFen, fenToYuanText, refundAsk } from './refund-form';

type PageState = 'loading' | 'error' | 'forbidden' | 'notFound' | 'ready';

const TEXT_KEYS = {
  lines: 'staff.board.lines',
  refund: 'staff.board.refund',
  refundHint: 'staff.board.refundHint',
  refundAmount: 'staff.board.refundAmount',
  notStaff: 'staff.common.notStaff',
} as const;

/** What one open order page keeps besides its data. */
interface Live {
  order: BoardOrder | null;
  member: StaffMembership | null;
}
const live = perInstance<Live>(() => ({ order: null, member: null }));

/** The refund section's view: the lines to choose and the button's text. */
function refundView(order: BoardOrder, chosen: readonly string[], typed: string) {
  const ask = refundAsk(order, chosen, typed);
  return {
    lines: order.lines.map((line) => ({
      lineId: line.lineId,
      text: `${line.name} ${line.specText} ×${line.quantity}`.replace(/\s+/g, ' '),
      value: money(line.lineTotalFen),
      isChosen: chosen.includes(line.lineId),
    })),
    refundableText: st('staff.board.refundable', { amount: money(order.refundableFen) }),
    buttonText: ask
      ? st('staff.board.refundButton', { amount: typed ? `¥${typed}` : '' })
      : st('staff.board.badAmount'),
    isValid: ask !== null,
  };
}

// One order in full for the store's staff: the card (number, mode, lines, remark, total, print status) with
// the same buttons as the board, and for the owner and managers a refund, whole or by lines or amount, each
// attempt's request id kept until it is answered so a retry refunds once. Read again on every show.
Component({
  data: {
    orderId: '',
    state: 'loading' as PageState,
    errorMessage: '',
    card: null as OrderCard | null,
    canRefund: false,
    chosen: [] as string[],
    amountText: '',
    refund: null as ReturnType<typeof refundView> | null,
    busy: false,
    text: staffTexts(TEXT_KEYS),
    common: texts({ loading: 'common.loading', retry: 'common.retry', notFound: 'orders.notFound' }),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: decodeURIComponent(query.id ?? '') });
    },
    onShow() {
      return this.read();
    },
    onUnload() {
      live.forget(this);
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read();
    },
    async read() {
      if (!this.data.orderId) return this.showError('NOT_FOUND');
      const found = await ensureStaffStore();
      if (!found.ok) return this.showError(found.error.code);
      const result = await callCloud('staff', 'order', { orderId: this.data.orderId });
      if (!result.ok) return this.showError(result.error.code);
      // The role the caller holds in the order's store (the server let them read it, so they hold one).
      const member = staffMemberships().find((one) => one.storeId === result.data.storeId) ?? found.data;
      const state = live.of(this);
      state.order = result.data;
      state.member = member;
      return this.draw(result.data, member?.role ?? 'kitchen');
    },
    draw(order: BoardOrder, role: StaffMembership['role']) {
      const card = orderCard(order, role);
      const canRefund = mayRefund(role, order.status) && order.refundableFen > 0;
      const chosen = this.data.chosen.filter((id) => order.lines.some((line) => line.lineId === id));
      const amountText = fenToYuanText(
        chosen.length > 0 ? chosenValueFen(order, chosen) : order.refundableFen,
      );
      wx.setNavigationBarTitle({ title: st('staff.board.orderTitle', { number: card.number }) });
      this.setData({
        state: 'ready',
        card,
        canRefund,
        chosen,
        amountText,
        refund: canRefund ? refundView(order, chosen, amountText) : null,
      });
    },
    showError(code: ErrorCode) {
      if (code === 'FORBIDDEN') this.setData({ state: 'forbidden' });
      else if (code === 'NOT_FOUND') this.setData({ state: 'notFound' });
      else this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    async onAction(event: WechatMiniprogram.CustomEvent<{ action: CardAction; id: string }>) {
      if (this.data.busy) return;
      this.setData({ busy: true });
      await takeOrderStep(event.detail.action, event.detail.id);
      this.setData({ busy: false });
      await this.read();
    },
    /** Chooses or unchooses a line; the amount follows the chosen lines' value. */
    onToggleLine(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      const order = live.of(this).order;
      if (!order) return;
      const id = event.currentTarget.dataset.id;
      const chosen = this.data.chosen.includes(id)
        ? this.data.chosen.filter((one) => one !== id)
        : [...this.data.chosen, id];
      const amountText = fenToYuanText(
        chosen.length > 0 ? chosenValueFen(order, chosen) : order.refundableFen,
      );
      this.setData({ chosen, amountText, refund: refundView(order, chosen, amountText) });
    },
    onAmount(event: WechatMiniprogram.Input) {
      const order = live.of(this).order;
      if (!order) return;
      this.setData({
        amountText: event.detail.value,
        refund: refundView(order, this.data.chosen, event.detail.value),
      });
    },
    async onRefund() {
      const order = live.of(this).order;
      if (!order || this.data.busy) return;
      const ask = refundAsk(order, this.data.chosen, this.data.amountText);
      if (!ask) return void wx.showToast({ title: st('staff.board.badAmount'), icon: 'none' });
      const confirmed = await wx.showModal({
        title: st('staff.board.refund'),
        content: st('staff.board.refundConfirm', { amount: `¥${this.data.amountText}` }),
      });
      if (!confirmed.confirm) return;
      const key = `refund:${order.id}:${JSON.stringify(ask)}`;
      this.setData({ busy: true });
      const result = await callCloud('staff', 'refund', {
        orderId: order.id,
        requestId: requestIdFor(key),
        reason: st('staff.board.refundReason'),
        ...ask,
      });
      if (result.ok || result.error.code !== 'NETWORK') settleRequest(key);
      this.setData({ busy: false, chosen: [] });
      wx.showToast({
        title: result.ok ? st('staff.board.refundDone') : errorText(result.error.code),
        icon: result.ok ? 'success' : 'none',
      });
      await this.read();
    },
  },
});
