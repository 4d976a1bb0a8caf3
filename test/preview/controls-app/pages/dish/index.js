// A dish page a navigator opens; it shows its query and where it sits in the stack.
Component({
  data: { dish: '', depth: 0 },
  methods: {
    onLoad(query) {
      this.setData({ dish: query.dish, depth: getCurrentPages().length });
    },
  },
});
