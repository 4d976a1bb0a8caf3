import path from 'node:path';
import { openPreviewTab } from '../support/preview';
import { previewSuite } from '../support/preview-suite';

// The mouse as a finger: touchstart/touchmove/touchend with the platform's touches, longpress taking the
// place of a tap when it is bound, and tap coordinates measured from the page's viewport.
const suite = previewSuite(path.join(__dirname, 'engine-app'), { seed: false });

const touches = () => (globalThis as unknown as { getApp(): { touches: string[] } }).getApp().touches;

test('a drag sends touchstart, touchmove and touchend and no tap; a held press is a longpress, not a tap', async () => {
  const { page, failures } = await openPreviewTab(
    suite.browser,
    suite.shop.cloud.baseUrl,
    '/preview/?page=pages/touch/index',
  );
  const frame = await page.locator('.page-frame').boundingBox();
  const pad = await page.locator('.pad').boundingBox();
  if (!frame || !pad) throw new Error('the touch page has no layout');
  const at = (x: number, y: number) => `${Math.round(x - frame.x)},${Math.round(y - frame.y)}`;
  const [startX, startY] = [pad.x + 20, pad.y + 20];
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 30, startY + 15, { steps: 2 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('.log')?.textContent?.includes('touchend'));
  expect(await page.evaluate(touches)).toEqual([
    `touchstart@${at(startX, startY)}/1`,
    `touchmove@${at(startX + 15, startY + 7.5)}/1`,
    `touchmove@${at(startX + 30, startY + 15)}/1`,
    `touchend@${at(startX + 30, startY + 15)}/0`,
  ]);

  const hold = await page.locator('.hold').boundingBox();
  const plain = await page.locator('.plain').boundingBox();
  if (!hold || !plain) throw new Error('the touch page has no layout');
  await page.mouse.move(hold.x + 10, hold.y + 10);
  await page.mouse.down();
  await page.waitForFunction(() => document.querySelector('.log')?.textContent?.endsWith('longpress'));
  await page.mouse.up();
  // A plain tap after it: once it is drawn, the release of the long press has been handled too.
  const [plainX, plainY] = [plain.x + plain.width / 2, plain.y + plain.height / 2];
  await page.mouse.click(plainX, plainY);
  await page.waitForFunction(() => document.querySelector('.log')?.textContent?.includes('tap@'));
  expect((await page.evaluate(touches)).slice(4)).toEqual(['longpress', `tap@${at(plainX, plainY)}`]);
  expect(failures).toEqual([]);
  await page.close();
});
