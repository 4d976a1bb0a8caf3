import { readFileSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The engine fixture's components page in miniprogram-simulate too: the same components, slots and events.
const ROOT = path.join(__dirname, 'engine-app');

/** app.json's global components, which simulate takes as components every loaded component may use. */
const globalComponents = (
  JSON.parse(readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as {
    usingComponents: Record<string, string>;
  }
).usingComponents;

/** The components page, loaded once (simulate registers a file once) with app.json's global components. */
const componentsPage = simulate.load(path.join(ROOT, 'pages/components/index'), {
  compiler: 'simulate',
  rootPath: ROOT,
  usingComponents: globalComponents,
});

/** Settles an event sent with `dispatchEvent`, which the engine delivers on the next microtask. */
const dispatched = () => Promise.resolve();

/** Renders the components page, `getApp()` answering `app`. */
function openComponentsPage(app: object = {}) {
  Object.assign(globalThis, { getApp: () => app });
  const page = simulate.render(componentsPage);
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

test('the dish card draws its properties and slots, and its add event reaches the page', async () => {
  const app = { added: [] as unknown[] };
  const page = openComponentsPage(app);
  const card = page.querySelector('#latte');
  expect(card?.dom?.textContent).toContain('Latte');
  expect(card?.dom?.textContent).toContain('¥18');
  expect(card?.dom?.textContent).toContain('Oat milk, no sugar');
  expect(card?.dom?.textContent).toContain('Ready in 5 min');
  card?.querySelector('.add')?.dispatchEvent('tap');
  await dispatched();
  expect(page.querySelector('.added')?.dom?.textContent).toBe('added Latte x1');
  expect(app.added).toEqual([{ title: 'Latte', quantity: 1 }]);
  page.querySelector('.raise')?.dispatchEvent('tap');
  await dispatched();
  expect(card?.dom?.textContent).toContain('¥20');
});

test('the tag list finds its items through relations', async () => {
  const page = openComponentsPage();
  page.querySelector('.count-tags')?.dispatchEvent('tap');
  await dispatched();
  expect(page.querySelector('.tag-count')?.dom?.textContent).toBe('tags 2');
});

test('the touch page follows touchstart, touchmove and touchend, as the preview sends them', async () => {
  const app = { touches: [] as string[] };
  Object.assign(globalThis, { getApp: () => app });
  const page = simulate.render(
    simulate.load(path.join(ROOT, 'pages/touch/index'), { compiler: 'simulate', rootPath: ROOT }),
  );
  page.attach(document.createElement('parent-wrapper'));
  const pad = page.querySelector('.pad');
  pad?.dispatchEvent('touchstart', { touches: [{ x: 20, y: 30 }], changedTouches: [{ x: 20, y: 30 }] });
  await dispatched();
  pad?.dispatchEvent('touchmove', { touches: [{ x: 50, y: 45 }], changedTouches: [{ x: 50, y: 45 }] });
  await dispatched();
  pad?.dispatchEvent('touchend', { touches: [], changedTouches: [{ x: 50, y: 45 }] });
  await dispatched();
  page.querySelector('.hold')?.dispatchEvent('longpress');
  await dispatched();
  expect(page.querySelector('.log')?.dom?.textContent).toBe(
    'touchstart@20,30/1 touchmove@50,45/1 touchend@50,45/0 longpress',
  );
});

test('the scroll page loads ten more rows on each onReachBottom and starts over on onPullDownRefresh', () => {
  const app = { lifecycle: [] as string[], scrollTops: [] as number[] };
  Object.assign(globalThis, { getApp: () => app, wx: { stopPullDownRefresh: () => undefined } });
  const page = simulate.render(
    simulate.load(path.join(ROOT, 'pages/scroll/index'), { compiler: 'simulate', rootPath: ROOT }),
  );
  page.attach(document.createElement('parent-wrapper'));
  const instance = page.instance as unknown as { onReachBottom(): void; onPullDownRefresh(): void };
  instance.onReachBottom();
  instance.onReachBottom();
  expect(page.querySelectorAll('.row')).toHaveLength(30);
  instance.onPullDownRefresh();
  expect(page.querySelectorAll('.row')).toHaveLength(10);
  expect(page.querySelector('.status')?.dom?.textContent).toBe('pages 1 · refreshed 1 · scrolled no');
});
