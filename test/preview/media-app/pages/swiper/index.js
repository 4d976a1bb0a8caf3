// A circular swiper the page and the user move, and a vertical one that plays by itself.
Component({
  data: {
    slides: [
      { id: 'latte', name: 'Latte', colour: '#576b95' },
      { id: 'mocha', name: 'Mocha', colour: '#10aeff' },
      { id: 'tea', name: 'Green tea', colour: '#fa9d3b' },
    ],
    current: 0,
    change: 'no change yet',
    changes: 0,
    played: 0,
    slideTaps: 0,
    dragged: 'no',
    currentItemId: '',
    stripAt: 0,
  },
  methods: {
    onLoad() {},
    onChange(event) {
      const { current, currentItemId, source } = event.detail;
      this.setData({
        current,
        changes: this.data.changes + 1,
        change: `${current} ${currentItemId} by ${source || 'page'}`,
      });
    },
    showTea() {
      this.setData({ current: 2 });
    },
    showLatte() {
      this.setData({ currentItemId: 'latte' });
    },
    onSlideTap() {
      this.setData({ slideTaps: this.data.slideTaps + 1 });
    },
    onTransition(event) {
      if (event.detail.dx > 0) this.setData({ dragged: 'towards the next' });
    },
    onStripChange(event) {
      this.setData({ stripAt: event.detail.current });
    },
    onPlayed(event) {
      if (event.detail.source === 'autoplay') this.setData({ played: this.data.played + 1 });
    },
  },
});
