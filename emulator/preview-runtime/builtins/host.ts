/** The DOM element the engine drew for a component instance (`this` inside a built-in's definition). */
export function hostOf(component: object): HTMLElement | undefined {
  const node: unknown = Reflect.get(component, '_exparserNode');
  const dom: unknown = node && typeof node === 'object' ? Reflect.get(node, '$$') : undefined;
  return dom instanceof HTMLElement ? dom : undefined;
}

/** A component instance's data, as the engine keeps it. */
export function dataOf<T extends object>(component: object): Partial<T> {
  return Reflect.get(component, 'data') as Partial<T>;
}
