import { callHook } from '../engine';
import { addRuntimeStyle } from '../runtime-style';
import { fail, succeed, type Callbacks } from './callbacks';

/** The platform's default `onReachBottomDistance`, in px. */
const REACH_BOTTOM_DISTANCE = 50;
/** How far (px) a pull from the top must go before releasing it refreshes. */
const PULL_DISTANCE = 60;
/** Height (px) of the refresh indicator while refreshing. */
const REFRESH_HEIGHT = 50;

/** What page scrolling acts on: an open page's instance and the frame it scrolls in. */
export interface ScrollingPage {
  mounted: { instance: object };
  frame: HTMLElement;
}

/** A page's scroll settings, from its json over app.json's `window`. */
export interface PageScrollSettings {
  enablePullDownRefresh?: boolean;
  onReachBottomDistance?: number;
}

const PULL_CSS = `
.wx-pull-refresh { position: absolute; left: 0; right: 0; top: 0; height: 0; overflow: hidden; display: flex;
  align-items: center; justify-content: center; gap: 6px; background: #f6f6f6; }
.wx-pull-refresh i { width: 6px; height: 6px; border-radius: 50%; background: #b2b2b2;
  animation: wx-pull-dot 1s infinite ease-in-out; }
.wx-pull-refresh i:nth-child(2) { animation-delay: .2s; } .wx-pull-refresh i:nth-child(3) { animation-delay: .4s; }
@keyframes wx-pull-dot { 0%, 100% { opacity: .3; } 50% { opacity: 1; } }
.page-frame.wx-refreshing > page, .page-frame.wx-pulling > page { transform: translateY(var(--wx-pull, 0px)); }
`;

let styled = false;
const refreshers = new WeakMap<HTMLElement, (active: boolean) => void>();

function indicator(frame: HTMLElement): HTMLElement {
  if (!styled) addRuntimeStyle(PULL_CSS);
  styled = true;
  const dots = document.createElement('div');
  dots.className = 'wx-pull-refresh';
  dots.append(document.createElement('i'), document.createElement('i'), document.createElement('i'));
  frame.prepend(dots);
  return dots;
}

/** Shows or hides the page's refresh indicator; the page's `onPullDownRefresh` runs when it is shown. */
function pullDownRefresh(page: ScrollingPage): (active: boolean) => void {
  const dots = indicator(page.frame);
  let refreshing = false;
  return (active) => {
    const starting = active && !refreshing;
    refreshing = active;
    page.frame.classList.toggle('wx-refreshing', active);
    page.frame.style.setProperty('--wx-pull', active ? `${REFRESH_HEIGHT}px` : '0px');
    dots.style.height = active ? `${REFRESH_HEIGHT}px` : '0';
    if (starting) callHook(page.mounted.instance, 'onPullDownRefresh');
  };
}

/** Pulling the page down from its top with the mouse (or a finger) and letting go refreshes it. */
function bridgePull(page: ScrollingPage, refresh: (active: boolean) => void): void {
  let startY: number | undefined;
  page.frame.addEventListener('pointerdown', (event) => {
    startY = page.frame.scrollTop === 0 ? event.clientY : undefined;
  });
  page.frame.addEventListener('pointermove', (event) => {
    if (startY === undefined || event.buttons === 0) return;
    const pulled = Math.max(0, Math.min(event.clientY - startY, PULL_DISTANCE * 1.5));
    page.frame.classList.toggle('wx-pulling', pulled > 0);
    page.frame.style.setProperty('--wx-pull', `${pulled}px`);
  });
  const release = (event: PointerEvent) => {
    if (startY === undefined) return;
    const pulled = event.clientY - startY;
    startY = undefined;
    page.frame.classList.remove('wx-pulling');
    if (pulled >= PULL_DISTANCE) refresh(true);
    else if (!page.frame.classList.contains('wx-refreshing'))
      page.frame.style.setProperty('--wx-pull', '0px');
  };
  page.frame.addEventListener('pointerup', release);
  page.frame.addEventListener('pointercancel', release);
}

