import path from 'node:path';
import { appConfig } from '../../miniprogram/config';
import { previewSuite } from '../support/preview-suite';
import { JOURNEY_SCREENSHOTS, walkPreviewJourney } from '../support/preview-journey';
import { dataOf } from '../support/results';

// The customer's journey end to end in the browser preview (headless Chromium) on the real pages, one app,
// real navigation: it takes the README's pictures and checks what setData carried on the way.
const ROOT = path.resolve(__dirname, '../..');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
/** The previewed customer A, and the demo café's owner (database/seed/demo/staff.json). */
const CUSTOMER = 'o-preview-customer-a';
const OWNER = 'o-demo-owner';

test('scan, choose, add, check out, pay, allow the message; the order page shows it paid, then ready', async () => {
  const tab = await suite.open('/preview/');
  const journey = await walkPreviewJourney(tab.page, {
    baseUrl: suite.shop.cloud.baseUrl,
    screenshotDir: path.join(ROOT, 'docs'),
    staffMarksReady: async (orderId) => {
      dataOf(await suite.shop.call('staff', 'accept', { orderId }, OWNER));
      dataOf(await suite.shop.call('staff', 'markReady', { orderId }, OWNER));
    },
  });
  const [order] = suite.shop.cloud.database.find('orders', { _id: journey.orderId });
  expect(order).toMatchObject({ _openid: CUSTOMER, mode: 'dine_in', status: 'READY' });
  const sent = suite.shop.cloud.openapi.outbox().filter((message) => message.touser === CUSTOMER);
  expect(sent).toEqual([expect.objectContaining({ templateId: appConfig.subscribeTemplates.orderReady })]);
  expect(JOURNEY_SCREENSHOTS).toHaveLength(6);
  // Each setData stays far under the platform's 256 KB line, the first screen's under 32 KB.
  const calls = journey.setDataByStep.flatMap((step) => step.calls);
  expect(calls.length).toBeGreaterThan(0);
  expect(Math.max(...calls.map((call) => call.bytes))).toBeLessThanOrEqual(32 * 1024);
});
