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
