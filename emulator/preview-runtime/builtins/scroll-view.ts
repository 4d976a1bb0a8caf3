import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';
import { attachRefresher, onRefresherTriggered, REFRESHER_PROPERTIES } from './scroll-view-refresher';
import { findById, triggerEvent } from './events';

interface ScrollViewData {
  scrollX: boolean;
  scrollY: boolean;
  upperThreshold: number;
  lowerThreshold: number;
  scrollTop: number;
  scrollLeft: number;
  scrollIntoView: string;
  scrollWithAnimation: boolean;
}

// A phone's scroll-view shows no scroll bar; its axes are set per instance.
addBuiltInStyle(`
  wx-scroll-view { display: block; position: relative; overflow: hidden; scrollbar-width: none;
    -webkit-overflow-scrolling: touch; }
  wx-scroll-view::-webkit-scrollbar { display: none; }
`);

/** Each scroll-view's own scroll handling, by host. */
const ON_SCROLL = new WeakMap<EventTarget, () => void>();

// The engine's page root turns every DOM scroll inside it into a detail-less `scroll` event; a scroll-view's
// scrolling is caught before it, on the way down, so its `bindscroll` hears only the platform's detail.
document.addEventListener(
  'scroll',
  (event) => {
    const handle = event.target ? ON_SCROLL.get(event.target) : undefined;
    if (!handle) return;
    event.stopPropagation();
    handle();
  },
  true,
);

/** Which edges the scroll position is within its threshold of, last time it was looked at. */
const NEAR_EDGES = new WeakMap<HTMLElement, Set<string>>();

function behaviourOf(data: Partial<ScrollViewData>): ScrollBehavior {
  return data.scrollWithAnimation ? 'smooth' : 'auto';
}

/** Fires scrolltoupper / scrolltolower once each time the position comes within an edge's threshold. */
function reportEdges(component: object, host: HTMLElement): void {
  const data = dataOf<ScrollViewData>(component);
  const upper = data.upperThreshold ?? 50;
  const lower = data.lowerThreshold ?? 50;
  const near = new Set<string>();
  if (data.scrollY) {
    if (host.scrollTop <= upper) near.add('top');
    if (host.scrollHeight - host.clientHeight - host.scrollTop <= lower) near.add('bottom');
  }
  if (data.scrollX) {
    if (host.scrollLeft <= upper) near.add('left');
    if (host.scrollWidth - host.clientWidth - host.scrollLeft <= lower) near.add('right');
  }
  const before = NEAR_EDGES.get(host) ?? new Set(['top', 'left']);
  NEAR_EDGES.set(host, near);
  for (const direction of near) {
    if (before.has(direction)) continue;
    const upperEdge = direction === 'top' || direction === 'left';
    triggerEvent(component, upperEdge ? 'scrolltoupper' : 'scrolltolower', { direction });
  }
}

/** Scrolls so the child with WXML id `target` is at the scroll-view's start, on the axes it scrolls. */
function scrollIntoView(component: object, host: HTMLElement, target: string): void {
  const data = dataOf<ScrollViewData>(component);
  const child = target ? findById(host, target) : undefined;
  if (!child) return;
  const childBox = child.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  host.scrollTo({
    top: data.scrollY ? host.scrollTop + childBox.top - hostBox.top : undefined,
    left: data.scrollX ? host.scrollLeft + childBox.left - hostBox.left : undefined,
    behavior: behaviourOf(data),
  });
}

/**
 * Registers `scroll-view`: scroll-x / scroll-y, `scroll-top` / `scroll-left` (px) and `scroll-into-view` as
 * properties that move it (smoothly with `scroll-with-animation`), `bindscroll` with
 * `{ scrollLeft, scrollTop, scrollHeight, scrollWidth, deltaX, deltaY }`, and `bindscrolltoupper` /
 * `bindscrolltolower` with `{ direction }` when the position comes within `upper-threshold` / `lower-threshold`,
 * and the pull-down refresher (`refresher-enabled`, `refresher-triggered`, scroll-view-refresher.ts).
 */
export function registerScrollView(): void {
  registerComponent({
    id: 'scroll-view',
    tagName: 'wx-scroll-view',
    template: '<slot/>',
    properties: {
      scrollX: Boolean,
      scrollY: Boolean,
      upperThreshold: { type: Number, value: 50 },
      lowerThreshold: { type: Number, value: 50 },
      scrollTop: Number,
      scrollLeft: Number,
      scrollIntoView: String,
      scrollWithAnimation: Boolean,
      enableBackToTop: Boolean,
      enableFlex: Boolean,
      enhanced: Boolean,
      showScrollbar: { type: Boolean, value: true },
      ...REFRESHER_PROPERTIES,
    },
    observers: {
      refresherTriggered(this: object, triggered: boolean) {
        onRefresherTriggered(this, triggered);
      },
      'scrollX, scrollY'(this: object, scrollX: boolean, scrollY: boolean) {
        const host = hostOf(this);
        if (!host) return;
        host.style.overflowX = scrollX ? 'auto' : 'hidden';
        host.style.overflowY = scrollY ? 'auto' : 'hidden';
      },
      scrollTop(this: object, top: number) {
        const host = hostOf(this);
        if (host) host.scrollTo({ top, behavior: behaviourOf(dataOf<ScrollViewData>(this)) });
      },
      scrollLeft(this: object, left: number) {
        const host = hostOf(this);
        if (host) host.scrollTo({ left, behavior: behaviourOf(dataOf<ScrollViewData>(this)) });
      },
      scrollIntoView(this: object, target: string) {
        const host = hostOf(this);
        // The child may be drawn in the same update: look for it once the engine has drawn.
        if (host) requestAnimationFrame(() => scrollIntoView(this, host, target));
      },
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const data = dataOf<ScrollViewData>(this);
        host.style.overflowX = data.scrollX ? 'auto' : 'hidden';
        host.style.overflowY = data.scrollY ? 'auto' : 'hidden';
        attachRefresher(this, host);
        let last = { top: 0, left: 0 };
        ON_SCROLL.set(host, () => {
          const now = { top: host.scrollTop, left: host.scrollLeft };
          triggerEvent(this, 'scroll', {
            scrollLeft: now.left,
            scrollTop: now.top,
            scrollHeight: host.scrollHeight,
            scrollWidth: host.scrollWidth,
            deltaX: last.left - now.left,
            deltaY: last.top - now.top,
          });
          last = now;
          reportEdges(this, host);
        });
        requestAnimationFrame(() => {
          const { scrollTop = 0, scrollLeft = 0, scrollIntoView: target = '' } = dataOf<ScrollViewData>(this);
          if (scrollTop || scrollLeft) host.scrollTo({ top: scrollTop, left: scrollLeft });
          if (target) scrollIntoView(this, host, target);
        });
      },
    },
  });
}
