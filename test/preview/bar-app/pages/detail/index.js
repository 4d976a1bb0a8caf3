// The second page, a Component() page: draws its onLoad query (the link in the bar must carry it to another tab).
Component({
  data: { dish: '', size: '', storeId: '' },
  methods: {
    onLoad(query) {
      this.setData({ dish: query.dish || '', size: query.size || '', storeId: query.storeId || '' });
    },
  },
});
