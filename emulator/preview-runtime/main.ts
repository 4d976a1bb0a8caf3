// The preview's browser side: installs the mini program globals and `wx`, loads app.ts, opens the entry page.
import { registerBuiltIns } from './builtins/index';
import { addCreatedHook, addInstanceMethods, installDefinitionGlobals, launchApp } from './definitions';
import { callHook, type WxmlTemplate } from './engine';
import { reportFailure, watchUncaughtFailures } from './failures';
import { ModuleLoader, type ComponentSource, type ModuleSource } from './module-loader';
import { PageStack } from './page-stack';
import { currentUser, drawUserBar } from './preview-user';
import { TabBar, type TabBarJson } from './tab-bar';
import { bridgeTaps } from './tap-bridge';
import { meterSetData, setDataMeter } from './set-data-meter';
import { fetchJson } from './bar/bar-parts';
import { readClock } from './bar/test-clock';
import { followPrinter } from './bar/printer-panel';
import { followCloudClock, installCloudDate } from './cloud-date';
import { PREVIEW_CLOCK_PATH } from '../src/preview/clock-route-wire';
import { attachPageScroll, pageScrollApis } from './wx/page-scroll';
import { intersectionObserverApis } from './wx/intersection-observer';
import { selectorQueryApis } from './wx/selector-query';
import { createWxShim } from './wx-shim';

/** The performance mark set when the entry page's onLoad and onShow have settled. */
export const FIRST_SCREEN_MARK = 'preview-first-screen';

/** What the preview bundle hands the runtime (emulator/src/preview/preview-bundle.ts writes it). */
export interface PreviewSource {
  appJson: { pages: string[]; window?: Record<string, unknown>; tabBar?: TabBarJson };
  /** wcc's output: the body of a function that returns `$gwx`. */
  gwxSource: string;
  /** app.wxss and every page's WXSS, as browser CSS. */
  css: string;
  loadApp(): Promise<unknown>;
  /** Every page, subpackages' included. */
  pages: ModuleSource[];
  /** Every custom component the pages reach through `usingComponents`. */
  components: ComponentSource[];
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
  // The pages read the local cloud's clock before any of them runs.
  installCloudDate();
  followCloudClock(await fetchJson(PREVIEW_CLOCK_PATH, readClock));
  drawUserBar(element('preview-bar'), user);
  followPrinter(element('preview-printer'));
  const style = document.createElement('style');
  style.textContent = source.css;
  document.head.append(style);

  const navigationTitle = element('nav-title');
  const backButton = element('nav-back');
  const pageArea = element('page-area');
  const gwx = new Function(source.gwxSource)() as (path: string) => WxmlTemplate;
  const modules = new ModuleLoader(gwx, source.pages, source.components);
  const tabBarJson = source.appJson.tabBar;
  const tabBar =
    tabBarJson &&
    new TabBar(tabBarJson, element('phone'), (item, index) => {
      void stack
        .switchTab(item.pagePath)
        .then(() => {
          const top = stack.top();
          if (top)
            callHook(top.mounted.instance, 'onTabItemTap', {
              index,
              pagePath: item.pagePath,
              text: item.text,
            });
        })
        .catch((error: unknown) => reportFailure(`switchTab: ${String(error)}`));
    });
  const stack: PageStack = new PageStack({
    area: pageArea,
    tabRoutes: tabBar?.routes(),
    drawTabBar: (route) => tabBar?.draw(route),
    pageOpened: (page) =>
      attachPageScroll(page, { ...source.appJson.window, ...modules.pageJson(page.route) }),
    componentIdOf: (route) => modules.pageId(route),
    titleOf: (route) =>
      String(
        modules.pageJson(route).navigationBarTitleText ?? source.appJson.window?.navigationBarTitleText ?? '',
      ),
    drawNavigationBar(title, canGoBack) {
      navigationTitle.textContent = title;
      backButton.hidden = !canGoBack;
    },
  });
  backButton.addEventListener('click', () => void stack.navigateBack());
  const wx = createWxShim({
    baseUrl: location.origin,
    openid: user.openid,
    frame: element('phone'),
    setNavigationBarTitle: (title) => (navigationTitle.textContent = title),
    navigation: stack,
  });
  const queries = selectorQueryApis(() => stack.top());
  const observers = intersectionObserverApis(() => stack.top()?.frame);
  Object.assign(
    wx,
    pageScrollApis(() => stack.top()),
    observers,
    {
      createSelectorQuery: queries.createSelectorQuery,
    },
  );
  Object.defineProperty(globalThis, 'wx', { value: wx, configurable: true });
  installDefinitionGlobals(() => stack.current());
  addInstanceMethods({
    createSelectorQuery(this: object) {
      return queries.componentSelectorQuery(this);
    },
    createIntersectionObserver(
      this: object,
      options?: Parameters<typeof observers.createIntersectionObserver>[1],
    ) {
      return observers.createIntersectionObserver(this, options);
    },
  });
  addCreatedHook(meterSetData);
  Object.defineProperty(globalThis, '__setDataMeter', { value: setDataMeter });
  registerBuiltIns();
  bridgeTaps(pageArea);

  const entry = search.get('page') ?? source.appJson.pages[0] ?? '';
  const query = pageQuery(search);
  await source.loadApp();
  launchApp(entry, query);
  await stack.reLaunch(`${entry}?${new URLSearchParams(query).toString()}`);
  // The first screen is drawn once onLoad has settled (npm run bench reads this mark).
  performance.mark(FIRST_SCREEN_MARK);
  document.body.dataset.previewReady = entry;
}

/** Starts the preview; any failure on the way is shown, never swallowed. */
export function startPreview(source: PreviewSource): void {
  watchUncaughtFailures();
  openPreview(source).catch((error: unknown) =>
    reportFailure(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)),
  );
}
