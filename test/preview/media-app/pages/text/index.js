// Icons of every type, rich-text from a string and from nodes, text's options, and hover-class on views.
const ICON_TYPES = [
  'success',
  'success_no_circle',
  'info',
  'warn',
  'waiting',
  'cancel',
  'download',
  'search',
  'clear',
  'circle',
  'info_circle',
];

Component({
  data: {
    iconTypes: ICON_TYPES,
    html:
      '<p class="greeting" onclick="window.pwned = 1">Hello <b>bold</b> world' +
      '<script>window.pwned = 2</script><img src="javascript:window.pwned = 3" onerror="window.pwned = 4"></p>' +
      '<iframe src="about:blank"></iframe><marquee>kept text</marquee>',
    nodes: [
      {
        name: 'div',
        attrs: { class: 'card', style: 'color: #07c160', onclick: 'window.pwned = 5' },
        children: [{ type: 'text', text: 'From nodes' }],
      },
      { name: 'script', children: [{ type: 'text', text: 'window.pwned = 6' }] },
    ],
    taps: 0,
  },
  methods: {
    onLoad() {},
    showNodes() {
      this.setData({ html: '<h3 class="replaced">Replaced</h3>' });
    },
    onBoxTap() {
      this.setData({ taps: this.data.taps + 1 });
    },
  },
});
