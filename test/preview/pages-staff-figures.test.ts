import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { placePaidOrder } from '../recommend/paid-orders';
import { previewSuite } from '../support/preview-suite';
import { DEMO_STORE } from '../support/test-cloud';

// The staff figures page in headless Chromium over the local cloud, as the demo store's owner, after a week of
// paid orders placed through the real flow (cart, checkout, the payment sandbox) and one partial refund: the
// big numbers, the bars by hour and by day, the top items, in zh-CN and English; it saves the README's picture.
const ROOT = path.resolve(__dirname, '../..');
/** The README's picture of the figures page. */
const SCREENSHOT = path.join(ROOT, 'docs/staff-figures.png');
const SHOTS = process.env.PREVIEW_SHOTS_DIR ?? os.tmpdir();
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
/** The demo seed's owner of the demo store. */
const DEMO_OWNER = 'o-demo-owner';
const HOUR_MS = 60 * 60 * 1000;
const china = (wallClock: string): number => Date.parse(`${wallClock}+08:00`);
const ADDRESS = `/preview/?page=staff/pages/figures/index&storeId=${DEMO_STORE}`;

/** What each day sells, by China hour: [hour, product, quantity]; the clock starts on Monday 2026-01-05. */
const DAYS: ReadonlyArray<ReadonlyArray<readonly [number, string, number]>> = [
  [
    [10, 'prod-latte', 2],
    [12, 'prod-americano', 1],
    [15, 'prod-mocha', 1],
  ],
  [
    [11, 'prod-latte', 1],
    [12, 'prod-cappuccino', 2],
    [12, 'prod-latte', 1],
    [17, 'prod-espresso', 1],
  ],
  [
    [10, 'prod-americano', 1],
    [13, 'prod-latte', 3],
  ],
  [
    [11, 'prod-mocha', 2],
    [12, 'prod-latte', 1],
    [12, 'prod-americano', 2],
    [18, 'prod-latte', 1],
  ],
  [
    [10, 'prod-latte', 2],
    [12, 'prod-cappuccino', 1],
    [12, 'prod-mocha', 1],
    [13, 'prod-latte', 2],
    [19, 'prod-americano', 2],
  ],
  [
    [11, 'prod-latte', 1],
    [14, 'prod-espresso', 2],
    [16, 'prod-cappuccino', 1],
  ],
  [
    [10, 'prod-americano', 1],
    [11, 'prod-latte', 2],
    [12, 'prod-latte', 1],
    [12, 'prod-mocha', 2],
    [12, 'prod-cappuccino', 1],
    [13, 'prod-latte', 1],
    [15, 'prod-americano', 1],
    [17, 'prod-espresso', 1],
  ],
];

beforeAll(async () => {
  const { shop } = suite;
  let refunded = false;
  for (const [day, sales] of DAYS.entries()) {
    for (const [hour, productId, quantity] of sales) {
      const at = china(`2026-01-${String(5 + day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:05:00`);
      if (at > shop.clock.now()) await shop.clock.advance(at - shop.clock.now());
      const { orderId } = await placePaidOrder(shop, [[productId, quantity]]);
      if (day === DAYS.length - 1 && !refunded) {
        refunded = true; // a latte short: part of the first order of the day goes back
        const refund = { orderId, requestId: 'preview-partial', amountFen: 300, reason: '少做了一杯' };
        const answer = await shop.call('staff', 'refund', refund, DEMO_OWNER);
        if (!answer.ok) throw new Error(answer.error.message);
      }
    }
  }
  await shop.clock.advance(HOUR_MS); // the refund settles; it is now Sunday evening
});

/** Opens the figures page; every call it makes is the demo owner's (the preview's users are customers). */
async function openAsOwner(): Promise<Page> {
  const tab = await suite.open('/preview/?page=pages/me/index');
  await tab.page.route('**/*', (route) => {
    const headers = route.request().headers();
    if (!('x-wx-openid' in headers)) return route.continue();
    return route.continue({ headers: { ...headers, 'x-wx-openid': DEMO_OWNER } });
  });
  await tab.page.goto(`${suite.shop.cloud.baseUrl}${ADDRESS}`);
  await tab.page.waitForSelector('body[data-preview-ready]');
  return tab.page;
}

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

test("the owner's figures: today's numbers and hours, the week's days, the top items", async () => {
  const figures = await suite.shop.call(
    'staff',
    'figures',
    { storeId: DEMO_STORE, period: 'today' },
    DEMO_OWNER,
  );
  if (!figures.ok) throw new Error(figures.error.message);
  const page = await openAsOwner();
  await page.locator('.sales').waitFor();
  expect(await page.locator('.sales').innerText()).toBe(`¥${(figures.data.salesFen / 100).toFixed(2)}`);
  expect(await page.locator('.orders').innerText()).toBe('8');
  expect(await page.locator('.refunds').innerText()).toBe('¥3.00');
  expect(await page.locator('.hour').count()).toBe(14); // 8:00 to 21:00
  expect(await page.locator('.day-chart').count()).toBe(0);
  expect((await texts(page, '.top-name'))[0]).toBe('拿铁');
  await page.locator('#phone').screenshot({ path: path.join(SHOTS, 'staff-figures-today-zh.png') });

  await page.locator('.period-week').click();
  await page.locator('.day-chart').waitFor();
  expect(await page.locator('.orders').innerText()).toBe(String(DAYS.flat().length));
  expect(await texts(page, '.day .bar-label')).toEqual([
    '周一 5',
    '周二 6',
    '周三 7',
    '周四 8',
    '周五 9',
    '周六 10',
    '周日 11',
  ]);
  await page.locator('#phone').screenshot({ path: SCREENSHOT });
});

test('in English', async () => {
  const page = await openAsOwner();
  await page.evaluate(
    `localStorage.setItem('diandan-preview:o-preview-customer-a:diandan.session.v1', JSON.stringify({ locale: 'en' }))`,
  );
  await page.reload();
  await page.locator('.sales').waitFor();
  expect(await page.locator('.number-label').allInnerTexts()).toEqual([
    'Sales',
    'Orders',
    'Average',
    'Refunds',
  ]);
  await page.locator('.period-week').click();
  await page.locator('.day-chart').waitFor();
  expect((await texts(page, '.day .bar-label'))[0]).toBe('Mon 5');
  await page.locator('#phone').screenshot({ path: path.join(SHOTS, 'staff-figures-week-en.png') });
});
