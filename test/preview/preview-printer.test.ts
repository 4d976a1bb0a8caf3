import os from 'node:os';
import path from 'node:path';
import { storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { previewSuite } from '../support/preview-suite';
import { paidOrder } from '../staff/staff-fixtures';

// The sandbox printer beside the preview's phone: a ticket printed on accept appears as a paper image without a
// reload, and the panel stays hidden while nothing has printed.
const ROOT = path.resolve(__dirname, '../..');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
const DEMO_OWNER = 'o-demo-owner';
const SHOTS = process.env.PREVIEW_SHOTS_DIR ?? os.tmpdir();

test('a ticket printed on accept appears beside the phone as an image of its text', async () => {
  const { page } = await suite.open('/preview/');
  expect(await page.locator('#preview-printer').isHidden()).toBe(true);

  const orderId = await paidOrder(suite.shop, 'o-preview-printer-buyer');
  dataOf(await suite.shop.call('staff', 'accept', { orderId }, DEMO_OWNER));
  const pickupNumber = String(storedOrder(suite.shop, orderId).pickupNumber);

  const ticket = page.locator('#preview-printer .printer-ticket img').first();
  await ticket.waitFor({ state: 'visible' });
  expect(await ticket.getAttribute('alt')).toContain(`#${pickupNumber}`);
  // The data URL decodes into a real picture (a broken one has no natural size).
  await page.waitForFunction(
    "(document.querySelector('#preview-printer .printer-ticket img')?.naturalWidth ?? 0) > 0",
  );
  expect(await page.locator('#preview-printer .printer-ticket').count()).toBe(1);
  await page.screenshot({ path: path.join(SHOTS, 'preview-printer.png') });
});