/**
 * Gives an open page the platform's page scroll: `onPageScroll({ scrollTop })` on each scroll,
 * `onReachBottom()` once each time the bottom comes within `onReachBottomDistance` px (again once the page
 * has grown), and, with
 * `enablePullDownRefresh`, pulling down from the top calls `onPullDownRefresh()`.
 */
export function attachPageScroll(page: ScrollingPage, settings: PageScrollSettings): void {
  const distance = settings.onReachBottomDistance ?? REACH_BOTTOM_DISTANCE;
  let nearBottom = false;
  // The page height when onReachBottom last ran: once the page grows (more rows loaded), it may run again.
  let reachedAtHeight = -1;
  page.frame.addEventListener('scroll', () => {
    const { scrollTop, scrollHeight, clientHeight } = page.frame;
    callHook(page.mounted.instance, 'onPageScroll', { scrollTop });
    const near = scrollHeight - scrollTop - clientHeight <= distance;
    if (near && (!nearBottom || reachedAtHeight !== scrollHeight)) {
      reachedAtHeight = scrollHeight;
      callHook(page.mounted.instance, 'onReachBottom');
    }
    nearBottom = near;
  });
  if (!settings.enablePullDownRefresh) return;
  const refresh = pullDownRefresh(page);
  refreshers.set(page.frame, refresh);
  bridgePull(page, refresh);
}

/** The page's element matching `selector`, found by the engine (which knows ids and classes as written). */
function pageElement(page: ScrollingPage, selector: string): HTMLElement | undefined {
  const node: unknown = Reflect.get(page.mounted.instance, '_exparserNode');
  const root: unknown = node && typeof node === 'object' ? Reflect.get(node, 'shadowRoot') : undefined;
  const found: unknown =
    root && typeof root === 'object'
      ? Reflect.apply(Reflect.get(root, 'querySelector'), root, [selector])
      : null;
  const dom: unknown = found && typeof found === 'object' ? Reflect.get(found, '$$') : undefined;
  return dom instanceof HTMLElement ? dom : undefined;
}

type PageScrollToOptions = Callbacks & {
  scrollTop?: number;
  selector?: string;
  offsetTop?: number;
  /** Milliseconds of the scroll animation; 0 jumps. */
  duration?: number;
};

/** wx.pageScrollTo, wx.startPullDownRefresh and wx.stopPullDownRefresh, acting on the top page. */
export function pageScrollApis(topPage: () => ScrollingPage | undefined) {
  return {
    pageScrollTo(options: PageScrollToOptions = {}) {
      const page = topPage();
      if (!page) return fail(options, 'pageScrollTo', 'no page is open');
      let top = options.scrollTop;
      if (options.selector !== undefined) {
        const target = pageElement(page, options.selector);
        if (!target) return fail(options, 'pageScrollTo', `no element matches ${options.selector}`);
        const frameTop = page.frame.getBoundingClientRect().top;
        top = target.getBoundingClientRect().top - frameTop + page.frame.scrollTop + (options.offsetTop ?? 0);
      }
      if (top === undefined) return fail(options, 'pageScrollTo', 'scrollTop or selector is required');
      page.frame.scrollTo({ top, behavior: (options.duration ?? 300) > 0 ? 'smooth' : 'auto' });
      return succeed(options, { errMsg: 'pageScrollTo:ok' });
    },
    startPullDownRefresh(options?: Callbacks) {
      const refresh = refreshers.get(topPage()?.frame ?? document.body);
      if (!refresh)
        return fail(options, 'startPullDownRefresh', 'enablePullDownRefresh is not set on this page');
      refresh(true);
      return succeed(options, { errMsg: 'startPullDownRefresh:ok' });
    },
    stopPullDownRefresh(options?: Callbacks) {
      refreshers.get(topPage()?.frame ?? document.body)?.(false);
      return succeed(options, { errMsg: 'stopPullDownRefresh:ok' });
    },
  };
}
