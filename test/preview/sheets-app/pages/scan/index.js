// The entry page, as a table's code opens it: the scene is the table's id, read from the local cloud.
Component({
  data: { table: '', scene: '', lastScan: '', error: '' },
  methods: {
    onLoad(query) {
      this.setData({ lastScan: getApp().lastScan });
      if (!query.scene) return Promise.resolve();
      const tableId = decodeURIComponent(query.scene);
      this.setData({ scene: tableId });
      return wx.cloud
        .database()
        .collection('tables')
        .doc(tableId)
        .get()
        .then(({ data }) => this.setData({ table: `${data.name} · ${data.area} · ${data.seats} seats` }));
    },
    scan() {
      return wx.scanCode({ onlyFromCamera: true }).then(
        (scanned) => {
          getApp().lastScan = `${scanned.scanType} ${scanned.path} ${scanned.errMsg}`;
          return wx.reLaunch({ url: `/${scanned.path}` });
        },
        (failure) => this.setData({ error: failure.errMsg }),
      );
    },
  },
});
