import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser';
import { openPreviewTab, type PreviewTab } from './preview';
import { startTestCloud, type TestCloud } from './test-cloud';

/** One test file's preview: a local cloud serving a mini program, a headless Chromium, and the test's tab. */
export interface PreviewSuite {
  readonly shop: TestCloud;
  readonly browser: TestBrowser;
  /** The tab the running test opened (before each test when the suite has an address, else with `open`). */
  readonly tab: PreviewTab;
  readonly page: Page;
  /** Opens `address` in a new tab as the running test's tab. */
  open(address: string): Promise<PreviewTab>;
}

/**
 * Registers the file's jest hooks: the cloud (serving `previewRoot`) and Chromium start once; `address`, when
 * given, opens before each test (`seed: false` starts the cloud empty); after each test its tab must have shown no failure, and is closed.
 */
export function previewSuite(
  previewRoot: string,
  options: { address?: string; seed?: false } = {},
): PreviewSuite {
  let shop: TestCloud | undefined;
  let browser: TestBrowser | undefined;
  let tab: PreviewTab | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the preview suite has no ${what} yet`);
    return value;
  };
  const suite: PreviewSuite = {
    get shop() {
      return started(shop, 'cloud');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get tab() {
      return started(tab, 'tab');
    },
    get page() {
      return started(tab, 'tab').page;
    },
    async open(address) {
      tab = await openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, address);
      return tab;
    },
  };
  beforeAll(async () => {
    shop = await startTestCloud({ previewRoot, ...(options.seed === false && { seed: false }) });
    browser = await launchBrowser();
  });
  if (options.address) {
    const address = options.address;
    beforeEach(() => suite.open(address));
  }
  afterEach(async () => {
    const finished = tab;
    tab = undefined;
    if (!finished) return;
    await finished.page.close();
    expect(finished.failures).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });
  return suite;
}
