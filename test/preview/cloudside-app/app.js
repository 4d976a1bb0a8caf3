// A fixture mini program for the wx APIs with a cloud side: database reads and watch, payment, subscribe consent.
App({
  onLaunch() {
    wx.cloud.init({ traceUser: true });
  },
});
