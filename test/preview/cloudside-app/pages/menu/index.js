/* global Component, wx -- the mini program globals the preview runtime and miniprogram-simulate provide */
// Reads the store's categories straight from the database (readable by all), and shows that stock (readable by
// no client) is refused by the security rules.
Component({
  data: { categories: [], denied: '' },
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
    },
  },
});
