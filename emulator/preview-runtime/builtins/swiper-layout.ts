/** What a swiper's layout needs: its items, where it is, and how it moves. */
export interface SwiperLayout {
  items: HTMLElement[];
  current: number;
  circular: boolean;
  vertical: boolean;
  /** Milliseconds a change slides for. */
  duration: number;
  /** How far a drag in progress has moved the items, in px along the swiper's axis. */
  dragOffset: number;
}

/** Where item `index` sits relative to the current one, in items; a circular swiper wraps to the nearest side. */
export function slotOf(index: number, current: number, count: number, circular: boolean): number {
  const offset = index - current;
  if (!circular || count < 3) return offset;
  const wrapped = ((offset % count) + count) % count;
  return wrapped > count / 2 ? wrapped - count : wrapped;
}

/** Places every item of the swiper; an item that wraps round jumps instead of sliding across the others. */
export function placeItems(layout: SwiperLayout): void {
  const count = layout.items.length;
  layout.items.forEach((item, index) => {
    const slot = slotOf(index, layout.current, count, layout.circular);
    const previous = Number(item.dataset.slot ?? slot);
    const slides = Math.abs(previous - slot) <= 1 && layout.dragOffset === 0;
    item.dataset.slot = String(slot);
    item.style.transition = slides ? `transform ${layout.duration}ms ease` : 'none';
    const shift = `calc(${slot * 100}% + ${layout.dragOffset}px)`;
    item.style.transform = layout.vertical ? `translate3d(0, ${shift}, 0)` : `translate3d(${shift}, 0, 0)`;
    item.setAttribute('aria-hidden', String(slot !== 0));
  });
}

/** Draws the indicator dots: one per item, the current one in the active colour. */
export function drawDots(
  dots: HTMLElement,
  count: number,
  current: number,
  colour: string,
  active: string,
): void {
  while (dots.children.length > count) dots.lastElementChild?.remove();
  while (dots.children.length < count) dots.append(document.createElement('span'));
  [...dots.children].forEach((dot, index) => {
    if (!(dot instanceof HTMLElement)) return;
    dot.className = index === current ? 'wx-swiper-dot wx-swiper-dot-active' : 'wx-swiper-dot';
    dot.style.background = index === current ? active : colour;
  });
}
