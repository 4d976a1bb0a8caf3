import { callHook, mountComponent, type MountedComponent } from './engine';

/** At most this many pages are open at once, as on the platform. */
const MAX_DEPTH = 10;

/** An open page: its path and query, its instance, and the frame it is drawn in. */
interface OpenPage {
  route: string;
  options: Record<string, string>;
  mounted: MountedComponent;
  frame: HTMLElement;
}

/** What the stack needs from the preview: loading a page's component, and drawing the navigation bar. */
export interface PageStackHost {
  /** Loads the page module at `route` (once) and answers its engine id. */
  componentIdOf(route: string): Promise<string>;
  /** The navigation bar's title for `route`, from its json or app.json. */
  titleOf(route: string): string;
  /** Draws the navigation bar: the top page's title, and a back button when there is a page beneath. */
  drawNavigationBar(title: string, canGoBack: boolean): void;
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

/** The navigation stack: navigateTo, navigateBack, redirectTo, reLaunch, with each page's lifecycles. */
export class PageStack {
  private readonly pages: OpenPage[] = [];

  constructor(private readonly host: PageStackHost) {}

  /** The open pages, bottom first, as `getCurrentPages()` answers them. */
  current(): object[] {
    return this.pages.map((page) => page.mounted.instance);
  }

  async navigateTo(url: string): Promise<void> {
    if (this.pages.length >= MAX_DEPTH) throw new Error(`navigateTo: more than ${MAX_DEPTH} pages are open`);
    const top = this.top();
    if (top) {
      callHook(top.mounted.instance, 'onHide');
      top.frame.hidden = true;
    }
    await this.open(url);
  }

  async navigateBack(delta = 1): Promise<void> {
    const steps = Math.min(Math.max(1, delta), this.pages.length - 1);
    for (let step = 0; step < steps; step += 1) this.close(this.pages.pop());
    const top = this.top();
    if (!top) return;
    top.frame.hidden = false;
    this.drawBar();
    await callHook(top.mounted.instance, 'onShow');
  }

  async redirectTo(url: string): Promise<void> {
    this.close(this.pages.pop());
    await this.open(url);
  }

  async reLaunch(url: string): Promise<void> {
    while (this.pages.length) this.close(this.pages.pop());
    await this.open(url);
  }

  private top(): OpenPage | undefined {
    return this.pages[this.pages.length - 1];
  }

  private drawBar(): void {
    const top = this.top();
    this.host.drawNavigationBar(top ? this.host.titleOf(top.route) : '', this.pages.length > 1);
  }

  private close(page: OpenPage | undefined): void {
    if (!page) return;
    callHook(page.mounted.instance, 'onUnload');
    page.frame.remove();
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
    this.pages.push({ route, options: query, mounted, frame });
    this.drawBar();
    await callHook(mounted.instance, 'onLoad', query);
    await callHook(mounted.instance, 'onShow');
  }
}
