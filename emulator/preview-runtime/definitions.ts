import {
  callHook,
  defineBehavior,
  hostAttributeBehavior,
  registerComponent,
  setAddGlobalClass,
  type WxmlTemplate,
} from './engine';
import { addRuntimeStyle } from './runtime-style';

/** A custom component's CSS both ways: scoped (isolated, apply-shared) and with only `:host` rewritten (shared). */
export interface ComponentStyles {
  prefix: string;
  scopedCss: string;
  sharedCss: string;
}

/** The module being loaded: its `Page()`/`Component()` call registers under this path. */
interface LoadingModule {
  kind: 'page' | 'component';
  path: string;
  template: WxmlTemplate;
  /** Tag → engine id of the custom components its WXML uses. */
  usingComponents: Record<string, string>;
  /** The component's json (`styleIsolation`, `component: true`). */
  json: Record<string, unknown>;
  styles?: ComponentStyles;
}

/** The attribute on a component's host naming its class prefix (the server's `:host` rewrite selects it). */
const HOST_ATTRIBUTE = 'wx-host';

let loading: LoadingModule | undefined;
/** Behaviors every page and component gets (the preview's own instance methods). */
const sharedBehaviors: string[] = [];
const definedIds = new Map<string, string>();
let app: object | undefined;

/** Marks which page or component the next `Page()`/`Component()` call defines. */
export function beginModuleLoad(module: LoadingModule): void {
  loading = module;
}

/** The engine id of a loaded page (`page:<path>`) or component (`<path>`). */
export function definedComponentId(path: string): string {
  const id = definedIds.get(path);
  if (!id) throw new Error(`${path} did not call Page() or Component()`);
  return id;
}

/**
 * Gives every page and component defined from now on these instance methods (e.g. the preview's
 * `createSelectorQuery`, measuring against the phone frame), in place of the engine's own.
 */
export function addInstanceMethods(
  methods: Record<string, (this: object, ...args: never[]) => unknown>,
): void {
  sharedBehaviors.push(defineBehavior({ methods }));
}

/** Runs `created` on every page and component instance defined from now on, before its own lifetimes. */
export function addCreatedHook(created: (this: never) => void): void {
  sharedBehaviors.push(defineBehavior({ lifetimes: { created } }));
}

type Options = Record<string, unknown> & { styleIsolation?: string; addGlobalClass?: boolean };

/** The platform's style isolation of a component: its options first, then its json, isolated by default. */
function styleIsolationOf(options: Options, json: Record<string, unknown>): string {
  if (typeof options.styleIsolation === 'string') return options.styleIsolation;
  if (typeof json.styleIsolation === 'string') return json.styleIsolation;
  return options.addGlobalClass ? 'apply-shared' : 'isolated';
}

/** Relation keys are paths relative to the component; the engine matches them by component id (the path). */
function absoluteRelations(from: string, relations: unknown): Record<string, unknown> | undefined {
  if (!relations || typeof relations !== 'object') return undefined;
  const base = from.split('/').slice(0, -1);
  const resolved: Record<string, unknown> = {};
  for (const [key, relation] of Object.entries(relations)) {
    const parts = key.startsWith('/') ? [] : [...base];
    for (const part of key.split('/')) {
      if (part === '..') parts.pop();
      else if (part && part !== '.') parts.push(part);
    }
    resolved[parts.join('/')] = relation;
  }
  return resolved;
}

function defineComponent(definition: Record<string, unknown>): void {
  const module = loading;
  if (!module) throw new Error('Component() was called outside a page or component module');
  loading = undefined;
  const options: Options = { ...(definition.options as Options | undefined) };
  const behaviors = [
    ...(Array.isArray(definition.behaviors) ? definition.behaviors : []),
    ...sharedBehaviors,
  ];
  if (module.kind === 'page') {
    const id = registerComponent({
      ...definition,
      behaviors,
      id: `page:${module.path}`,
      tagName: 'page',
      template: module.template,
      usingComponents: module.usingComponents,
      options: { ...options, classPrefix: '' },
    });
    definedIds.set(module.path, id);
    return;
  }
  const styles = module.styles ?? { prefix: '', scopedCss: '', sharedCss: '' };
  const isolation = styleIsolationOf(options, module.json);
  const id = registerComponent({
    ...definition,
    id: module.path,
    path: module.path,
    template: module.template,
    usingComponents: module.usingComponents,
    behaviors: [...behaviors, hostAttributeBehavior(HOST_ATTRIBUTE, styles.prefix)],
    relations: absoluteRelations(module.path, definition.relations),
    options: { ...options, classPrefix: styles.prefix },
  });
  if (isolation === 'apply-shared' || isolation === 'shared') setAddGlobalClass(id);
  addRuntimeStyle(isolation === 'shared' ? styles.sharedCss : styles.scopedCss);
  definedIds.set(module.path, id);
}

/** `Page(definition)` as a component: its functions become methods (lifecycles included), its data the data. */
function definePage(definition: Record<string, unknown>): void {
  const methods: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(definition))
    if (typeof value === 'function') methods[name] = value;
  defineComponent({ data: definition.data ?? {}, methods });
}

/** `App(definition)`: the one app instance, launched at once with the entry page's path and query. */
function defineApp(definition: Record<string, unknown>): void {
  app = { ...definition };
}

/** Runs the app's onLaunch and onShow, as the client does before the first page. */
export function launchApp(path: string, query: Record<string, string>): void {
  if (!app) throw new Error('app.ts did not call App()');
  const launch = { path, query, scene: 1001, referrerInfo: {} };
  callHook(app, 'onLaunch', launch);
  callHook(app, 'onShow', launch);
}

/** Installs App, getApp, Page, Component, Behavior and getCurrentPages as the globals mini program code calls. */
export function installDefinitionGlobals(getCurrentPages: () => object[]): void {
  Object.assign(globalThis, {
    getCurrentPages,
    App: defineApp,
    getApp: () => app,
    Page: definePage,
    Component: defineComponent,
    Behavior: defineBehavior,
  });
}
