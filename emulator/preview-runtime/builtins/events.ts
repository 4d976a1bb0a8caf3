import { dataOf, hostOf } from './host';

/** `value[key]` when `value` is an object, else undefined (reading the engine's untyped internals). */
function field(value: unknown, key: string): unknown {
  return value !== null && (typeof value === 'object' || typeof value === 'function')
    ? Reflect.get(value, key)
    : undefined;
}

/** Calls `value[key]()` when it is a method, else answers undefined. */
function callMethod(value: unknown, key: string): unknown {
  const method = field(value, key);
  return typeof method === 'function' ? Reflect.apply(method, value, []) : undefined;
}

/** Sends the component's event `name` with the platform's `detail` to its `bind<name>`/`catch<name>`. */
export function emit(component: object, name: string, detail: Record<string, unknown>): void {
  const trigger = field(component, 'triggerEvent');
  if (typeof trigger === 'function') Reflect.apply(trigger, component, [name, detail, {}]);
}

/**
 * Sends event `name` like `emit` and answers what the bound handler returned (bindinput's return value
 * replaces the input's text on the platform); undefined when nothing is bound or it returned nothing.
 */
export function emitForAnswer(component: object, name: string, detail: Record<string, unknown>): unknown {
  // The engine keeps the binding on the element (`_vt.event`) and the page's methods on its owner's caller.
  const node = field(component, '_exparserNode');
  const handlerName = field(field(field(field(node, '_vt'), 'event'), name), 'handler');
  const caller: unknown = field(callMethod(field(node, 'ownerShadowRoot'), 'getHostNode'), '__methodCaller');
  const handler = typeof handlerName === 'string' ? field(caller, handlerName) : undefined;
  if (typeof handlerName !== 'string' || typeof handler !== 'function' || !(caller instanceof Object)) {
    emit(component, name, detail);
    return undefined;
  }
  let answer: unknown;
  const ownMethod = Object.prototype.hasOwnProperty.call(caller, handlerName);
  Reflect.set(caller, handlerName, function capture(this: unknown, ...args: unknown[]) {
    answer = Reflect.apply(handler, this, args);
    return answer;
  });
  try {
    emit(component, name, detail);
  } finally {
    if (ownMethod) Reflect.set(caller, handlerName, handler);
    else Reflect.deleteProperty(caller, handlerName);
  }
  return answer;
}

/** Calls `listener` on a tap (a click) on the component's host, unless the component is `disabled`. */
export function onHostTap(component: object, listener: (event: MouseEvent) => void): void {
  hostOf(component)?.addEventListener('click', (event) => {
    if (dataOf<{ disabled: boolean }>(component).disabled === true) return;
    listener(event);
  });
}

/**
 * Fires the built-in's event `name` with the platform's `detail`, as a page's `bind<name>` receives it. It
 * fires once the current update has finished, as on a phone where events cross from the view to the logic:
 * a handler's setData inside the engine's own update would be merged into it and never drawn.
 */
export function triggerEvent(component: object, name: string, detail: object): void {
  const trigger: unknown = Reflect.get(component, 'triggerEvent');
  if (typeof trigger === 'function') queueMicrotask(() => Reflect.apply(trigger, component, [name, detail]));
}

/** The engine element a DOM node was drawn for, if any. */
export function engineIdOf(node: Element): string | undefined {
  const element: unknown = Reflect.get(node, '__wxElement');
  const id: unknown = element && typeof element === 'object' ? Reflect.get(element, 'id') : undefined;
  return typeof id === 'string' && id ? id : undefined;
}

/** The element under `root` whose WXML `id` is `id` (the DOM id, or the engine's when it keeps its own). */
export function findById(root: HTMLElement, id: string): HTMLElement | undefined {
  for (const node of root.querySelectorAll<HTMLElement>('*'))
    if (node.id === id || engineIdOf(node) === id) return node;
  return undefined;
}
