// One order on the board: number, mode, place, what to make, remark, total, print status and the buttons the
// member's role has. Sends `action` ({ action, id }) for a button and `open` ({ id }) for the card itself.
Component({
  properties: {
    /** The card's view (staff/services/board-card.ts). */
    card: { type: Object, value: {} },
    /** True while an action of this card is under way (buttons disabled). */
    busy: { type: Boolean, value: false },
  },
  methods: {
    onOpen() {
      this.triggerEvent('open', { id: (this.data.card as { id?: string }).id ?? '' });
    },
    onAction(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { action: string }>,
    ) {
      if (this.data.busy) return;
      this.triggerEvent('action', {
        action: event.currentTarget.dataset.action,
        id: (this.data.card as { id?: string }).id ?? '',
      });
    },
  },
});
