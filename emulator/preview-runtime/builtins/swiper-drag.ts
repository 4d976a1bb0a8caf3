/** What a drag reports to its swiper. */
export interface SwiperDragHandlers {
  vertical(): boolean;
  /** The drag moved: the items follow by `offset` px along the axis (negative: towards the next item). */
  move(offset: number): void;
  /** The drag ended: move by `steps` items (-1, 0 or 1). */
  release(steps: number): void;
}

/** A drag further than this share of the swiper's size turns the page. */
const TURN_SHARE = 0.2;

/** A pointer that moves further than this (px) drags rather than taps. */
const DRAG_SLOP = 3;

/** Swipers whose last press was a drag: the click that ends it is no tap, as on a phone. */
const DRAGGED = new WeakSet<HTMLElement>();

// Caught on the way down, before the tap bridge turns the click into a tap.
window.addEventListener(
  'click',
  (event) => {
    const swiper = event.target instanceof Element ? event.target.closest('wx-swiper') : null;
    if (!(swiper instanceof HTMLElement) || !DRAGGED.has(swiper)) return;
    DRAGGED.delete(swiper);
    event.stopPropagation();
  },
  true,
);

/** Lets the mouse or a finger drag the swiper's items, turning a page when released far enough. */
export function attachSwiperDrag(host: HTMLElement, handlers: SwiperDragHandlers): void {
  let start: { x: number; y: number; pointer: number } | undefined;
  let offset = 0;
  const along = (event: PointerEvent) =>
    handlers.vertical() ? event.clientY - (start?.y ?? 0) : event.clientX - (start?.x ?? 0);
  host.addEventListener('pointerdown', (event) => {
    start = { x: event.clientX, y: event.clientY, pointer: event.pointerId };
    offset = 0;
    DRAGGED.delete(host);
  });
  host.addEventListener('pointermove', (event) => {
    if (!start || event.pointerId !== start.pointer) return;
    offset = along(event);
    if (Math.abs(offset) <= DRAG_SLOP && !DRAGGED.has(host)) return;
    DRAGGED.add(host);
    if (!host.hasPointerCapture(event.pointerId)) host.setPointerCapture(event.pointerId);
    handlers.move(offset);
  });
  const end = (event: PointerEvent) => {
    if (!start || event.pointerId !== start.pointer) return;
    const size = handlers.vertical() ? host.clientHeight : host.clientWidth;
    const dragged = offset;
    start = undefined;
    offset = 0;
    if (Math.abs(dragged) < size * TURN_SHARE) return handlers.release(0);
    handlers.release(dragged < 0 ? 1 : -1);
  };
  host.addEventListener('pointerup', end);
  host.addEventListener('pointercancel', end);
}
