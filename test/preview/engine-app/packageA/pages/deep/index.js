// A page of the packageA subpackage: opened by path, it switches tabs and shows a refused switch.
Component({
  data: { from: '', switchError: '' },
  methods: {
    onLoad(query) {
      getApp().lifecycle.push('deep:onLoad');
      this.setData({ from: query.from });
    },
    onUnload() {
      getApp().lifecycle.push('deep:onUnload');
    },
    toComponents() {
      wx.switchTab({ url: '/pages/components/index' });
    },
    badSwitch() {
      wx.switchTab({
        url: '/packageA/pages/deep/index',
        fail: (error) => this.setData({ switchError: error.errMsg }),
      });
    },
  },
});
