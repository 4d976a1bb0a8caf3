import type { LocalCloud } from '../../emulator/src';
import type { SetDataCall } from '../../emulator/preview-runtime/set-data-meter';
import { launchBrowser, type TestBrowser } from '../../test/support/browser';

/** The mark the preview runtime sets once the entry page's onLoad has settled (emulator/preview-runtime/main.ts). */
const FIRST_SCREEN_MARK = 'preview-first-screen';

/** What the first screen handed to `setData` until it was drawn (the preview's meter). */
export interface FirstScreenSetData {
  calls: number;
  totalBytes: number;
  largestBytes: number;
}

/** The first screen (the app's first page) in the preview, over loopback in headless Chromium. */
export interface PreviewFigures {
  loads: number;
  /** Navigation start to the first screen drawn from the cloud's answer, median of the loads. */
  medianFirstScreenMs: number;
  /** Response bodies the browser downloaded for one load (page, script, cloud call). */
  downloadedBytes: number;
  /** The first screen's cloud answer (`browse.home`'s response body), the other calls' and its setData, demo store. */
  demo: FirstScreenSetData & { responseBytes: number; otherCallBytes: number };
  /** The same for a store with a 500-product menu. */
  large: FirstScreenSetData & { responseBytes: number; otherCallBytes: number };
}

/** The action a gateway call's body names (`{ action, input }`). */
function actionOf(body: string | null): string {
  try {
    const parsed: unknown = JSON.parse(body ?? '');
    return typeof parsed === 'object' && parsed !== null && 'action' in parsed ? String(parsed.action) : '';
  } catch {
    return '';
  }
}

interface Load {
  ms: number;
  downloadedBytes: number;
  /** The first screen's one call, `browse.home`. */
  responseBytes: number;
  /** Every other call made before the first screen was drawn (the cart, menu pages). */
  otherCallBytes: number;
  setData: FirstScreenSetData;
}

async function loadOnce(chromium: TestBrowser, address: string): Promise<Load> {
  const page = await chromium.context.newPage();
  const sizes: Array<Promise<{ bytes: number; isCall: boolean; action: string }>> = [];
  page.on('requestfinished', (request) =>
    sizes.push(
      request.sizes().then((size) => ({
        bytes: size.responseBodySize,
        isCall: request.url().includes('/call/'),
        action: request.url().includes('/call/') ? actionOf(request.postData()) : '',
      })),
    ),
  );
  await page.goto(address);
  await page.waitForSelector('body[data-preview-ready]');
  const ms = await page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
    FIRST_SCREEN_MARK,
  );
  const calls = await page.evaluate(
    () => (globalThis as unknown as { __setDataMeter: { calls: SetDataCall[] } }).__setDataMeter.calls,
  );
  const finished = await Promise.all(sizes);
  await page.close();
  const bytes = calls.map((call) => call.bytes);
  return {
    ms,
    downloadedBytes: finished.reduce((sum, size) => sum + size.bytes, 0),
    responseBytes: finished.find((size) => size.action === 'home')?.bytes ?? 0,
    otherCallBytes: finished
      .filter((size) => size.isCall && size.action !== 'home')
      .reduce((sum, size) => sum + size.bytes, 0),
    setData: {
      calls: calls.length,
      totalBytes: bytes.reduce((sum, each) => sum + each, 0),
      largestBytes: Math.max(0, ...bytes),
    },
  };
}

/**
 * Opens the first screen `loads` times for the demo store, each in a fresh page, and once for `largeStoreId`
 * (`?storeId=`), and measures time, bytes and setData.
 */
export async function measurePreviewFirstScreen(
  cloud: LocalCloud,
  largeStoreId: string,
  loads = 5,
): Promise<PreviewFigures> {
  const chromium = await launchBrowser();
  try {
    const demoLoads: Load[] = [];
    for (let load = 0; load < loads; load += 1)
      demoLoads.push(await loadOnce(chromium, `${cloud.baseUrl}/preview/`));
    const large = await loadOnce(chromium, `${cloud.baseUrl}/preview/?storeId=${largeStoreId}`);
    const sorted = demoLoads.map((load) => load.ms).sort((a, b) => a - b);
    const last = demoLoads[demoLoads.length - 1] as Load;
    return {
      loads,
      medianFirstScreenMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
      downloadedBytes: last.downloadedBytes,
      demo: { responseBytes: last.responseBytes, otherCallBytes: last.otherCallBytes, ...last.setData },
      large: { responseBytes: large.responseBytes, otherCallBytes: large.otherCallBytes, ...large.setData },
    };
  } finally {
    await chromium.close();
  }
}

const kb = (bytes: number) => `${bytes.toLocaleString('en')} bytes (${(bytes / 1024).toFixed(1)} KB)`;

/** The bench report's preview lines. */
export function previewLines(figures: PreviewFigures): string[] {
  const store = (name: string, figure: PreviewFigures['demo']) => [
    `  ${name}: browse.home answer ${kb(figure.responseBytes)} (budget 32 KB), other calls ${kb(figure.otherCallBytes)}; setData ${figure.calls} calls, ${kb(figure.totalBytes)} in all, largest ${kb(figure.largestBytes)} (budget 32 KB)`,
  ];
  return [
    `preview (headless Chromium, loopback; the script is rebuilt only when a file changed)`,
    `  first screen, median of ${figures.loads} loads: ${figures.medianFirstScreenMs.toFixed(0)} ms`,
    `  bytes downloaded for it: ${figures.downloadedBytes.toLocaleString('en')}`,
    ...store('demo café', figures.demo),
    ...store('500-product menu', figures.large),
    '',
  ];
}
