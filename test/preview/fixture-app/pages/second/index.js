// The second page, a Component() page: shows its query and where it sits in the stack.
const record = (event) => getApp().lifecycle.push(`second:${event}`);

Component({
  data: { dish: '', count: '', depth: 0 },
  methods: {
    onLoad(query) {
      record('onLoad');
      this.setData({ dish: query.dish, count: query.count, depth: getCurrentPages().length });
    },
    onShow() {
      record('onShow');
    },
    onUnload() {
      record('onUnload');
    },
    goBack() {
      wx.navigateBack();
    },
  },
});
