// A fixture mini program for the preview's bar: a store page that asks the local cloud, and a page with a query.
App({
  onLaunch() {
    wx.cloud.init();
  },
});
