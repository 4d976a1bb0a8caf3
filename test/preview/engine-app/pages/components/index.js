// The components page: a card with properties, slots, an event and an external class; a shared note; a list
// whose items find it through relations.
Component({
  data: { price: 18, added: 'nothing', tags: ['hot', 'new'], tagCount: 0, cardWidth: 0 },
  methods: {
    onShow() {
      getApp().lifecycle.push('components:onShow');
    },
    onHide() {
      getApp().lifecycle.push('components:onHide');
    },
    measureCard() {
      this.selectComponent('#latte').measure();
    },
    onMeasured(event) {
      this.setData({ cardWidth: event.detail.width });
    },
    onAdd(event) {
      getApp().added.push(event.detail);
      this.setData({ added: `${event.detail.title} x${event.detail.quantity}` });
    },
    raisePrice() {
      this.setData({ price: this.data.price + 2 });
    },
    countTags() {
      const list = this.selectComponent('.tags');
      this.setData({ tagCount: list.itemNames().length });
    },
  },
});
