// A fixture mini program for the platform's sheets and device APIs; the last scanned code is kept here.
App({
  lastScan: '',
  onLaunch() {
    wx.cloud.init();
  },
});
