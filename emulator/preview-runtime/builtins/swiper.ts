import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';
import { attachSwiperDrag } from './swiper-drag';
import { drawDots, marginLength, placeItems } from './swiper-layout';
import { triggerEvent } from './events';

interface SwiperData {
  indicatorDots: boolean;
  indicatorColor: string;
  indicatorActiveColor: string;
  autoplay: boolean;
  current: number;
  interval: number;
  duration: number;
  circular: boolean;
  vertical: boolean;
  displayMultipleItems: number;
  previousMargin: string;
  nextMargin: string;
}

/** Why the current item changed, as the platform's `bindchange` says: autoplay, touch, or '' (the page). */
export type ChangeSource = 'autoplay' | 'touch' | '';

/** One swiper's moving parts. */
interface SwiperState {
  current: number;
  dots: HTMLElement;
  autoplayTimer?: ReturnType<typeof setTimeout>;
}

const STATES = new WeakMap<object, SwiperState>();

// 150 px high unless styled; items stacked and slid by transform; dots centred at the bottom (or right).
addBuiltInStyle(`
  wx-swiper { display: block; position: relative; overflow: hidden; height: 150px; touch-action: none;
    user-select: none; }
  wx-swiper > wx-swiper-item { display: block; position: absolute; inset: 0; overflow: hidden; }
  wx-swiper > .wx-swiper-dots { position: absolute; z-index: 1; display: flex; gap: 8px; pointer-events: none;
    left: 50%; bottom: 10px; transform: translateX(-50%); }
  wx-swiper[data-vertical] > .wx-swiper-dots { flex-direction: column; left: auto; bottom: auto; right: 10px;
    top: 50%; transform: translateY(-50%); }
  wx-swiper > .wx-swiper-dots[hidden] { display: none; }
  .wx-swiper-dot { width: 8px; height: 8px; border-radius: 50%; }
`);

function itemsOf(host: HTMLElement): HTMLElement[] {
  return [...host.children].filter((child): child is HTMLElement => child.tagName === 'WX-SWIPER-ITEM');
}

/** Draws the swiper at its current item, with the drag in progress (px) if any. */
function layout(component: object, dragOffset = 0): void {
  const host = hostOf(component);
  const state = STATES.get(component);
  if (!host || !state) return;
  const data = dataOf<SwiperData>(component);
  const items = itemsOf(host);
  state.current = Math.min(Math.max(0, state.current), Math.max(0, items.length - 1));
  host.dataset.current = String(state.current);
  host.toggleAttribute('data-vertical', Boolean(data.vertical));
  placeItems({
    items,
    current: state.current,
    circular: Boolean(data.circular),
    vertical: Boolean(data.vertical),
    duration: data.duration ?? 500,
    dragOffset,
    shown: Math.max(1, data.displayMultipleItems ?? 1),
    previousMargin: marginLength(data.previousMargin),
    nextMargin: marginLength(data.nextMargin),
  });
  state.dots.hidden = !data.indicatorDots;
  drawDots(
    state.dots,
    items.length,
    state.current,
    data.indicatorColor || 'rgba(0, 0, 0, .3)',
    data.indicatorActiveColor || '#000000',
  );
}

/** Moves to item `next` (wrapping when circular) and fires `change` with its source. */
function goTo(component: object, next: number, source: ChangeSource): void {
  const host = hostOf(component);
  const state = STATES.get(component);
  if (!host || !state) return;
  const data = dataOf<SwiperData>(component);
  const count = itemsOf(host).length;
  if (!count) return;
  const last = Math.max(0, count - Math.max(1, data.displayMultipleItems ?? 1));
  const target = data.circular ? ((next % count) + count) % count : Math.min(Math.max(0, next), last);
  if (target === state.current) return layout(component);
  state.current = target;
  layout(component);
  const item = itemsOf(host)[target];
  const detail = { current: target, currentItemId: item?.dataset.itemId ?? '', source };
  triggerEvent(component, 'change', detail);
  setTimeout(() => triggerEvent(component, 'animationfinish', detail), data.duration ?? 500);
  scheduleAutoplay(component);
}

