// A vertical list and a horizontal strip in scroll-views, moved by the page and reporting their scrolling.
const ROWS = Array.from({ length: 20 }, (_, index) => ({ id: `row-${index}`, label: `Row ${index}` }));
const CHIPS = Array.from({ length: 10 }, (_, index) => `Chip ${index}`);

Component({
  data: {
    rows: ROWS,
    chips: CHIPS,
    intoView: '',
    top: 0,
    left: 0,
    scrolled: 'not scrolled',
    upper: 0,
    lower: 0,
    stripScrolled: 0,
    odd: 0,
    news: ['Oat latte is back'],
    refreshing: false,
    refresh: 'idle',
    animated: false,
    sinceGlide: 0,
    stripEnd: '',
  },
  methods: {
    onLoad() {},
    onListScroll(event) {
      const { scrollTop, scrollHeight, deltaY } = event.detail;
      if (typeof scrollTop !== 'number') return this.setData({ odd: this.data.odd + 1 });
      this.setData({
        sinceGlide: this.data.sinceGlide + 1,
        scrolled: `top ${Math.round(scrollTop)} of ${scrollHeight}, moved ${Math.sign(deltaY)}`,
      });
    },
    onUpper(event) {
      this.setData({ upper: this.data.upper + 1, upperDirection: event.detail.direction });
    },
    onLower(event) {
      this.setData({ lower: this.data.lower + 1, lowerDirection: event.detail.direction });
    },
    showRow12() {
      this.setData({ intoView: 'row-12' });
    },
    glideToRow16() {
      this.setData({ animated: true, sinceGlide: 0 });
      this.setData({ intoView: 'row-16' });
    },
    toTop() {
      this.setData({ top: 0, intoView: '' });
    },
    toRow4() {
      this.setData({ top: 240, intoView: '' });
    },
    onStripScroll(event) {
      this.setData({ stripScrolled: Math.round(event.detail.scrollLeft) });
    },
    onStripEnd(event) {
      this.setData({ stripEnd: event.detail.direction });
    },
    onPulling(event) {
      this.setData({ refresh: `pulling ${event.detail.dy > 0 ? 'down' : 'up'}` });
    },
    onRefresh() {
      this.setData({ refreshing: true, refresh: 'refreshing' });
    },
    finishRefresh() {
      this.setData({ refreshing: false, news: ['Cold brew from today', ...this.data.news] });
    },
    onRestore() {
      this.setData({ refresh: `restored with ${this.data.news.length} news` });
    },
    onAbort() {
      this.setData({ refresh: 'aborted' });
    },
    stripTo300() {
      this.setData({ left: 300 });
    },
  },
});
