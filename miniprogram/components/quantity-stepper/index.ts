// A − value + stepper for a quantity: never below 0 nor `min`, never above `max`, each end disabled at its bound.
Component({
  properties: {
    /** The quantity shown; the parent may set it again (e.g. to what the server answered). */
    value: { type: Number, value: 0 },
    /** The lowest quantity the − button reaches (never below 0). */
    min: { type: Number, value: 0 },
    /** The highest quantity the + button reaches. */
    max: { type: Number, value: 99 },
    /** Both buttons off, e.g. while a change is being saved. */
    disabled: { type: Boolean, value: false },
    /** Screen-reader names of the two buttons, from the text tables. */
    decreaseLabel: { type: String, value: '' },
    increaseLabel: { type: String, value: '' },
  },
  data: { shown: 0, canDecrease: false, canIncrease: true },
  observers: {
    'value, min, max, disabled'(value: number, min: number, max: number, disabled: boolean) {
      const low = Math.max(0, min);
      const high = Math.max(low, max);
      const shown = Math.min(high, Math.max(low, Math.floor(value)));
      this.setData({ shown, canDecrease: !disabled && shown > low, canIncrease: !disabled && shown < high });
    },
  },
  methods: {
    onDecrease() {
      if (this.data.canDecrease) this.step(-1);
    },
    onIncrease() {
      if (this.data.canIncrease) this.step(1);
    },
    /** Moves the shown quantity by `delta` and reports it as `change` with `{ value }`. */
    step(delta: number) {
      const value = this.data.shown + delta;
      this.setData({ value });
      this.triggerEvent('change', { value });
    },
  },
});
