import { callHook, mountComponent, triggerPageLifetime, type MountedComponent } from './engine';

/** At most this many pages are open at once, as on the platform. */
const MAX_DEPTH = 10;

/** An open page: its path and query, its instance, and the frame it is drawn in. */
export interface OpenPage {
  route: string;
  options: Record<string, string>;
  mounted: MountedComponent;
  frame: HTMLElement;
}

/** What the stack needs from the preview: loading a page's component, and drawing the bars. */
export interface PageStackHost {
  /** Loads the page module at `route` (once) and answers its engine id. */
  componentIdOf(route: string): Promise<string>;
  /** The navigation bar's title for `route`, from its json or app.json. */
  titleOf(route: string): string;
  /** Draws the navigation bar: the top page's title, and a back button when there is a page beneath. */
  drawNavigationBar(title: string, canGoBack: boolean): void;
  /** Draws the tab bar with `route` selected, or hides it (`undefined`: the top page is no tab page). */
  drawTabBar?(route: string | undefined): void;
  /** The routes of app.json's tab bar. */
  tabRoutes?: string[];
  /** Called with each page once it is drawn (page scroll, pull-down refresh attach here). */
  pageOpened?(page: OpenPage): void;
  /** Where pages are drawn. */
  area: HTMLElement;
}

/** Splits `/pages/a/index?x=1` (or a path relative to nothing) into its route and query. */
export function parsePageUrl(url: string): { route: string; query: Record<string, string> } {
  const [pathPart = '', queryPart = ''] = url.split('?');
  const query: Record<string, string> = {};
  new URLSearchParams(queryPart).forEach((value, key) => (query[key] = value));
  return { route: pathPart.replace(/^\/+/, ''), query };
}

/**
 * The navigation stack: navigateTo, navigateBack, redirectTo, reLaunch and switchTab, with each page's
 * lifecycles. Tab pages stay alive when another tab is chosen (hidden, not unloaded), as on the platform.
 */
export class PageStack {
  private readonly pages: OpenPage[] = [];
  /** Tab pages opened and not unloaded, by route; the one at the stack's bottom is also in `pages`. */
  private readonly tabPages = new Map<string, OpenPage>();

  constructor(private readonly host: PageStackHost) {}

  /** The open pages, bottom first, as `getCurrentPages()` answers them. */
  current(): object[] {
    return this.pages.map((page) => page.mounted.instance);
  }

  /** The page on top, which page scroll and pull-down refresh act on. */
  top(): OpenPage | undefined {
    return this.pages[this.pages.length - 1];
  }

  async navigateTo(url: string): Promise<void> {
    const { route } = parsePageUrl(url);
    if (this.isTab(route)) throw new Error('can not navigateTo a tabbar page');
    if (this.pages.length >= MAX_DEPTH) throw new Error(`navigateTo: more than ${MAX_DEPTH} pages are open`);
    this.hideTop();
    await this.open(url);
  }

  async navigateBack(delta = 1): Promise<void> {
    const steps = Math.min(Math.max(1, delta), this.pages.length - 1);
    for (let step = 0; step < steps; step += 1) this.close(this.pages.pop());
    await this.showTop();
  }

  async redirectTo(url: string): Promise<void> {
    const { route } = parsePageUrl(url);
    if (this.isTab(route)) throw new Error('can not redirectTo a tabbar page');
    this.close(this.pages.pop());
    await this.open(url);
  }

  async reLaunch(url: string): Promise<void> {
    while (this.pages.length) this.close(this.pages.pop());
    for (const page of [...this.tabPages.values()]) this.close(page);
    await this.open(url);
  }

  /** Shows the tab page at `url` (opening it the first time), closing every page that is not a tab page. */
  async switchTab(url: string): Promise<void> {
    const { route } = parsePageUrl(url);
    if (!this.isTab(route)) throw new Error('can not switch to no-tabBar page');
    if (url.includes('?')) throw new Error('url of a tabbar page can not have a query');
    const coveredBottom = this.pages.length > 1;
    while (this.pages.length > 1) this.close(this.pages.pop());
    const bottom = this.pages[0];
    if (bottom?.route === route) return coveredBottom ? this.showTop() : undefined;
    if (bottom) {
      // A bottom page covered by others was hidden when they opened.
      if (!coveredBottom) this.hideTop();
      if (this.isTab(bottom.route)) this.pages.pop();
      else this.close(this.pages.pop());
    }
    const alive = this.tabPages.get(route);
    if (!alive) return this.open(route);
    this.pages.push(alive);
    await this.showTop();
  }

  private isTab(route: string): boolean {
    return this.host.tabRoutes?.includes(route) ?? false;
  }

  private hideTop(): void {
    const top = this.top();
    if (!top) return;
    callHook(top.mounted.instance, 'onHide');
    triggerPageLifetime(top.mounted.instance, 'hide');
    top.frame.hidden = true;
  }

  private async showTop(): Promise<void> {
    const top = this.top();
    if (!top) return;
    top.frame.hidden = false;
    this.drawBars();
    await this.show(top);
  }

  /** The page's onShow, then its components' `pageLifetimes.show`. */
  private async show(page: OpenPage): Promise<void> {
    await callHook(page.mounted.instance, 'onShow');
    triggerPageLifetime(page.mounted.instance, 'show');
  }

  private drawBars(): void {
    const top = this.top();
    this.host.drawNavigationBar(top ? this.host.titleOf(top.route) : '', this.pages.length > 1);
    this.host.drawTabBar?.(top && this.isTab(top.route) ? top.route : undefined);
  }

  private close(page: OpenPage | undefined): void {
    if (!page) return;
    callHook(page.mounted.instance, 'onUnload');
    page.frame.remove();
    if (this.tabPages.get(page.route) === page) this.tabPages.delete(page.route);
  }

  private async open(url: string): Promise<void> {
    const { route, query } = parsePageUrl(url);
    const id = await this.host.componentIdOf(route);
    const frame = document.createElement('div');
    frame.className = 'page-frame';
    frame.dataset.route = route;
    this.host.area.append(frame);
    const mounted = mountComponent(id, frame);
    Object.assign(mounted.instance, { route, options: query });
    const page = { route, options: query, mounted, frame };
    this.pages.push(page);
    if (this.isTab(route)) this.tabPages.set(route, page);
    this.drawBars();
    this.host.pageOpened?.(page);
    await callHook(mounted.instance, 'onLoad', query);
    await this.show(page);
  }
}
