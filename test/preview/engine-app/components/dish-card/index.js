// A dish card: title and price properties, a price label kept by an observer, two slots, an `add` event.
Component({
  options: { multipleSlots: true },
  externalClasses: ['price-class'],
  properties: { title: String, price: { type: Number, value: 0 } },
  data: { priceLabel: '', quantity: 0 },
  observers: {
    price(price) {
      this.setData({ priceLabel: `¥${price}` });
    },
  },
  pageLifetimes: {
    show() {
      getApp().lifecycle.push('card:show');
    },
    hide() {
      getApp().lifecycle.push('card:hide');
    },
  },
  methods: {
    measure() {
      this.createSelectorQuery()
        .select('.card-box')
        .boundingClientRect()
        .exec(([box]) => this.triggerEvent('measured', { width: box.width }));
    },
    add() {
      const quantity = this.data.quantity + 1;
      this.setData({ quantity });
      this.triggerEvent('add', { title: this.data.title, quantity });
    },
  },
});
