// Every image mode on one picture, a default-sized image, a broken one and a lazy one far down the page.
// Pictures drawn inline, so the fixture needs no files: a wide one (200x100), a tall one (100x200), a broken one.
const svg = (width, height, left, right) =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect width="${width / 2}" height="${height}" fill="${left}"/>` +
      `<rect x="${width / 2}" width="${width / 2}" height="${height}" fill="${right}"/></svg>`,
  );

const WIDE = svg(200, 100, '#07c160', '#10aeff');
const TALL = svg(100, 200, '#fa9d3b', '#576b95');
const BROKEN = 'data:image/png;base64,AAAA';

const MODES = ['scaleToFill', 'aspectFit', 'aspectFill', 'top', 'bottom left', 'center'];

Component({
  data: {
    modes: MODES,
    wide: WIDE,
    tall: TALL,
    broken: BROKEN,
    swapped: WIDE,
    loads: 0,
    fixSize: '',
    swapSize: '',
    errorMessage: '',
    lazyState: 'waiting',
    shelfState: 'waiting',
  },
  methods: {
    onLoad() {},
    onModeLoad() {
      this.setData({ loads: this.data.loads + 1 });
    },
    onWidthFixLoad(event) {
      this.setData({ fixSize: `${event.detail.width}x${event.detail.height}` });
    },
    onSwapLoad(event) {
      this.setData({ swapSize: `${event.detail.width}x${event.detail.height}` });
    },
    swap() {
      this.setData({ swapped: TALL });
    },
    onBrokenError(event) {
      this.setData({ errorMessage: event.detail.errMsg });
    },
    onShelfLoad() {
      this.setData({ shelfState: 'loaded' });
    },
    onLazyLoad(event) {
      this.setData({ lazyState: `loaded ${event.detail.width}x${event.detail.height}` });
    },
  },
});
