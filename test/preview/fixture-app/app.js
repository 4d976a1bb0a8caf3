// A fixture mini program for the preview's navigation: the app records every page lifecycle in order.
App({
  lifecycle: [],
  onLaunch() {
    this.lifecycle.push('app:onLaunch');
  },
});
