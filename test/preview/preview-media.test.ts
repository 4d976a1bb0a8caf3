import path from 'node:path';
import type { Page } from 'playwright-core';
import { openPreviewTab } from '../support/preview';
import { previewSuite } from '../support/preview-suite';

// image, icon, rich-text, text and hover-class on the media fixture mini program, in headless Chromium.
const suite = previewSuite(path.join(__dirname, 'media-app'));

function openPage(name: string) {
  return openPreviewTab(suite.browser, suite.shop.cloud.baseUrl, `/preview/?page=pages/${name}/index`);
}

async function boxOf(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** The computed background of the picture inside the image `selector`. */
function pictureOf(page: Page, selector: string) {
  return page.locator(`${selector} > .wx-image-picture`).evaluate((picture) => {
    const style = getComputedStyle(picture);
    return { size: style.backgroundSize, position: style.backgroundPosition, image: style.backgroundImage };
  });
}

test('image draws each mode, sizes widthFix/heightFix from the picture, reports load and error', async () => {
  const { page, failures } = await openPage('image');
  await page.waitForFunction(() => document.querySelector('.loads')?.textContent === '6 loaded');
  const modes = page.locator('.mode-image');
  const drawn: Record<string, { size: string; position: string }> = {};
  for (const image of await modes.all()) {
    const mode = (await image.getAttribute('data-mode')) ?? '';
    const { size, position } = await image.locator('.wx-image-picture').evaluate((node) => ({
      size: getComputedStyle(node).backgroundSize,
      position: getComputedStyle(node).backgroundPosition,
    }));
    drawn[mode] = { size, position };
  }
  expect(drawn).toEqual({
    scaleToFill: { size: '100% 100%', position: '0% 0%' },
    aspectFit: { size: 'contain', position: '50% 50%' },
    aspectFill: { size: 'cover', position: '50% 50%' },
    top: { size: 'auto', position: '50% 0%' },
    'bottom left': { size: 'auto', position: '0% 100%' },
    center: { size: 'auto', position: '50% 50%' },
  });
  expect((await pictureOf(page, '.mode-image[data-mode="scaleToFill"]')).image).toContain(
    'data:image/svg+xml',
  );

  // widthFix keeps the styled 300 px width and takes the 2:1 picture's height; heightFix the other way round.
  await page.waitForFunction(() => document.querySelector('.fix-size')?.textContent === '200x100');
  expect(await boxOf(page, '.width-fix')).toEqual({ width: 300, height: 150 });
  expect(await boxOf(page, '.height-fix')).toEqual({ width: 100, height: 50 });
  // An image without a size is the platform's 320x240.
  expect(await boxOf(page, '.plain')).toEqual({ width: 320, height: 240 });
  expect(await page.locator('.plain').evaluate((image) => getComputedStyle(image).display)).toBe(
    'inline-block',
  );

  // A new src loads again: bindload reports the new picture, and widthFix follows its 1:2 ratio.
  await page.waitForFunction(() => document.querySelector('.swap-size')?.textContent === '200x100');
  await page.locator('.swap').click();
  await page.waitForFunction(() => document.querySelector('.swap-size')?.textContent === '100x200');
  expect(await boxOf(page, '.swapped')).toEqual({ width: 100, height: 200 });

  // A picture that cannot be decoded fires binderror with an errMsg.
  await page.waitForFunction(() => Boolean(document.querySelector('.error-message')?.textContent));
  expect(await page.locator('.error-message').innerText()).toMatch(/^GET data:image\/png;base64,AAAA failed/);
  expect(failures).toEqual([]);
  await page.close();
});

test('a lazy-load image waits until it comes within three screens of its scroller, then loads', async () => {
  const { page, failures } = await openPage('image');
  await page.waitForSelector('.lazy[data-waiting="lazy"]');
  await page.waitForFunction(() => document.querySelector('.loads')?.textContent === '6 loaded');
  expect(await page.locator('.lazy-state').innerText()).toBe('waiting');
  expect((await pictureOf(page, '.lazy')).image).toBe('none');

  // Inside a scroll-view, its own three screens count: 600 px down a 100 px scroll-view is too far.
  await page.waitForSelector('.shelf-lazy[data-waiting="lazy"]');
  expect(await page.locator('.shelf-state').innerText()).toBe('waiting');
  await page.locator('.shelf').evaluate((shelf) => shelf.scrollTo({ top: 400 }));
  await page.waitForFunction(() => document.querySelector('.shelf-state')?.textContent === 'loaded');
  expect(await page.locator('.lazy-state').innerText()).toBe('waiting');

  await page.locator('.page-frame').evaluate((frame) => frame.scrollTo({ top: frame.scrollHeight }));
  await page.waitForFunction(() => document.querySelector('.lazy-state')?.textContent === 'loaded 100x200');
  expect((await pictureOf(page, '.lazy')).image).toContain('data:image/svg+xml');
  expect(failures).toEqual([]);
  await page.close();
});

test('icon draws every WeUI type as SVG, in its size and colour', async () => {
  const { page, failures } = await openPage('text');
  const labels = await page
    .locator('.icon svg')
    .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')));
  expect(labels).toEqual([
    'success',
    'success_no_circle',
    'info',
    'warn',
    'waiting',
    'cancel',
    'download',
    'search',
    'clear',
    'circle',
    'info_circle',
  ]);
  expect(await boxOf(page, '.icon-success svg')).toEqual({ width: 30, height: 30 });
  expect(await page.locator('.icon-success svg').evaluate((svg) => getComputedStyle(svg).color)).toBe(
    'rgb(7, 193, 96)',
  );
  expect(await page.locator('.icon-warn svg').evaluate((svg) => getComputedStyle(svg).color)).toBe(
    'rgb(250, 81, 81)',
  );
  expect(await boxOf(page, '.icon-red svg')).toEqual({ width: 40, height: 40 });
  // The page's WXSS beats a built-in's default look, as on a phone (the page says `icon { vertical-align: top }`).
  expect(await page.locator('.icon-red').evaluate((icon) => getComputedStyle(icon).verticalAlign)).toBe(
    'top',
  );
  expect(await page.locator('.icon-red svg').evaluate((svg) => getComputedStyle(svg).color)).toBe(
    'rgb(255, 0, 0)',
  );
  expect(failures).toEqual([]);
  await page.close();
});

test('rich-text draws an HTML string and a node array with only the allowed tags and attributes', async () => {
  const { page, failures } = await openPage('text');
  const html = page.locator('.from-html');
  expect(await html.textContent()).toBe('Hello bold worldkept text');
  expect(await html.locator('p.greeting b').innerText()).toBe('bold');
  const unsafe = 'script, iframe, marquee, [onclick], [onerror], img[src]';
  expect(await html.locator(unsafe).count()).toBe(0);
  const card = page.locator('.from-nodes .card');
  expect(await card.innerText()).toBe('From nodes');
  expect(await card.evaluate((node) => getComputedStyle(node).color)).toBe('rgb(7, 193, 96)');
  expect(await page.locator('.from-nodes').locator(unsafe).count()).toBe(0);
  expect(await page.evaluate(() => Reflect.get(window, 'pwned'))).toBeUndefined();

  await page.locator('.replace-html').click();
  await page.waitForSelector('.from-html h3.replaced');
  expect(await html.innerText()).toBe('Replaced');
  expect(failures).toEqual([]);
  await page.close();
});

test('text decodes entities, widens spaces and is selectable only when it says so', async () => {
  const { page, failures } = await openPage('text');
  expect(await page.locator('.decoded').textContent()).toBe('a<b>c&d\u00a0e');
  expect(await page.locator('.raw').textContent()).toBe('a&lt;b');
  expect(await page.locator('.spaced').textContent()).toBe('a\u2003b');
  const userSelect = (selector: string) =>
    page.locator(selector).evaluate((node) => getComputedStyle(node).userSelect);
  expect(await userSelect('.selectable')).toBe('text');
  expect(await userSelect('.plain-text')).toBe('none');
  expect(failures).toEqual([]);
  await page.close();
});

test('hover-class shows while a view is pressed, and hover-stop-propagation keeps it from the outer view', async () => {
  const { page, failures } = await openPage('text');
  const box = page.locator('.hover-box');
  const pressAt = async (selector: string) => {
    const where = await page.locator(selector).boundingBox();
    if (!where) throw new Error(`${selector} is not drawn`);
    await page.mouse.move(where.x + 4, where.y + 4);
    await page.mouse.down();
  };
  expect(await box.getAttribute('class')).toBe('hover-box');
  await pressAt('.hover-box');
  await page.waitForSelector('.hover-box.pressed');
  await page.mouse.up();
  await page.waitForSelector('.hover-box:not(.pressed)');
  expect(await page.locator('.taps').innerText()).toBe('1 taps');

  await pressAt('.hover-inner');
  await page.waitForSelector('.hover-inner.inner-pressed');
  expect(await box.getAttribute('class')).toBe('hover-box');
  await page.mouse.up();
  await page.waitForSelector('.hover-inner:not(.inner-pressed)');
  expect(failures).toEqual([]);
  await page.close();
});
