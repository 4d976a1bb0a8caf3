import { boxTop, sectionAt, sectionTops, type SectionTop } from './section-positions';
import { perInstance } from '../../utils/per-instance';

/** A product as the menu list draws it (texts as they are to be shown, price in fen as the server answered). */
export interface MenuProduct {
  id: string;
  name: string;
  note?: string;
  imageUrl?: string;
  priceFen: number;
  isSoldOut?: boolean;
  isPopular?: boolean;
  maxQuantity?: number;
}

/** One category's section: its header words and its products in menu order. */
export interface MenuSection {
  id: string;
  title: string;
  products: MenuProduct[];
  /** Its products are still to come (a big menu fills sections as the customer nears them): a placeholder shows. */
  isPending?: boolean;
}

/** What one list remembers between scroll events; kept off `data` so a scroll costs no setData. */
interface ScrollState {
  /** Measured section tops, or null until measured (again) after the sections changed. */
  tops: SectionTop[] | null;
  /** The list's visible height, measured with the tops (px). */
  viewHeight: number;
  /** The scrollTop the last scroll event reported (px). */
  seenTop: number;
  /** The section last reported in view (or scrolled to on request). */
  currentId: string;
  /** While a requested scroll is under way, where it goes (px); -1 when none. */
  targetTop: number;
}

const scrollStates = perInstance<ScrollState>(() => ({
  tops: null,
  viewHeight: 0,
  seenTop: 0,
  currentId: '',
  targetTop: -1,
}));
/** This list's scroll state, created on first use. */
const stateOf = (list: object) => scrollStates.of(list);

// The menu: a section of product cards under each category header in one scroll-view. It reports the section in
// view from the sections' MEASURED positions (createSelectorQuery, measured again after the sections change) and
// scrolls to a section's measured top when told, so a side nav and the list stay in step whatever the rows' heights.
Component({
  properties: {
    /** The sections in menu order (`MenuSection[]`). */
    sections: { type: Array, value: [] as MenuSection[] },
    /** In-cart quantity by product id, as the server answered; missing means 0. */
    quantities: { type: Object, value: {} as Record<string, number> },
    /** Set to a section id to scroll there (setting the same id again scrolls again). */
    scrollToId: { type: String, value: '' },
    /** Words of the cards' marks and add button, from the text tables. */
    soldOutText: { type: String, value: '' },
    popularText: { type: String, value: '' },
    addText: { type: String, value: '' },
    /** Screen-reader names of the cards' stepper buttons, and the words of a pending section's placeholder. */
    decreaseText: { type: String, value: '' },
    increaseText: { type: String, value: '' },
    pendingText: { type: String, value: '' },
  },
  data: { scrollTop: 0 },
  observers: {
    sections(sections: MenuSection[]) {
      const state = stateOf(this);
      state.tops = null;
      // Unscrolled, the first section is the one in view: it is not reported as a change.
      if (!sections.some((section) => section.id === state.currentId))
        state.currentId = sections[0]?.id ?? '';
    },
    scrollToId(id: string) {
      if (id) void this.scrollToSection(id);
    },
  },
  lifetimes: {
    detached() {
      scrollStates.forget(this);
    },
  },
  methods: {
    /** Measures every section's top inside the content, and the list's visible height. */
    measure(): Promise<SectionTop[]> {
      const state = stateOf(this);
      return new Promise((resolve) => {
        let listTop = 0;
        let scrollTop = state.seenTop;
        let sections: unknown = [];
        this.createSelectorQuery()
          .select('.menu-scroll')
          .fields({ rect: true, size: true, scrollOffset: true }, (box) => {
            listTop = boxTop(box);
            if (typeof box?.scrollTop === 'number') scrollTop = box.scrollTop;
            if (typeof box?.height === 'number') state.viewHeight = box.height;
          })
          .selectAll('.section')
          .fields({ rect: true, dataset: true }, (boxes) => {
            sections = boxes;
          })
          .exec(() => {
            state.tops = sectionTops(listTop, scrollTop, sections);
            resolve(state.tops);
          });
      });
    },
    /** The measured tops, measuring first when the sections changed since. */
    async currentTops(): Promise<SectionTop[]> {
      return stateOf(this).tops ?? this.measure();
    },
    /** Scrolls the list so section `id` starts at its top; the section is reported as current, with no event. */
    async scrollToSection(id: string) {
      const state = stateOf(this);
      const section = (await this.currentTops()).find((candidate) => candidate.id === id);
      if (!section) return;
      state.currentId = id;
      // Already there, no scroll event will come to end the quiet: stay listening.
      state.targetTop = Math.abs(state.seenTop - section.top) <= 1 ? -1 : section.top;
      // scroll-view moves only when scroll-top changes: from where it was left, when it already holds the target.
      if (this.data.scrollTop === section.top) this.setData({ scrollTop: state.seenTop });
      this.setData({ scrollTop: section.top });
    },
    /** Follows the customer's scrolling: sends `sectionchange` with `{ id }` when another section comes into view. */
    async onScroll(event: WechatMiniprogram.ScrollViewScroll) {
      const state = stateOf(this);
      const { scrollTop, scrollHeight } = event.detail;
      if (typeof scrollTop !== 'number') return; // a scroll event without a position tells nothing
      state.seenTop = scrollTop;
      const tops = await this.currentTops();
      const isAtEnd =
        scrollHeight > 0 && state.viewHeight > 0 && scrollTop + state.viewHeight >= scrollHeight - 1;
      if (state.targetTop >= 0) {
        // A requested scroll passes other sections on its way: stay quiet until it arrives.
        if (Math.abs(scrollTop - state.targetTop) > 1 && !isAtEnd) return;
        state.targetTop = -1;
        return;
      }
      const id = sectionAt(tops, scrollTop, isAtEnd);
      if (id && id !== state.currentId) {
        state.currentId = id;
        this.triggerEvent('sectionchange', { id });
      }
    },
    /** The customer's finger takes over from a requested scroll. */
    onTouchStart() {
      stateOf(this).targetTop = -1;
    },
    /** Passes a card's `add`, `change` and `open` on with their detail (`{ productId }`, plus `quantity`). */
    onAdd(event: WechatMiniprogram.CustomEvent<{ productId: string }>) {
      this.triggerEvent('add', event.detail);
    },
    onChange(event: WechatMiniprogram.CustomEvent<{ productId: string; quantity: number }>) {
      this.triggerEvent('change', event.detail);
    },
    onOpen(event: WechatMiniprogram.CustomEvent<{ productId: string }>) {
      this.triggerEvent('open', event.detail);
    },
  },
});
