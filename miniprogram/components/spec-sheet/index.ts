import { texts } from '../../i18n';
import { errorText } from '../../utils/error-text';
import type { StartingSelection } from '../../utils/spec-choice';
import { choiceControllerOf, choiceTaps, forgetChoiceController } from '../../utils/spec-choice-taps';
import { choiceTexts, type ChoiceView, type ProductHeadView } from '../../utils/spec-choice-view';

function sheetTexts() {
  return { ...choiceTexts(), ...texts({ close: 'product.close' }) };
}

// The spec sheet: a bottom popup that loads `browse.product` each time it is shown; specs, add-ons and quantity
// with the price following; "add" calls the cart store. Events: `close`, `added` `{ cart }` (the parent hides
// the sheet), `failed` `{ code }`.
Component({
  behaviors: [choiceTaps],
  properties: {
    /** Shown when true; each showing loads the product afresh. */
    show: { type: Boolean, value: false },
    storeId: { type: String, value: '' },
    productId: { type: String, value: '' },
    /** A selection to start from (editing a cart line): `{ specs, addons, quantity }`, any part optional. */
    initial: { type: Object, value: null as StartingSelection | null },
  },
  data: {
    loading: false,
    errorText: '',
    adding: false,
    head: null as ProductHeadView | null,
    view: null as ChoiceView | null,
    text: sheetTexts(),
  },
  observers: {
    'show, productId'(show: boolean, productId: string) {
      if (show && productId) void this.load();
    },
  },
  lifetimes: {
    detached() {
      forgetChoiceController(this);
    },
  },
  methods: {
    async load() {
      this.setData({ loading: true, errorText: '', head: null, view: null, text: sheetTexts() });
      const { storeId, productId, initial } = this.data;
      const loaded = await choiceControllerOf(this).load(storeId, productId, initial);
      if (!loaded) return;
      if (loaded.ok) this.setData({ loading: false, head: loaded.head, view: loaded.view });
      else this.setData({ loading: false, errorText: errorText(loaded.code) });
    },
    onRetry() {
      return this.load();
    },
    onClose() {
      this.triggerEvent('close', {});
    },
    /** Keeps a finger on the mask from scrolling the page underneath. */
    onHoldPage() {
      return undefined;
    },
    async onAdd() {
      this.setData({ adding: true });
      const added = await choiceControllerOf(this).add(this.data.storeId);
      this.setData({ adding: false, ...added?.patch });
      if (!added) return;
      if (added.outcome.ok) this.triggerEvent('added', { cart: added.outcome.cart });
      else this.triggerEvent('failed', { code: added.outcome.code });
    },
  },
});
