// The customer's journey in the browser preview (test/support/preview-journey.ts), measured: how many setData
// calls each step made and how many bytes they carried.
import type { LocalCloud } from '../../emulator/src';
import { launchBrowser } from '../../test/support/browser';
import { walkPreviewJourney, type JourneyRecord } from '../../test/support/preview-journey';

/** The demo café's owner (database/seed/demo/staff.json), who accepts the order and marks it ready. */
const OWNER = 'o-demo-owner';

async function staffStep(cloud: LocalCloud, action: 'accept' | 'markReady', orderId: string): Promise<void> {
  const answer = (await cloud.callAsClient('staff', { action, input: { orderId } }, OWNER)) as {
    ok: boolean;
  };
  if (!answer.ok) throw new Error(`staff ${action} failed: ${JSON.stringify(answer)}`);
}

/** Walks the journey once in headless Chromium and answers what setData carried, by step. */
export async function measurePreviewJourney(cloud: LocalCloud): Promise<JourneyRecord> {
  const chromium = await launchBrowser();
  try {
    const page = await chromium.context.newPage();
    return await walkPreviewJourney(page, {
      baseUrl: cloud.baseUrl,
      staffMarksReady: async (orderId) => {
        await staffStep(cloud, 'accept', orderId);
        await staffStep(cloud, 'markReady', orderId);
      },
    });
  } finally {
    await chromium.close();
  }
}

/** The bench report's journey lines: each step's setData calls and bytes, and the sums. */
export function journeyLines(record: JourneyRecord): string[] {
  const bytesOf = (calls: JourneyRecord['setDataByStep'][number]['calls']) =>
    calls.reduce((sum, call) => sum + call.bytes, 0);
  const all = record.setDataByStep.flatMap((step) => step.calls);
  return [
    'setData over the customer journey (preview, every page and component; bytes of the JSON handed over)',
    ...record.setDataByStep.map(
      (step) =>
        `  ${step.step.padEnd(32)} ${String(step.calls.length).padStart(4)} calls ${bytesOf(step.calls).toLocaleString('en').padStart(9)} bytes`,
    ),
    `  ${'whole journey'.padEnd(32)} ${String(all.length).padStart(4)} calls ${bytesOf(all).toLocaleString('en').padStart(9)} bytes, largest ${Math.max(0, ...all.map((call) => call.bytes)).toLocaleString('en')}`,
    '',
  ];
}
