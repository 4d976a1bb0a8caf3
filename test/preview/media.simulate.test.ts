import path from 'node:path';
import { openSimulatedPage, type SimulatedPage } from '../support/simulate-page';

// The media fixture pages in miniprogram-simulate: the events the built-ins send drive the same handlers.
const ROOT = path.join(__dirname, 'media-app');

function open(name: string): Promise<SimulatedPage> {
  return openSimulatedPage(path.join(ROOT, `pages/${name}/index`), ROOT);
}

function textOf(page: SimulatedPage, selector: string): string | undefined {
  return page.querySelector(selector)?.dom?.textContent ?? undefined;
}

function find(page: SimulatedPage, selector: string) {
  const target = page.querySelector(selector);
  if (!target) throw new Error(`${selector} is not drawn`);
  return target;
}

/** Fires the event a built-in fires, as the built-in itself does: its instance's triggerEvent. */
function fire(page: SimulatedPage, selector: string, type: string, detail: object): void {
  find(page, selector).instance.triggerEvent(type, detail);
}

/** Taps `selector`; j-component delivers the tap on the next microtask, which this awaits. */
async function tap(page: SimulatedPage, selector: string): Promise<void> {
  find(page, selector).dispatchEvent('tap', { detail: {} });
  await Promise.resolve();
}

test('image: load and error details reach the page as they do in the preview', async () => {
  const page = await open('image');
  expect(page.querySelectorAll('.mode-image')).toHaveLength(6);
  for (const image of page.querySelectorAll('.mode-image'))
    image.instance.triggerEvent('load', { width: 200, height: 100 });
  expect(textOf(page, '.loads')).toBe('6 loaded');
  fire(page, '.width-fix', 'load', { width: 200, height: 100 });
  expect(textOf(page, '.fix-size')).toBe('200x100');
  fire(page, '.broken', 'error', { errMsg: 'GET data:image/png;base64,AAAA failed' });
  expect(textOf(page, '.error-message')).toBe('GET data:image/png;base64,AAAA failed');
  expect(textOf(page, '.lazy-state')).toBe('waiting');
  fire(page, '.lazy', 'load', { width: 100, height: 200 });
  expect(textOf(page, '.lazy-state')).toBe('loaded 100x200');
  fire(page, '.shelf-lazy', 'load', { width: 200, height: 100 });
  expect(textOf(page, '.shelf-state')).toBe('loaded');
});

test('scroll-view: scroll, edge and refresher details, and the page moving it by its properties', async () => {
  const page = await open('scroll');
  fire(page, '.list', 'scroll', {
    scrollTop: 120,
    scrollLeft: 0,
    scrollHeight: 1200,
    scrollWidth: 375,
    deltaX: 0,
    deltaY: -120,
  });
  expect(textOf(page, '.scrolled')).toBe('top 120 of 1200, moved -1');
  fire(page, '.list', 'scrolltolower', { direction: 'bottom' });
  fire(page, '.list', 'scrolltoupper', { direction: 'top' });
  expect(textOf(page, '.edges')).toBe('upper 1 top · lower 1 bottom');
  await tap(page, '.show-row-12');
  expect(page.instance.data).toMatchObject({ intoView: 'row-12' });
  await tap(page, '.to-row-4');
  expect(page.instance.data).toMatchObject({ top: 240, intoView: '' });
  fire(page, '.strip', 'scroll', {
    scrollLeft: 300,
    scrollTop: 0,
    scrollHeight: 40,
    scrollWidth: 1080,
    deltaX: -300,
    deltaY: 0,
  });
  fire(page, '.strip', 'scrolltolower', { direction: 'right' });
  expect(textOf(page, '.strip-state')).toBe('strip at 300 right');

  // The refresher: refresh, the page finishing, restore.
  fire(page, '.feed', 'refresherpulling', { dy: 30 });
  expect(textOf(page, '.refresh')).toBe('pulling down');
  fire(page, '.feed', 'refresherrefresh', { dy: 60 });
  expect(page.instance.data).toMatchObject({ refreshing: true, refresh: 'refreshing' });
  await tap(page, '.finish-refresh');
  expect(page.instance.data).toMatchObject({ refreshing: false });
  fire(page, '.feed', 'refresherrestore', { dy: 0 });
  expect(textOf(page, '.refresh')).toBe('restored with 2 news');
});

test('swiper: change with its source, and current set by the page', async () => {
  const page = await open('swiper');
  expect(page.querySelectorAll('.slide')).toHaveLength(3);
  fire(page, '.slides', 'change', { current: 1, currentItemId: 'mocha', source: 'touch' });
  expect(textOf(page, '.change')).toBe('1 mocha by touch');
  await tap(page, '.show-tea');
  expect(page.instance.data).toMatchObject({ current: 2 });
  fire(page, '.slides', 'change', { current: 2, currentItemId: 'tea', source: '' });
  expect(textOf(page, '.change')).toBe('2 tea by page');
  fire(page, '.slides', 'transition', { dx: 40, dy: 0 });
  expect(textOf(page, '.changes')).toBe('2 changes · 0 taps · dragged towards the next');
  await tap(page, '.show-latte');
  expect(page.instance.data).toMatchObject({ currentItemId: 'latte' });
  fire(page, '.strip', 'change', { current: 1, currentItemId: '', source: 'touch' });
  expect(textOf(page, '.strip-change')).toBe('strip at 1');
  fire(page, '.ticker', 'change', { current: 1, currentItemId: '', source: 'autoplay' });
  expect(textOf(page, '.played')).toBe('1 played');
});

test('icon, rich-text, text and hover: the page draws them and handles taps', async () => {
  const page = await open('text');
  expect(page.querySelectorAll('.icon')).toHaveLength(11);
  expect(page.querySelector('.from-html')).toBeTruthy();
  await tap(page, '.replace-html');
  expect(page.instance.data).toMatchObject({ html: '<h3 class="replaced">Replaced</h3>' });
  expect(textOf(page, '.spaced')).toBe('a b');
  await tap(page, '.hover-box');
  expect(textOf(page, '.taps')).toBe('1 taps');
});
