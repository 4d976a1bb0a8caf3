// Modal, action sheet and loading: each answer is drawn as text, in promise and in callback style.
Component({
  data: { modal: '', action: '', loading: 'idle', taps: 0 },
  methods: {
    onLoad() {},
    confirmOrder() {
      return wx
        .showModal({
          title: '确认下单',
          content: '共 2 件，合计 ¥36.00',
          confirmText: '下单',
          confirmColor: '#07c160',
          cancelText: '再想想',
        })
        .then((answer) => this.setData({ modal: answer.confirm ? 'confirmed' : 'cancelled' }));
    },
    addNote() {
      return new Promise((resolve) =>
        wx.showModal({
          title: '备注',
          editable: true,
          placeholderText: '口味、忌口',
          success: (answer) => {
            this.setData({ modal: answer.confirm ? `note: ${answer.content}` : 'no note' });
            resolve();
          },
        }),
      );
    },
    notice() {
      return wx
        .showModal({ content: '门店暂停营业', showCancel: false })
        .then((answer) => this.setData({ modal: `notice: ${answer.errMsg} ${answer.confirm}` }));
    },
    badModal() {
      return wx
        .showModal({ title: 'x', confirmText: '确定确定确定' })
        .catch((failure) => this.setData({ modal: failure.errMsg }));
    },
    chooseMode() {
      return wx.showActionSheet({ itemList: ['堂食', '自取', '外卖'], itemColor: '#07c160' }).then(
        (answer) => this.setData({ action: `chose ${answer.tapIndex} ${answer.errMsg}` }),
        (failure) => this.setData({ action: failure.errMsg }),
      );
    },
    tooManyModes() {
      return wx.showActionSheet({
        itemList: ['1', '2', '3', '4', '5', '6', '7'],
        fail: (failure) => this.setData({ action: failure.errMsg }),
      });
    },
    startLoading() {
      wx.showLoading({ title: '提交中', mask: true });
      this.setData({ loading: 'masked' });
    },
    startLoadingUnmasked() {
      wx.showLoading({ title: '加载中' });
      this.setData({ loading: 'unmasked' });
    },
    stopLoading() {
      wx.hideLoading();
      this.setData({ loading: 'hidden' });
    },
    tap() {
      this.setData({ taps: this.data.taps + 1 });
    },
  },
});
