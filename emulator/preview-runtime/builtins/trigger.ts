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
