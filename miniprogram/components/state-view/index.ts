// One place for what a page shows instead of its content: loading, empty, an error with a retry, or closed.
Component({
  properties: {
    /** Which state to draw: `loading`, `empty`, `error` or `closed`; anything else draws nothing. */
    state: { type: String, value: 'loading' },
    /** The main line, from the text tables (e.g. "加载中… Loading…", the error's words). */
    title: { type: String, value: '' },
    /** A smaller second line (e.g. when a closed store opens again); optional. */
    message: { type: String, value: '' },
    /** The retry button's text, shown in the `error` state only when given. */
    retryText: { type: String, value: '' },
  },
  methods: {
    /** Sends `retry` (no detail): the page loads again. */
    onRetry() {
      this.triggerEvent('retry', {});
    },
  },
});
