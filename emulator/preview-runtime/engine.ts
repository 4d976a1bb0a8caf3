// The component engine the preview shares with miniprogram-simulate: j-component over miniprogram-exparser.
import jComponent from 'j-component';
import { cache } from 'j-component/src/tool/utils';

/** A compiled WXML template as wcc emits it: `$gwx(path)`, which j-component renders. */
export type WxmlTemplate = (...args: unknown[]) => unknown;

declare module 'j-component' {
  // j-component also takes a template function from the real compiler (its componentmanager checks the type).
  export function register(options: Record<string, unknown> & { template: string | WxmlTemplate }): string;
}

/** Registers a component definition with the engine and answers its id. */
export function registerComponent(
  definition: Record<string, unknown> & { template: string | WxmlTemplate },
): string {
  return jComponent.register(definition);
}

/** `Behavior(definition)`: registers a behavior and answers its id, which components list in `behaviors`. */
export const defineBehavior = jComponent.behavior;

/** A behavior that sets `attribute="value"` on the host of each component using it, when it is created. */
export function hostAttributeBehavior(attribute: string, value: string): string {
  return jComponent.behavior({
    lifetimes: {
      created() {
        const node: unknown = Reflect.get(this, '_exparserNode');
        const dom: unknown = node && typeof node === 'object' ? Reflect.get(node, '$$') : undefined;
        if (dom instanceof Element) dom.setAttribute(attribute, value);
      },
    },
  });
}

/**
 * Lets the page's classes reach into component `id` too (`addGlobalClass`, `apply-shared`, `shared`): the
 * engine then gives its elements each class both prefixed and as written. j-component always registers
 * `addGlobalClass: false`, so the registered definition's options are changed before its first instance.
 */
export function setAddGlobalClass(id: string): void {
  const manager = cache(id);
  if (!manager) throw new Error(`no component ${id} to share the page's classes with`);
  manager.exparserDef.options.addGlobalClass = true;
}

/** A mounted root component: its instance (the page's `this`) and its host element. */
export interface MountedComponent {
  instance: object;
  dom: HTMLElement | undefined;
}

/** Creates the registered component `id` and attaches it under `parent`. */
export function mountComponent(id: string, parent: HTMLElement): MountedComponent {
  const root = jComponent.create(id);
  root.attach(parent);
  return { instance: root.instance, dom: root.dom };
}

/** Calls `target[name](...args)` when the definition has that hook; answers what it returned. */
export function callHook(target: object, name: string, ...args: unknown[]): unknown {
  const hook: unknown = Reflect.get(target, name);
  return typeof hook === 'function' ? Reflect.apply(hook, target, args) : undefined;
}

/**
 * Runs `pageLifetimes[name]` (`show`, `hide`) of every component inside the page `instance`, as the client
 * does when the page is shown or hidden.
 */
export function triggerPageLifetime(instance: object, name: 'show' | 'hide', ...args: unknown[]): void {
  const node: unknown = Reflect.get(instance, '_exparserNode');
  const trigger: unknown =
    node && typeof node === 'object' ? Reflect.get(node, 'triggerPageLifeTime') : undefined;
  if (typeof trigger === 'function') Reflect.apply(trigger, node, [name, args]);
}
