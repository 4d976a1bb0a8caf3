import type { Page } from 'playwright-core';
import type { TestBrowser } from './browser';

/** A gateway call the previewed page made: the function, the caller's openid and the request body. */
export interface GatewayCall {
  name: string;
  openid: string | undefined;
  body: string | null;
}

/** An open preview tab, with every page error and console error it showed, and its gateway calls. */
export interface PreviewTab {
  page: Page;
  failures: string[];
  calls: GatewayCall[];
}

/**
 * Opens `address` (e.g. `/preview/?page=pages/a/index`) on the local cloud at `baseUrl` in a new tab and waits
 * for the entry page to be drawn. Tests assert `failures` is empty: a thrown error or an unsupported API fails them.
 */
export async function openPreviewTab(
  browser: TestBrowser,
  baseUrl: string,
  address: string,
): Promise<PreviewTab> {
  const page = await browser.context.newPage();
  const failures: string[] = [];
  const calls: GatewayCall[] = [];
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/call/'))
      calls.push({
        name: url.pathname.slice(6),
        openid: request.headers()['x-wx-openid'],
        body: request.postData(),
      });
  });
  await page.goto(`${baseUrl}${address}`);
  await page.waitForSelector('body[data-preview-ready]');
  return { page, failures, calls };
}
