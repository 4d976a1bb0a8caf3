/** One entry of the side nav: the category's id, the words shown, and how many of it are in the cart. */
export interface NavCategory {
  id: string;
  name: string;
  count?: number;
}

// The menu's side nav: one row per category, the active one highlighted and kept in view; a tap selects.
Component({
  properties: {
    /** The categories in menu order (`NavCategory[]`). */
    categories: { type: Array, value: [] as NavCategory[] },
    /** The category to highlight, e.g. the section the menu list reports in view. */
    activeId: { type: String, value: '' },
  },
  data: { currentId: '', intoView: '' },
  observers: {
    'activeId, categories'(activeId: string, categories: NavCategory[]) {
      const currentId = categories.some((category) => category.id === activeId)
        ? activeId
        : (categories[0]?.id ?? '');
      this.show(currentId);
    },
  },
  methods: {
    /** Highlights the tapped category at once and sends `select` with `{ id }`; a tap on the current one is quiet. */
    onSelect(event: WechatMiniprogram.TouchEvent<object, object, { id: string }>) {
      const { id } = event.currentTarget.dataset;
      if (id === this.data.currentId) return;
      this.show(id);
      this.triggerEvent('select', { id });
    },
    /** Draws `id` as the highlighted row and scrolls the nav so it is in view. */
    show(id: string) {
      if (id !== this.data.currentId) this.setData({ currentId: id, intoView: id ? `nav-${id}` : '' });
    },
  },
});
