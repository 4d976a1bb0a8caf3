/** How many screens (of its scroller) ahead a lazy image starts loading, as on the platform. */
const SCREENS_AHEAD = 3;

/** The nearest ancestor that scrolls the element: a scroll-view or the page's frame. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  return element.parentElement?.closest<HTMLElement>('wx-scroll-view, .page-frame') ?? null;
}

/** Calls `start` once `element` is within three screens of the part of its scroller on show. */
export function whenNearScreen(element: HTMLElement, start: () => void): void {
  // The host is in the document once the engine has attached the page, a frame later at the latest.
  requestAnimationFrame(() => {
    const root = scrollerOf(element);
    const ahead = SCREENS_AHEAD * (root?.clientHeight ?? window.innerHeight);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { root, rootMargin: `${ahead}px ${ahead}px` },
    );
    observer.observe(element);
  });
}
