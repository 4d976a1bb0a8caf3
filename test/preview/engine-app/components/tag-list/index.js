// A list that knows its items through relations.
Component({
  relations: { '../tag-item/index': { type: 'child' } },
  methods: {
    itemNames() {
      return this.getRelationNodes('../tag-item/index').map((item) => item.data.name);
    },
  },
});
