import { formatFen } from '../../i18n/format';

// One product on the menu: photo (lazy-loaded), name, price, sold-out and popular marks, and an add button
// that becomes a stepper once the product is in the cart.
Component({
  properties: {
    /** Which product this card is; every event carries it back as `productId`. */
    productId: { type: String, value: '' },
    /** The product's name and optional one-line note, as the page wants them shown (zh-CN first). */
    name: { type: String, value: '' },
    note: { type: String, value: '' },
    /** The photo's address; drawn only when it comes into view. */
    imageUrl: { type: String, value: '' },
    /** The price the server answered, in fen. */
    priceFen: { type: Number, value: 0 },
    /** How many are in the cart now (as the server answered); above 0 the add button becomes a stepper. */
    quantity: { type: Number, value: 0 },
    /** The most the stepper reaches (e.g. the stock left). */
    maxQuantity: { type: Number, value: 99 },
    isSoldOut: { type: Boolean, value: false },
    isPopular: { type: Boolean, value: false },
    /** Words of the marks and the add button's screen-reader name, from the text tables. */
    soldOutText: { type: String, value: '' },
    popularText: { type: String, value: '' },
    addText: { type: String, value: '' },
    /** Screen-reader names of the stepper's − and + buttons. */
    decreaseText: { type: String, value: '' },
    increaseText: { type: String, value: '' },
  },
  data: { priceText: formatFen(0) },
  observers: {
    priceFen(priceFen: number) {
      this.setData({ priceText: formatFen(priceFen) });
    },
  },
  methods: {
    /** Sends `open` with `{ productId }`: the customer wants the product's details or specs. */
    onOpen() {
      this.triggerEvent('open', { productId: this.data.productId });
    },
    /** Sends `add` with `{ productId }`, unless the product is sold out. */
    onAdd() {
      if (!this.data.isSoldOut) this.triggerEvent('add', { productId: this.data.productId });
    },
    /** Passes the stepper's new value on as `change` with `{ productId, quantity }`. */
    onChange(event: WechatMiniprogram.CustomEvent<{ value: number }>) {
      this.triggerEvent('change', { productId: this.data.productId, quantity: event.detail.value });
    },
  },
});
