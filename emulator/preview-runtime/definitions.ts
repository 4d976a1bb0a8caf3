import { callHook, registerComponent, type WxmlTemplate } from './engine';

/** The page whose module is being loaded: its `Page()`/`Component()` call registers under this path. */
interface LoadingPage {
  path: string;
  template: WxmlTemplate;
}

let loading: LoadingPage | undefined;
const pageIds = new Map<string, string>();
let app: object | undefined;

/** Marks which page the next `Page()`/`Component()` call defines. */
export function beginPageLoad(page: LoadingPage): void {
  loading = page;
}

/** The engine id of a loaded page. */
export function pageComponentId(path: string): string {
  const id = pageIds.get(path);
  if (!id) throw new Error(`page ${path} did not call Page() or Component()`);
  return id;
}

function defineComponent(definition: Record<string, unknown>): void {
  const page = loading;
  if (!page) throw new Error('Component() outside a page module is not supported by the preview yet');
  loading = undefined;
  const options = { ...(definition.options as object | undefined), classPrefix: '' };
  const id = registerComponent({
    ...definition,
    id: `page:${page.path}`,
    tagName: 'page',
    template: page.template,
    options,
  });
  pageIds.set(page.path, id);
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

/** Installs App, getApp, Page, Component and getCurrentPages as the globals mini program code calls. */
export function installDefinitionGlobals(getCurrentPages: () => object[]): void {
  Object.assign(globalThis, {
    getCurrentPages,
    App: defineApp,
    getApp: () => app,
    Page: definePage,
    Component: defineComponent,
  });
}
