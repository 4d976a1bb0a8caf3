// The entry page, a Component() page: reads the store named by ?storeId= from the local cloud, as the caller.
Component({
  data: { storeId: 'store-demo', name: '', state: 'loading', error: '' },
  methods: {
    onLoad(query) {
      if (query.storeId) this.setData({ storeId: query.storeId });
      return this.refresh();
    },
    async refresh() {
      const response = await wx.cloud.callFunction({
        name: 'browse',
        data: { action: 'home', input: { storeId: this.data.storeId } },
      });
      const answer = response.result;
      if (answer.ok)
        this.setData({ name: answer.data.store.name, state: answer.data.store.isOpen ? 'open' : 'closed' });
      else this.setData({ name: '', state: 'error', error: answer.error.code });
    },
    openDetail() {
      wx.navigateTo({ url: `/pages/detail/index?storeId=${this.data.storeId}&dish=latte&size=large` });
    },
  },
});