/** (Re)starts the autoplay timer: after `interval` ms the next item comes, with source `autoplay`. */
function scheduleAutoplay(component: object): void {
  const state = STATES.get(component);
  if (!state) return;
  if (state.autoplayTimer) clearTimeout(state.autoplayTimer);
  state.autoplayTimer = undefined;
  const data = dataOf<SwiperData>(component);
  if (!data.autoplay) return;
  state.autoplayTimer = setTimeout(() => {
    const host = hostOf(component);
    if (!host?.isConnected) return;
    const count = itemsOf(host).length;
    const last = state.current >= count - Math.max(1, data.displayMultipleItems ?? 1);
    goTo(component, last && !data.circular ? 0 : state.current + 1, 'autoplay');
  }, data.interval ?? 5000);
}

/**
 * Registers `swiper`: items slid by `current` (a property that moves it), indicator dots in their colours,
 * `autoplay` every `interval` ms, `duration` ms slides, `circular`, `vertical`, dragging with the mouse or a
 * finger (the click ending a drag is no tap), `current-item-id`, `bindchange` / `bindanimationfinish` with
 * `{ current, currentItemId, source }` and `bindtransition` with `{ dx, dy }` while dragged.
 */
export function registerSwiper(): void {
  registerComponent({
    id: 'swiper',
    tagName: 'wx-swiper',
    template: '<slot/>',
    properties: {
      indicatorDots: Boolean,
      indicatorColor: { type: String, value: 'rgba(0, 0, 0, .3)' },
      indicatorActiveColor: { type: String, value: '#000000' },
      autoplay: Boolean,
      current: Number,
      currentItemId: String,
      interval: { type: Number, value: 5000 },
      duration: { type: Number, value: 500 },
      circular: Boolean,
      vertical: Boolean,
      displayMultipleItems: { type: Number, value: 1 },
      previousMargin: { type: String, value: '0px' },
      nextMargin: { type: String, value: '0px' },
    },
    observers: {
      current(this: object, current: number) {
        if (STATES.has(this)) goTo(this, current, '');
      },
      currentItemId(this: object, itemId: string) {
        const host = hostOf(this);
        const index = host && itemId ? itemsOf(host).findIndex((item) => item.dataset.itemId === itemId) : -1;
        if (index >= 0 && STATES.has(this)) goTo(this, index, '');
      },
      'indicatorDots, indicatorColor, indicatorActiveColor, vertical, circular, displayMultipleItems, previousMargin, nextMargin'(
        this: object,
      ) {
        layout(this);
      },
      'autoplay, interval'(this: object) {
        scheduleAutoplay(this);
      },
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const dots = document.createElement('div');
        dots.className = 'wx-swiper-dots';
        host.append(dots);
        STATES.set(this, { current: dataOf<SwiperData>(this).current ?? 0, dots });
        // Items come and go with the page's data: lay them out again whenever they do.
        new MutationObserver(() => layout(this)).observe(host, { childList: true });
        attachSwiperDrag(host, {
          vertical: () => Boolean(dataOf<SwiperData>(this).vertical),
          move: (offset) => {
            layout(this, offset);
            const vertical = Boolean(dataOf<SwiperData>(this).vertical);
            triggerEvent(this, 'transition', { dx: vertical ? 0 : -offset, dy: vertical ? -offset : 0 });
          },
          release: (steps) => {
            const state = STATES.get(this);
            if (state) goTo(this, state.current + steps, 'touch');
          },
        });
        layout(this);
        scheduleAutoplay(this);
      },
      detached(this: object) {
        const state = STATES.get(this);
        if (state?.autoplayTimer) clearTimeout(state.autoplayTimer);
      },
    },
  });
}
