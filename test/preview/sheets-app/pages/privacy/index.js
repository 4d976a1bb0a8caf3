// The page's own privacy prompt (onNeedPrivacyAuthorization), the guide, and the device stand-ins.
Component({
  data: { need: '', prompt: false, referrer: '', granted: '', clipboard: '', call: '', buzz: '', share: '' },
  methods: {
    onLoad() {
      wx.onNeedPrivacyAuthorization((resolve, eventInfo) => {
        this.resolvePrivacy = resolve;
        this.setData({ prompt: true, referrer: eventInfo.referrer });
      });
      return this.readPrivacy();
    },
    readPrivacy() {
      return wx
        .getPrivacySetting()
        .then((setting) =>
          this.setData({ need: `${setting.needAuthorization} ${setting.privacyContractName}` }),
        );
    },
    askPrivacy() {
      return wx
        .requirePrivacyAuthorize()
        .then(
          (answer) => this.setData({ granted: answer.errMsg }),
          (failure) => this.setData({ granted: failure.errMsg }),
        )
        .then(() => this.readPrivacy());
    },
    agree() {
      this.setData({ prompt: false });
      this.resolvePrivacy({ event: 'agree', buttonId: 'agree-button' });
    },
    disagree() {
      this.setData({ prompt: false });
      this.resolvePrivacy({ event: 'disagree' });
    },
    openContract() {
      return wx.openPrivacyContract();
    },
    copy() {
      return wx
        .setClipboardData({ data: 'A01-2048' })
        .then(() => wx.getClipboardData())
        .then(
          (read) => this.setData({ clipboard: `${read.data} ${read.errMsg}` }),
          (failure) => this.setData({ clipboard: failure.errMsg }),
        );
    },
    call() {
      return wx.makePhoneCall({ phoneNumber: '021-12345678' }).then(
        (answer) => this.setData({ call: answer.errMsg }),
        (failure) => this.setData({ call: failure.errMsg }),
      );
    },
    buzz() {
      return wx.vibrateShort({ type: 'light' }).then((answer) => this.setData({ buzz: answer.errMsg }));
    },
    share() {
      return wx
        .showShareMenu({ withShareTicket: true, menus: ['shareAppMessage', 'shareTimeline'] })
        .then((answer) => this.setData({ share: answer.errMsg }));
    },
  },
});
