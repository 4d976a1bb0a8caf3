// The preview's browser side: installs the mini program globals and `wx`, loads app.ts, opens the entry page.
import { registerBuiltIns } from './builtins';
import { beginPageLoad, installDefinitionGlobals, launchApp, pageComponentId } from './definitions';
import { callHook, mountComponent, type WxmlTemplate } from './engine';
import { reportFailure, watchUncaughtFailures } from './failures';
import { currentUser, drawUserBar } from './preview-user';
import { bridgeTaps } from './tap-bridge';
import { createWxShim } from './wx-shim';

/** The performance mark set when the entry page's onLoad and onShow have settled. */
export const FIRST_SCREEN_MARK = 'preview-first-screen';

/** One page of app.json: its path, its json and its module. */
export interface PreviewPageSource {
  path: string;
  json: Record<string, unknown>;
  load(): Promise<unknown>;
}

/** What the preview bundle hands the runtime (emulator/src/preview/preview-bundle.ts writes it). */
export interface PreviewSource {
  appJson: { pages: string[]; window?: Record<string, unknown> };
  /** wcc's output: the body of a function that returns `$gwx`. */
  gwxSource: string;
  /** app.wxss and every page's WXSS, as browser CSS. */
  css: string;
  loadApp(): Promise<unknown>;
  pages: PreviewPageSource[];
}

/** Reserved address parameters (`as`: the user, `page`: the page path); the rest is the page's query. */
function pageQuery(search: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  search.forEach((value, key) => {
    if (key !== 'as' && key !== 'page') query[key] = value;
  });
  return query;
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`preview page lacks #${id}`);
  return found;
}

async function openPreview(source: PreviewSource): Promise<void> {
  const search = new URLSearchParams(location.search);
  const user = currentUser(search);
  drawUserBar(element('preview-bar'), user);
  const style = document.createElement('style');
  style.textContent = source.css;
  document.head.append(style);

  const navigationBar = element('nav-bar');
  const pageArea = element('page-area');
  const wx = createWxShim({
    baseUrl: location.origin,
    openid: user.openid,
    frame: element('phone'),
    setNavigationBarTitle: (title) => (navigationBar.textContent = title),
  });
  Object.defineProperty(globalThis, 'wx', { value: wx, configurable: true });
  installDefinitionGlobals();
  registerBuiltIns();
  bridgeTaps(pageArea);

  const gwx = new Function(source.gwxSource)() as (path: string) => WxmlTemplate;
  const pagePath = search.get('page') ?? source.appJson.pages[0];
  const page = source.pages.find((candidate) => candidate.path === pagePath);
  if (!page) throw new Error(`no page ${pagePath} in app.json`);
  const query = pageQuery(search);

  await source.loadApp();
  launchApp(page.path, query);
  beginPageLoad({ path: page.path, template: gwx(`${page.path}.wxml`) });
  await page.load();
  const title = page.json.navigationBarTitleText ?? source.appJson.window?.navigationBarTitleText ?? '';
  navigationBar.textContent = String(title);
  const mounted = mountComponent(pageComponentId(page.path), pageArea);
  await callHook(mounted.instance, 'onLoad', query);
  await callHook(mounted.instance, 'onShow');
  // The first screen is drawn once onLoad has settled (npm run bench reads this mark).
  performance.mark(FIRST_SCREEN_MARK);
  document.body.dataset.previewReady = page.path;
}

/** Starts the preview; any failure on the way is shown, never swallowed. */
export function startPreview(source: PreviewSource): void {
  watchUncaughtFailures();
  openPreview(source).catch((error: unknown) =>
    reportFailure(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)),
  );
}
