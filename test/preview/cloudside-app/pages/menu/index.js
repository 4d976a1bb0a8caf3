// Reads the store's categories straight from the database (readable by all), and shows that stock (readable by
// no client) is refused by the security rules, for reads and for watch().
Component({
  data: { categories: [], denied: '', watchDenied: '' },
  methods: {
    async onLoad(query) {
      const db = wx.cloud.database();
      const { data } = await db
        .collection('categories')
        .where({ storeId: query.storeId })
        .orderBy('sort', 'asc')
        .limit(3)
        .field({ name: true, nameEn: true })
        .get();
      this.setData({ categories: data });
      try {
        await db.collection('skus').where({ storeId: query.storeId }).get();
        this.setData({ denied: 'stock was readable' });
      } catch (error) {
        this.setData({ denied: `${error.errCode} ${error.errMsg}` });
      }
      // Orders are their owner's: a listener over the whole store is refused, as its query is wider than the rule.
      this.listener = db
        .collection('orders')
        .where({ storeId: query.storeId })
        .watch({
          onChange: () => this.setData({ watchDenied: 'orders were watchable' }),
          onError: (error) => this.setData({ watchDenied: `${error.errCode} ${error.errMsg}` }),
        });
    },
    onUnload() {
      this.listener.close();
    },
  },
});
