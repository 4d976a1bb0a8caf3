// Buttons and their open-types; each handler shows the platform event it received.
Component({
  data: { taps: 0, phone: '', contact: '', userInfo: '', privacy: '', shared: '', loading: true },
  methods: {
    onLoad() {},
    onTap() {
      this.setData({ taps: this.data.taps + 1 });
    },
    onPhoneNumber(event) {
      const { errMsg, code } = event.detail;
      this.setData({ phone: code ? `${errMsg} code:${code.length}` : errMsg });
    },
    onContact(event) {
      this.setData({ contact: event.detail.errMsg });
    },
    onUserInfo(event) {
      this.setData({ userInfo: `${event.detail.errMsg} ${event.detail.userInfo.nickName}` });
    },
    onAgreePrivacy() {
      this.setData({ privacy: 'agreed' });
    },
    onShareAppMessage(share) {
      this.setData({ shared: `${share.from}:${share.target.dataset.dish}` });
      return { title: '来一碗牛肉面', path: '/pages/dish/index?dish=noodles' };
    },
  },
});
