import { hostOf } from './host';

/** The engine's element behind a component instance. */
function engineNodeOf(component: object): object | undefined {
  const node: unknown = Reflect.get(component, '_exparserNode');
  return node && typeof node === 'object' ? node : undefined;
}

/** Sends the component's event `name` with the platform's `detail` to its `bind<name>`/`catch<name>`. */
export function emit(component: object, name: string, detail: Record<string, unknown>): void {
  const trigger: unknown = Reflect.get(component, 'triggerEvent');
  if (typeof trigger === 'function') Reflect.apply(trigger, component, [name, detail, {}]);
}

/**
 * Sends event `name` like `emit` and answers what the bound handler returned (bindinput's return value
 * replaces the input's text on the platform); undefined when nothing is bound or it returned nothing.
 */
export function emitForAnswer(component: object, name: string, detail: Record<string, unknown>): unknown {
  const node = engineNodeOf(component);
  const binding: unknown = node ? Reflect.get(Reflect.get(node, '_vt') ?? {}, 'event') : undefined;
  const handlerName: unknown =
    binding && typeof binding === 'object'
      ? Reflect.get(Reflect.get(binding, name) ?? {}, 'handler')
      : undefined;
  const shadowRoot: unknown = node ? Reflect.get(node, 'ownerShadowRoot') : undefined;
  const owner: unknown =
    shadowRoot && typeof shadowRoot === 'object'
      ? Reflect.apply(Reflect.get(shadowRoot, 'getHostNode') as () => unknown, shadowRoot, [])
      : undefined;
  const caller: unknown =
    owner && typeof owner === 'object' ? Reflect.get(owner, '__methodCaller') : undefined;
  const handler: unknown =
    caller && typeof handlerName === 'string' ? Reflect.get(caller as object, handlerName) : undefined;
  if (!caller || typeof handlerName !== 'string' || typeof handler !== 'function') {
    emit(component, name, detail);
    return undefined;
  }
  let answer: unknown;
  const ownMethod = Object.prototype.hasOwnProperty.call(caller, handlerName);
  Reflect.set(caller as object, handlerName, function capture(this: unknown, ...args: unknown[]) {
    answer = Reflect.apply(handler, this, args);
    return answer;
  });
  try {
    emit(component, name, detail);
  } finally {
    if (ownMethod) Reflect.set(caller as object, handlerName, handler);
    else Reflect.deleteProperty(caller as object, handlerName);
  }
  return answer;
}

/** Calls `listener` on a tap (a click) on the component's host, unless the component is `disabled`. */
export function onHostTap(component: object, listener: (event: MouseEvent) => void): void {
  hostOf(component)?.addEventListener('click', (event) => {
    if (Reflect.get(Reflect.get(component, 'data') as object, 'disabled') === true) return;
    listener(event);
  });
}
