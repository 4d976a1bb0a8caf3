import type { LocalCloud } from '../../emulator/src';
import { launchBrowser } from '../../test/support/browser';

/** The mark the preview runtime sets once the entry page's onLoad has settled (emulator/preview-runtime/main.ts). */
const FIRST_SCREEN_MARK = 'preview-first-screen';

/** The home page's first screen in the preview, over loopback in headless Chromium. */
export interface PreviewFigures {
  loads: number;
  /** Navigation start to the first screen drawn from the cloud's answer, median of the loads. */
  medianFirstScreenMs: number;
  /** Response bodies the browser downloaded for one load (page, script, cloud call). */
  downloadedBytes: number;
}

/** Opens `/preview/` `loads` times, each in a fresh page, and measures the first screen. */
export async function measurePreviewFirstScreen(cloud: LocalCloud, loads = 5): Promise<PreviewFigures> {
  const chromium = await launchBrowser();
  const times: number[] = [];
  let downloadedBytes = 0;
  try {
    for (let load = 0; load < loads; load += 1) {
      const page = await chromium.context.newPage();
      const sizes: Array<Promise<number>> = [];
      page.on('requestfinished', (request) =>
        sizes.push(request.sizes().then((size) => size.responseBodySize)),
      );
      await page.goto(`${cloud.baseUrl}/preview/`);
      await page.waitForSelector('body[data-preview-ready]');
      times.push(
        await page.evaluate(
          (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
          FIRST_SCREEN_MARK,
        ),
      );
      downloadedBytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      await page.close();
    }
  } finally {
    await chromium.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { loads, medianFirstScreenMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, downloadedBytes };
}

/** The bench report's preview lines. */
export function previewLines(figures: PreviewFigures): string[] {
  return [
    `preview (headless Chromium, loopback; the script is bundled afresh on each load)`,
    `  home page first screen, median of ${figures.loads} loads: ${figures.medianFirstScreenMs.toFixed(0)} ms`,
    `  bytes downloaded for it: ${figures.downloadedBytes.toLocaleString('en')}`,
    '',
  ];
}
