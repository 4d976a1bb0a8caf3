// The scroll tab: a list that grows on onReachBottom, a pull-down refresh, page scroll and a selector query.
const log = (entry) => getApp().lifecycle.push(`scroll:${entry}`);
const rowsUpTo = (count) => Array.from({ length: count }, (_, index) => index + 1);

Component({
  data: { rows: rowsUpTo(10), pagesLoaded: 1, refreshed: 0, scrolled: false, measured: '', seen: 'none' },
  methods: {
    onLoad() {
      log('onLoad');
      this.createIntersectionObserver({ thresholds: [0.5] })
        .relativeToViewport()
        .observe('#row-8', (result) => {
          const state = result.intersectionRatio >= 0.5 ? 'in' : 'out';
          this.setData({ seen: `${result.id} ${state} of ${Math.round(result.relativeRect.height)}` });
        });
    },
    onShow() {
      log('onShow');
    },
    onHide() {
      log('onHide');
    },
    onTabItemTap(item) {
      log(`onTabItemTap ${item.index} ${item.pagePath}`);
    },
    onPageScroll(event) {
      getApp().scrollTops.push(event.scrollTop);
      if (!this.data.scrolled) this.setData({ scrolled: true });
    },
    onReachBottom() {
      const pagesLoaded = this.data.pagesLoaded + 1;
      this.setData({ pagesLoaded, rows: rowsUpTo(pagesLoaded * 10) });
    },
    onPullDownRefresh() {
      this.setData({ refreshed: this.data.refreshed + 1, pagesLoaded: 1, rows: rowsUpTo(10) });
      wx.stopPullDownRefresh();
    },
    measure() {
      wx.createSelectorQuery()
        .select('#row-2')
        .boundingClientRect()
        .selectAll('.row')
        .fields({ dataset: true, size: true })
        .selectViewport()
        .scrollOffset()
        .exec(([row, rows, viewport]) => {
          this.setData({
            measured: `row-2 ${row.id} top ${Math.round(row.top)} height ${row.height}; rows ${rows.length} last ${rows[rows.length - 1].dataset.row}; scrollTop ${viewport.scrollTop}`,
          });
        });
    },
    scrollToRow() {
      wx.pageScrollTo({ selector: '#row-3', duration: 0 }).then((result) => log(result.errMsg));
    },
    openDeep() {
      wx.navigateTo({ url: '/packageA/pages/deep/index?from=scroll' });
    },
  },
});
