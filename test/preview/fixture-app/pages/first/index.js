// The entry page, a Page(): opens the second page with a query string.
const record = (event) => getApp().lifecycle.push(`first:${event}`);

Page({
  data: { shows: 0 },
  onLoad() {
    record('onLoad');
  },
  onShow() {
    record('onShow');
    this.setData({ shows: this.data.shows + 1 });
  },
  onHide() {
    record('onHide');
  },
  openSecond() {
    wx.navigateTo({ url: '/pages/second/index?dish=noodles&count=2' });
  },
});
