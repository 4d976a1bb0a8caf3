import { dataOf, hostOf } from './host';

/** The properties of a built-in that shows `hover-class` while pressed (view, button, navigator). */
export const HOVER_PROPERTIES = {
  hoverClass: { type: String, value: 'none' },
  hoverStopPropagation: Boolean,
  /** Milliseconds after the press before the class appears. */
  hoverStartTime: { type: Number, value: 50 },
  /** Milliseconds the class stays after release. */
  hoverStayTime: { type: Number, value: 400 },
};

interface HoverData {
  hoverClass: string;
  hoverStopPropagation: boolean;
  hoverStartTime: number;
  hoverStayTime: number;
}

/** The host an ancestor's hover must skip: a press inside `hover-stop-propagation` stays its own. */
const STOPPED = Symbol('hover stopped');

/**
 * Makes the component's host take its `hover-class` while pressed, as the platform does: the class appears
 * `hover-start-time` ms after the press and leaves `hover-stay-time` ms after the release.
 */
export function attachHover(component: object): void {
  const host = hostOf(component);
  if (!host) return;
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  let shownClass: string | undefined;
  const clear = () => {
    if (startTimer) clearTimeout(startTimer);
    startTimer = undefined;
    const leaving = shownClass;
    if (!leaving) return;
    const stay = dataOf<HoverData>(component).hoverStayTime ?? 400;
    setTimeout(() => {
      if (shownClass === leaving) host.classList.remove(...leaving.split(/\s+/).filter(Boolean));
      if (shownClass === leaving) shownClass = undefined;
    }, stay);
  };
  host.addEventListener('pointerdown', (event) => {
    const data = dataOf<HoverData>(component);
    const hoverClass = data.hoverClass ?? 'none';
    if (Reflect.get(event, STOPPED) || hoverClass === 'none' || Reflect.get(data, 'disabled') === true)
      return;
    if (data.hoverStopPropagation) Reflect.set(event, STOPPED, true);
    startTimer = setTimeout(() => {
      shownClass = hoverClass;
      host.classList.add(...hoverClass.split(/\s+/).filter(Boolean));
    }, data.hoverStartTime ?? 50);
  });
  for (const type of ['pointerup', 'pointercancel', 'pointerleave']) host.addEventListener(type, clear);
}
