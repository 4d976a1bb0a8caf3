// Pays one of the customer's own orders: pay.start for the sheet, wx.requestPayment, and the order's status
// followed live with watch() (orders are readable by their owner only, so the query names `{openid}`).
const yuan = (fen) => `¥${(fen / 100).toFixed(2)}`;

Component({
  data: { orderId: '', total: '', status: '', pickupNumber: '', payResult: '', subscribed: '', ready: false },
  methods: {
    async onLoad(query) {
      const orderId = query.orderId;
      this.setData({ orderId });
      const orders = wx.cloud.database().collection('orders').where({ _id: orderId, _openid: '{openid}' });
      const { data } = await orders.get();
      if (data[0]) this.setData({ total: yuan(data[0].totalFen), status: data[0].status });
      this.listener = orders.watch({
        onChange: (snapshot) => {
          const order = snapshot.docs[0];
          if (order) this.setData({ status: order.status, pickupNumber: order.pickupNumber || '' });
        },
        onError: (error) => this.setData({ status: `watch failed: ${error.errMsg || error.message}` }),
      });
      const { result } = await wx.cloud.callFunction({
        name: 'pay',
        data: { action: 'start', input: { orderId } },
      });
      if (!result.ok) return this.setData({ payResult: result.error.code });
      this.payment = result.data.payment;
      this.setData({ ready: true });
    },
    onUnload() {
      if (this.listener) this.listener.close();
    },
    pay() {
      wx.requestPayment({
        ...this.payment,
        success: (res) => {
          this.setData({ payResult: res.errMsg, ready: false });
          // Right after a payment the platform lets the page ask for consent without a tap.
          wx.requestSubscribeMessage({
            tmplIds: ['tmpl-pickup-ready'],
            success: (answer) => this.setData({ subscribed: answer['tmpl-pickup-ready'] }),
          });
        },
        fail: (err) => this.setData({ payResult: err.errMsg }),
      });
    },
  },
});
