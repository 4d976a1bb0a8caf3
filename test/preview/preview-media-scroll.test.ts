import path from 'node:path';
import type { Page } from 'playwright-core';
import { openPreviewTab } from '../support/preview';
import { previewSuite } from '../support/preview-suite';

// scroll-view and swiper on the media fixture mini program, moved by the page, the wheel and the mouse.
const suite = previewSuite(path.join(__dirname, 'media-app'));

function openPage(name: string) {
  return openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, `/preview/?page=pages/${name}/index`);
}

/** Waits until `selector` reads `expected`; a timeout says what it read instead. */
async function textIs(page: Page, selector: string, expected: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([where, text]) => document.querySelector(where)?.textContent === text,
      [selector, expected] as const,
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`${selector} reads "${await page.locator(selector).textContent()}", not "${expected}"`);
  }
}

function scrollOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((node) => ({ top: node.scrollTop, left: node.scrollLeft }));
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('scroll-view reports scrolling and its edges, and scroll-top / scroll-into-view move it', async () => {
  const { page, failures } = await openPage('scroll');
  const list = await centreOf(page, '.list');
  await page.mouse.move(list.x, list.y);
  await page.mouse.wheel(0, 120);
  await page.waitForFunction(() =>
    /^top [1-9]\d* of 1200, moved -1$/.test(document.querySelector('.scrolled')?.textContent ?? ''),
  );

  // To the bottom: scrolltolower fires once with its direction, however many scroll events come.
  await page.mouse.wheel(0, 2000);
  await textIs(page, '.edges', 'upper 0  · lower 1 bottom');
  expect(await scrollOf(page, '.list')).toEqual({ top: 900, left: 0 });

  // scroll-top and scroll-into-view are properties that move it.
  await page.locator('.to-row-4').click();
  await page.waitForFunction(() => document.querySelector('.list')?.scrollTop === 240);
  await textIs(page, '.scrolled', 'top 240 of 1200, moved 1');
  await page.locator('.to-top').click();
  await textIs(page, '.edges', 'upper 1 top · lower 1 bottom');
  await page.locator('.show-row-12').click();
  await page.waitForFunction(() => document.querySelector('.list')?.scrollTop === 720);
  await textIs(page, '.scrolled', 'top 720 of 1200, moved -1');
  expect(await page.locator('.odd').innerText()).toBe('0 without a detail');

  // With scroll-with-animation it glides there: many scroll events on the way, not one jump.
  await page.locator('.glide-to-row-16').click();
  await page.waitForFunction(() => document.querySelector('.list')?.scrollTop === 900);
  await textIs(page, '.scrolled', 'top 900 of 1200, moved -1');
  const glide = Number.parseInt((await page.locator('.glide').textContent()) ?? '', 10);
  expect(glide).toBeGreaterThan(2);
  expect(failures).toEqual([]);
  await page.close();
});

test('a scroll-x scroll-view moves by scroll-left and reports reaching its right edge', async () => {
  const { page, failures } = await openPage('scroll');
  await page.locator('.strip-to-300').click();
  await textIs(page, '.strip-state', 'strip at 300 ');
  const strip = await centreOf(page, '.strip');
  await page.mouse.move(strip.x, strip.y);
  await page.mouse.wheel(2000, 0);
  await page.waitForFunction(() => document.querySelector('.strip-state')?.textContent?.endsWith(' right'));
  const end = await page.locator('.strip').evaluate((node) => node.scrollWidth - node.clientWidth);
  expect((await scrollOf(page, '.strip')).left).toBe(end);
  expect(failures).toEqual([]);
  await page.close();
});

test('pulling a refresher-enabled scroll-view down past its threshold refreshes until the page says done', async () => {
  const { page, failures } = await openPage('scroll');
  const refresherHeight = () =>
    page.locator('.feed > .wx-refresher').evaluate((node) => Math.round(node.getBoundingClientRect().height));
  const pull = async (dy: number) => {
    const from = await centreOf(page, '.feed');
    await page.mouse.move(from.x, from.y - 40);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y - 40 + dy, { steps: 6 });
    await page.mouse.up();
  };
  // A short pull is let go below the 45 px threshold: aborted, closed again.
  await pull(20);
  await textIs(page, '.refresh', 'aborted');
  await page.waitForFunction(
    () => document.querySelector('.feed > .wx-refresher')?.getBoundingClientRect().height === 0,
  );

  await pull(90);
  await textIs(page, '.refresh', 'refreshing');
  await page.waitForFunction(
    () => document.querySelector('.feed > .wx-refresher')?.getBoundingClientRect().height === 45,
  );
  await page.locator('.finish-refresh').click();
  await textIs(page, '.refresh', 'restored with 2 news');
  await page.waitForFunction(
    () => document.querySelector('.feed > .wx-refresher')?.getBoundingClientRect().height === 0,
  );
  expect(await refresherHeight()).toBe(0);
  expect(await page.locator('.news').allInnerTexts()).toEqual(['Cold brew from today', 'Oat latte is back']);
  expect(failures).toEqual([]);
  await page.close();
});

