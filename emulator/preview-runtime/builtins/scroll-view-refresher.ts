import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';
import { triggerEvent } from './events';

interface RefresherData {
  refresherEnabled: boolean;
  /** Pixels the user pulls before letting go refreshes. */
  refresherThreshold: number;
  refresherDefaultStyle: string;
  refresherBackground: string;
  refresherTriggered: boolean;
}

/** The properties of scroll-view's pull-down refresher, with the platform's defaults. */
export const REFRESHER_PROPERTIES = {
  refresherEnabled: Boolean,
  refresherThreshold: { type: Number, value: 45 },
  refresherDefaultStyle: { type: String, value: 'black' },
  refresherBackground: { type: String, value: '#fff' },
  refresherTriggered: Boolean,
};

addBuiltInStyle(`
  wx-scroll-view > .wx-refresher { height: 0; overflow: hidden; display: flex; align-items: center;
    justify-content: center; gap: 6px; }
  wx-scroll-view > .wx-refresher[data-settling] { transition: height .2s ease; }
  wx-scroll-view > .wx-refresher > span { width: 6px; height: 6px; border-radius: 50%; background: currentColor;
    opacity: .3; }
  wx-scroll-view > .wx-refresher[data-refreshing] > span { animation: wx-refresher-dot 1s infinite; }
  wx-scroll-view > .wx-refresher[data-refreshing] > span:nth-child(2) { animation-delay: .2s; }
  wx-scroll-view > .wx-refresher[data-refreshing] > span:nth-child(3) { animation-delay: .4s; }
  @keyframes wx-refresher-dot { 50% { opacity: 1; } }
`);

function refresherOf(host: HTMLElement): HTMLElement {
  const found = host.querySelector<HTMLElement>(':scope > .wx-refresher');
  if (found) return found;
  const refresher = document.createElement('div');
  refresher.className = 'wx-refresher';
  refresher.append(...[0, 1, 2].map(() => document.createElement('span')));
  host.prepend(refresher);
  return refresher;
}

/** Opens the refresher to `height` px, sliding when `settle` (a release), following the finger otherwise. */
function open(component: object, height: number, settle: boolean): void {
  const host = hostOf(component);
  if (!host) return;
  const data = dataOf<RefresherData>(component);
  const refresher = refresherOf(host);
  refresher.toggleAttribute('data-settling', settle);
  refresher.style.height = `${height}px`;
  refresher.style.background = data.refresherBackground ?? '#fff';
  refresher.style.color = data.refresherDefaultStyle === 'white' ? '#fff' : '#000';
  refresher.style.visibility = data.refresherDefaultStyle === 'none' ? 'hidden' : 'visible';
}

/**
 * Follows `refresher-triggered` from the page: true holds the refresher open, false closes it and fires
 * `refresherrestore`, as the platform does once the page has finished refreshing.
 */
export function onRefresherTriggered(component: object, triggered: boolean): void {
  const host = hostOf(component);
  if (!host || (!triggered && !host.querySelector(':scope > .wx-refresher'))) return;
  const refresher = refresherOf(host);
  const wasRefreshing = refresher.hasAttribute('data-refreshing');
  if (triggered) {
    refresher.toggleAttribute('data-refreshing', true);
    return open(component, dataOf<RefresherData>(component).refresherThreshold ?? 45, true);
  }
  refresher.toggleAttribute('data-refreshing', false);
  open(component, 0, true);
  if (wasRefreshing) triggerEvent(component, 'refresherrestore', { dy: 0 });
}

/**
 * Lets the user pull the scroll-view down from its top with the mouse or a finger: `refresherpulling` with
 * `{ dy }` on the way, then `refresherrefresh` when let go past `refresher-threshold`, else `refresherabort`.
 */
export function attachRefresher(component: object, host: HTMLElement): void {
  let start: { y: number; pointer: number } | undefined;
  let pulled = 0;
  host.addEventListener('pointerdown', (event) => {
    const data = dataOf<RefresherData>(component);
    const refreshing = refresherOf(host).hasAttribute('data-refreshing');
    if (!data.refresherEnabled || refreshing || host.scrollTop > 0) return;
    start = { y: event.clientY, pointer: event.pointerId };
    pulled = 0;
  });
  host.addEventListener('pointermove', (event) => {
    if (!start || event.pointerId !== start.pointer) return;
    pulled = Math.max(0, event.clientY - start.y);
    if (!pulled) return;
    if (!host.hasPointerCapture(event.pointerId)) host.setPointerCapture(event.pointerId);
    open(component, pulled, false);
    triggerEvent(component, 'refresherpulling', { dy: pulled });
  });
  const release = (event: PointerEvent) => {
    if (!start || event.pointerId !== start.pointer) return;
    start = undefined;
    if (!pulled) return;
    const threshold = dataOf<RefresherData>(component).refresherThreshold ?? 45;
    const dy = pulled;
    pulled = 0;
    if (dy < threshold) {
      open(component, 0, true);
      return triggerEvent(component, 'refresherabort', { dy });
    }
    refresherOf(host).toggleAttribute('data-refreshing', true);
    open(component, threshold, true);
    triggerEvent(component, 'refresherrefresh', { dy });
  };
  host.addEventListener('pointerup', release);
  host.addEventListener('pointercancel', release);
}
