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
  /** How many items show at once (`display-multiple-items`). */
  shown: number;
  /** CSS lengths left free before the first and after the last item on show (`previous-margin`, `next-margin`). */
  previousMargin: string;
  nextMargin: string;
}

/** A CSS length for a swiper margin as the page writes it: px, rpx (scaled with the frame) or a bare number. */
export function marginLength(value: string | undefined): string {
  const text = (value ?? '').trim();
  const rpx = /^(\d+(?:\.\d+)?)rpx$/.exec(text);
  if (rpx) return `calc(${rpx[1]} * var(--rpx))`;
  const px = /^(\d+(?:\.\d+)?)(px)?$/.exec(text);
  return px ? `${px[1]}px` : '0px';
}

/** Where item `index` sits relative to the current one, in items; a circular swiper wraps to the nearest side. */
export function slotOf(index: number, current: number, count: number, circular: boolean, shown = 1): number {
  const offset = index - current;
  if (!circular || count < 3) return offset;
  const wrapped = ((offset % count) + count) % count;
  // With several on show, all but one of the others wait after them, one before.
  if (shown > 1) return wrapped >= count - 1 ? wrapped - count : wrapped;
  return wrapped > count / 2 ? wrapped - count : wrapped;
}

/** Places every item of the swiper; an item that wraps round jumps instead of sliding across the others. */
export function placeItems(layout: SwiperLayout): void {
  const count = layout.items.length;
  layout.items.forEach((item, index) => {
    const slot = slotOf(index, layout.current, count, layout.circular, layout.shown);
    const previous = Number(item.dataset.slot ?? slot);
    const slides = Math.abs(previous - slot) <= 1 && layout.dragOffset === 0;
    item.dataset.slot = String(slot);
    item.style.transition = slides ? `transform ${layout.duration}ms ease` : 'none';
    const shift = `calc(${slot * 100}% + ${layout.dragOffset}px)`;
    item.style.transform = layout.vertical ? `translate3d(0, ${shift}, 0)` : `translate3d(${shift}, 0, 0)`;
    // Each item is a share of what the margins leave; translating by 100% moves by one item.
    const size = `calc((100% - ${layout.previousMargin} - ${layout.nextMargin}) / ${layout.shown})`;
    const [start, length, crossStart, crossLength] = layout.vertical
      ? (['top', 'height', 'left', 'width'] as const)
      : (['left', 'width', 'top', 'height'] as const);
    Object.assign(item.style, { inset: 'auto', [start]: layout.previousMargin, [length]: size });
    Object.assign(item.style, { [crossStart]: '0px', [crossLength]: '100%' });
    item.setAttribute('aria-hidden', String(slot < 0 || slot >= layout.shown));
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
