import { beginModuleLoad, definedComponentId, type ComponentStyles } from './definitions';
import { type WxmlTemplate } from './engine';

/** A page or custom component of the bundle: its path, json, the components it uses, and its module. */
export interface ModuleSource {
  path: string;
  json: Record<string, unknown>;
  /** Tag → component path, as the bundle resolved its `usingComponents` (app.json's included). */
  using: Record<string, string>;
  load(): Promise<unknown>;
}

/** A custom component of the bundle, with its CSS. */
export type ComponentSource = ModuleSource & ComponentStyles;

/**
 * Loads pages and custom components on first use, with every component they use, and answers their engine
 * ids; a page is drawn only once all of its components are defined.
 */
export class ModuleLoader {
  private readonly loaded = new Map<string, Promise<string>>();

  constructor(
    private readonly gwx: (path: string) => WxmlTemplate,
    private readonly pages: ModuleSource[],
    private readonly components: ComponentSource[],
  ) {}

  /** The engine id of the page at `route`, loading it and its components on first use. */
  pageId(route: string): Promise<string> {
    const page = this.pages.find((candidate) => candidate.path === route);
    if (!page) return Promise.reject(new Error(`no page ${route} in app.json`));
    return this.once(`page:${route}`, () => this.define('page', page));
  }

  /** The json of the page at `route`. */
  pageJson(route: string): Record<string, unknown> {
    return this.pages.find((candidate) => candidate.path === route)?.json ?? {};
  }

  private componentId(path: string): Promise<string> {
    const component = this.components.find((candidate) => candidate.path === path);
    if (!component) return Promise.reject(new Error(`no component ${path} in the bundle`));
    return this.once(path, () => this.define('component', component));
  }

  private once(key: string, load: () => Promise<string>): Promise<string> {
    const known = this.loaded.get(key);
    if (known) return known;
    const loading = load();
    this.loaded.set(key, loading);
    return loading;
  }

  private async define(kind: 'page' | 'component', source: ModuleSource | ComponentSource): Promise<string> {
    // A component's engine id is its path; the engine resolves tags to components when first drawn, so a
    // module registers before the components it uses load (which also lets components use each other).
    beginModuleLoad({
      kind,
      path: source.path,
      template: this.gwx(`${source.path}.wxml`),
      usingComponents: { ...source.using },
      json: source.json,
      ...('prefix' in source && {
        styles: { prefix: source.prefix, scopedCss: source.scopedCss, sharedCss: source.sharedCss },
      }),
    });
    await source.load();
    const id = definedComponentId(source.path);
    for (const path of Object.values(source.using)) if (path !== source.path) await this.componentId(path);
    return id;
  }
}
