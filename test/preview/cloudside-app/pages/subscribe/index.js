// Asks, on a tap, for one-time consent to the order's messages and shows what the customer answered.
const TEMPLATES = ['tmpl-order-ready', 'tmpl-order-refunded'];

Component({
  data: { answers: [], refusal: '' },
  methods: {
    onLoad(query) {
      // Without a tap the platform refuses to prompt: the page shows what it answered.
      if (query.askOnLoad) {
        wx.requestSubscribeMessage({
          tmplIds: TEMPLATES,
          fail: (err) => this.setData({ refusal: err.errMsg }),
        });
      }
    },
    ask() {
      wx.requestSubscribeMessage({
        tmplIds: TEMPLATES,
        success: (res) =>
          this.setData({ answers: TEMPLATES.map((id) => ({ id, decision: res[id] })), refusal: '' }),
        fail: (err) => this.setData({ refusal: `${err.errCode} ${err.errMsg}` }),
      });
    },
    askTooMany() {
      wx.requestSubscribeMessage({ tmplIds: ['t1', 't2', 't3', 't4'] }).catch((err) =>
        this.setData({ refusal: `${err.errCode} ${err.errMsg}` }),
      );
    },
  },
});