/** Drags the swiper from its centre by `dx` px with the mouse. */
async function drag(page: Page, selector: string, dx: number): Promise<void> {
  const from = await centreOf(page, selector);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y, { steps: 5 });
  await page.mouse.up();
}

/** Waits until the slide `selector` stands where its swiper is (the slide on show). */
function slideShown(page: Page, swiper: string, slide: string) {
  return page.waitForFunction(
    ([outer, inner]) => {
      const a = document.querySelector(outer)?.getBoundingClientRect();
      const b = document.querySelector(inner)?.getBoundingClientRect();
      return Boolean(a && b && Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1);
    },
    [swiper, slide] as const,
  );
}

test('swiper turns by dragging, by current, circularly, with coloured dots and bindchange sources', async () => {
  const { page, failures } = await openPage('swiper');
  const dots = () =>
    page
      .locator('.slides .wx-swiper-dot')
      .evaluateAll((all) => all.map((dot) => getComputedStyle(dot).backgroundColor));
  const grey = 'rgb(204, 204, 204)';
  const green = 'rgb(7, 193, 96)';
  expect(await dots()).toEqual([green, grey, grey]);

  await drag(page, '.slides', -200);
  await textIs(page, '.change', '1 mocha by touch');
  await slideShown(page, '.slides', '.slide-mocha');
  expect(await dots()).toEqual([grey, green, grey]);

  // A short drag springs back: no change.
  await drag(page, '.slides', -30);
  await slideShown(page, '.slides', '.slide-mocha');
  // Neither drag was a tap on the slide; a click is, and bindtransition told the page which way it went.
  await page.locator('.slide-mocha .slide-body').click();
  await textIs(page, '.changes', '1 changes · 1 taps · dragged towards the next');

  await page.locator('.show-tea').click();
  await textIs(page, '.change', '2 tea by page');
  await slideShown(page, '.slides', '.slide-tea');

  // Circular: past the last item comes the first.
  await drag(page, '.slides', -200);
  await textIs(page, '.change', '0 latte by touch');
  await slideShown(page, '.slides', '.slide-latte');
  await drag(page, '.slides', 200);
  await textIs(page, '.change', '2 tea by touch');
  await page.locator('.show-latte').click();
  await textIs(page, '.change', '0 latte by page');
  await slideShown(page, '.slides', '.slide-latte');
  expect(failures).toEqual([]);
  await page.close();
});

test('display-multiple-items shows several items between previous-margin and next-margin', async () => {
  const { page, failures } = await openPage('swiper');
  const lefts = () =>
    page.evaluate(() => {
      const strip = document.querySelector('.strip')?.getBoundingClientRect();
      return [...document.querySelectorAll('.strip-item')].map((item) => {
        const box = item.getBoundingClientRect();
        return { left: Math.round((box.left - (strip?.left ?? 0)) * 2) / 2, width: box.width };
      });
    });
  // 375 px less the 20 px and 40 px margins, shared by two items.
  expect((await lefts()).slice(0, 2)).toEqual([
    { left: 20, width: 157.5 },
    { left: 177.5, width: 157.5 },
  ]);
  await drag(page, '.strip', -150);
  await textIs(page, '.strip-change', 'strip at 1');
  await page.waitForFunction(() => {
    const strip = document.querySelector('.strip')?.getBoundingClientRect();
    const mocha = document.querySelector('.strip-mocha')?.getBoundingClientRect();
    return Boolean(strip && mocha && Math.abs(mocha.left - strip.left - 20) < 1);
  });
  expect(failures).toEqual([]);
  await page.close();
});

test('an autoplay vertical swiper turns by itself, reporting source autoplay', async () => {
  const { page, failures } = await openPage('swiper');
  await page.waitForFunction(
    () => Number.parseInt(document.querySelector('.played')?.textContent ?? '', 10) >= 2,
  );
  // Vertical: while the second tick shows, the first waits one swiper-height above it, not beside it.
  await page.waitForFunction(() => {
    const [first, second] = [...document.querySelectorAll('.tick')].map((tick) =>
      tick.getBoundingClientRect(),
    );
    const ticker = document.querySelector('.ticker')?.getBoundingClientRect();
    if (!first || !second || !ticker) return false;
    return (
      second.top === ticker.top && first.top === ticker.top - ticker.height && first.left === ticker.left
    );
  });
  expect(failures).toEqual([]);
  await page.close();
});
