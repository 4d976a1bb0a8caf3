import exparser, { type ExparserElement } from 'miniprogram-exparser';

type EngineNode = Node & { __wxElement?: ExparserElement };

/** Milliseconds a press must be held, without moving away, to be a `longpress` (the platform's 350 ms). */
const LONG_PRESS_MS = 350;
/** How far (px) a press may move and still be a tap or a long press. */
const TAP_SLOP = 10;

/** A touch point as mini program events carry it: page coordinates include the page's scroll. */
interface TouchPoint {
  identifier: number;
  pageX: number;
  pageY: number;
  clientX: number;
  clientY: number;
  force: number;
}

/** The press under way: where it started, on which engine element, and what it has become. */
interface Press {
  target: ExparserElement;
  startX: number;
  startY: number;
  moved: boolean;
  longPressTimer: ReturnType<typeof setTimeout> | undefined;
  /** A `longpress` handler ran: the click that ends this press is no tap. */
  longPressed: boolean;
}

/** The nearest element the engine drew at or above `node`. */
function engineElementOf(node: EventTarget | null): ExparserElement | undefined {
  let current = node as EngineNode | null;
  while (current && !current.__wxElement) current = current.parentNode as EngineNode | null;
  return current?.__wxElement;
}

/** Whether an element from `node` up to the page listens for `type` (bound with bind/catch/capture-bind). */
function listensFor(node: EventTarget | null, type: string): boolean {
  for (let current = node as EngineNode | null; current; current = current.parentNode as EngineNode | null) {
    const element = current.__wxElement;
    const bubbling: unknown = element && Reflect.get(element, '__wxEvents');
    const capturing: unknown = element && Reflect.get(element, '__wxCaptureEvents');
    if ((bubbling && Reflect.get(bubbling, type)) || (capturing && Reflect.get(capturing, type))) return true;
  }
  return false;
}

/** The point of a pointer event as the platform measures it: from the page's viewport, and its scroll. */
function touchPoint(event: MouseEvent): TouchPoint {
  const target = event.target instanceof Element ? event.target : null;
  const frame = target?.closest('.page-frame');
  const origin = frame?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const clientX = event.clientX - origin.left;
  const clientY = event.clientY - origin.top;
  return {
    identifier: 0,
    clientX,
    clientY,
    pageX: clientX + (frame?.scrollLeft ?? 0),
    pageY: clientY + (frame?.scrollTop ?? 0),
    force: 1,
  };
}

function dispatch(
  target: ExparserElement,
  type: string,
  originalEvent: Event,
  point: TouchPoint,
  touches: TouchPoint[],
): void {
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(
      type,
      { x: point.pageX, y: point.pageY },
      {
        originalEvent,
        bubbles: true,
        capturePhase: true,
        composed: true,
        extraFields: { touches, changedTouches: [point] },
      },
    ),
  );
}

/**
 * Turns the mouse (or a finger) into mini program touch events on the nearest element the engine drew,
 * through exparser's own bubbling and capture: `touchstart`, `touchmove`, `touchend`, `touchcancel`,
 * `longpress` (and `longtap`) after 350 ms held still, and `tap` on click — unless the press moved away
 * or a `longpress` handler took it, as on a phone.
 */
export function bridgeTaps(root: HTMLElement): void {
  let press: Press | undefined;
  const endPress = () => {
    if (press?.longPressTimer) clearTimeout(press.longPressTimer);
    if (press) press.longPressTimer = undefined;
  };
  root.addEventListener(
    'pointerdown',
    (event) => {
      const target = engineElementOf(event.target);
      if (!target || event.button !== 0) return;
      const point = touchPoint(event);
      const started: Press = {
        target,
        startX: event.clientX,
        startY: event.clientY,
        moved: false,
        longPressed: false,
        longPressTimer: undefined,
      };
      started.longPressTimer = setTimeout(() => {
        started.longPressTimer = undefined;
        started.longPressed = listensFor(event.target, 'longpress');
        dispatch(target, 'longpress', event, point, [point]);
        dispatch(target, 'longtap', event, point, [point]);
      }, LONG_PRESS_MS);
      press = started;
      dispatch(target, 'touchstart', event, point, [point]);
    },
    true,
  );
  root.addEventListener(
    'pointermove',
    (event) => {
      if (!press || event.buttons === 0) return;
      if (Math.hypot(event.clientX - press.startX, event.clientY - press.startY) > TAP_SLOP) {
        press.moved = true;
        endPress();
      }
      const point = touchPoint(event);
      dispatch(press.target, 'touchmove', event, point, [point]);
    },
    true,
  );
  for (const [domType, type] of [
    ['pointerup', 'touchend'],
    ['pointercancel', 'touchcancel'],
  ] as const)
    root.addEventListener(
      domType,
      (event) => {
        if (!press) return;
        endPress();
        dispatch(press.target, type, event, touchPoint(event), []);
        if (type === 'touchcancel') press = undefined;
      },
      true,
    );
  root.addEventListener(
    'click',
    (event) => {
      const ended = press;
      press = undefined;
      if (ended && (ended.moved || ended.longPressed)) return;
      const target = engineElementOf(event.target);
      if (!target) return;
      const point = touchPoint(event);
      dispatch(target, 'tap', event, point, []);
    },
    true,
  );
}
