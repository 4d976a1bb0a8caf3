// Touch events: a pad that follows a drag, a long press that takes the place of a tap, and a plain tap.
const point = (touch) => `${Math.round(touch.clientX)},${Math.round(touch.clientY)}`;

Component({
  data: { log: '' },
  methods: {
    record(entry) {
      getApp().touches.push(entry);
      this.setData({ log: getApp().touches.join(' ') });
    },
    onTouch(event) {
      const touch = event.changedTouches[0];
      this.record(`${event.type}@${point(touch)}/${event.touches.length}`);
    },
    onPadTap() {
      this.record('pad-tap');
    },
    onLongPress() {
      this.record('longpress');
    },
    onHoldTap() {
      this.record('hold-tap');
    },
    onPlainTap(event) {
      this.record(`tap@${Math.round(event.detail.x)},${Math.round(event.detail.y)}`);
    },
  },
});
