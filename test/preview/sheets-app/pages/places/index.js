// Location, address and settings: privacy first, then the scope prompt; every answer is drawn as text.
Component({
  data: { here: '', place: '', address: '', settings: '', error: '', failures: 0 },
  methods: {
    onLoad() {},
    fail(failure) {
      // Numbered, so a repeated failure is told apart from the one before.
      this.setData({ failures: this.data.failures + 1 });
      this.setData({ error: `${this.data.failures} ${failure.errMsg}` });
    },
    locate() {
      return wx
        .getLocation({ type: 'gcj02' })
        .then(
          (at) => this.setData({ here: `${at.latitude},${at.longitude} ${at.errMsg}` }),
          this.fail.bind(this),
        );
    },
    locateRoughly() {
      // Not in app.json's requiredPrivateInfos: the platform refuses it.
      return wx
        .getFuzzyLocation({})
        .then((at) => this.setData({ here: `${at.latitude},${at.longitude}` }), this.fail.bind(this));
    },
    choosePlace() {
      return wx
        .chooseLocation({ latitude: 31.188, longitude: 121.437 })
        .then(
          (spot) => this.setData({ place: `${spot.name} ${spot.latitude},${spot.longitude} ${spot.errMsg}` }),
          this.fail.bind(this),
        );
    },
    chooseAddress() {
      return new Promise((resolve) =>
        wx.chooseAddress({
          success: (a) =>
            this.setData({
              address: `${a.userName} ${a.telNumber} ${a.provinceName}${a.cityName}${a.countyName} ${a.detailInfo} ${a.postalCode}`,
            }),
          fail: (failure) => this.fail(failure),
          complete: resolve,
        }),
      );
    },
    authorizeCamera() {
      return wx
        .authorize({ scope: 'scope.camera' })
        .then((answer) => this.setData({ settings: answer.errMsg }), this.fail.bind(this));
    },
    readSettings() {
      return wx.getSetting().then((answer) => this.setData({ settings: JSON.stringify(answer.authSetting) }));
    },
    openSettings() {
      return wx
        .openSetting()
        .then((answer) => this.setData({ settings: JSON.stringify(answer.authSetting) }));
    },
  },
});
