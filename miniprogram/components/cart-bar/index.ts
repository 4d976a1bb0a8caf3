import { formatFen } from '../../i18n/format';

// The bar under the menu: a cart with a count badge, the total, and a checkout button that stays off, with its
// reason shown, while the cart is empty, below the shop's minimum, or the page says why not.
Component({
  properties: {
    /** Items in the cart and their total, as the server answered (fen). */
    count: { type: Number, value: 0 },
    totalFen: { type: Number, value: 0 },
    /** The smallest total the shop accepts for this mode (e.g. delivery), in fen; 0 for none. */
    minimumFen: { type: Number, value: 0 },
    /** The checkout button's words, from the text tables. */
    checkoutText: { type: String, value: '' },
    /** Shown instead of the total while the cart is empty. */
    emptyText: { type: String, value: '' },
    /** The reason shown below the minimum; each `{amount}` in it becomes what is still missing (e.g. "¥5.00"). */
    belowMinimumText: { type: String, value: '' },
    /** Any other reason checkout is off now (e.g. the store is closed); empty when there is none. */
    disabledReason: { type: String, value: '' },
  },
  data: { totalText: formatFen(0), badgeText: '', canCheckout: false, reason: '' },
  observers: {
    'count, totalFen, minimumFen, belowMinimumText, disabledReason'(
      count: number,
      totalFen: number,
      minimumFen: number,
      belowMinimumText: string,
      disabledReason: string,
    ) {
      const isBelowMinimum = count > 0 && totalFen < minimumFen;
      const reason = disabledReason
        ? disabledReason
        : isBelowMinimum
          ? belowMinimumText.split('{amount}').join(formatFen(minimumFen - totalFen))
          : '';
      this.setData({
        totalText: formatFen(totalFen),
        badgeText: count > 99 ? '99+' : String(count),
        canCheckout: count > 0 && !isBelowMinimum && !disabledReason,
        reason,
      });
    },
  },
  methods: {
    /** Sends `opencart` (no detail) when there is something in the cart to show. */
    onOpenCart() {
      if (this.data.count > 0) this.triggerEvent('opencart', {});
    },
    /** Sends `checkout` with `{ count, totalFen }`, only while checkout is on. */
    onCheckout() {
      if (this.data.canCheckout) {
        this.triggerEvent('checkout', { count: this.data.count, totalFen: this.data.totalFen });
      }
    },
  },
});
