import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The side nav rendered from the DevTools compiler's output (wcc): taps move the highlight and report the category.
const miniprogramRoot = path.join(__dirname, '../..');
const navId = simulate.load(path.join(__dirname, 'index'), {
  compiler: 'official',
  rootPath: miniprogramRoot,
  compilerOptions: {
    wxmlList: readdirSync(path.join(miniprogramRoot, 'components')).map(
      (name) => `components/${name}/index.wxml`,
    ),
  },
});

const categories = [
  { id: 'coffee', name: '咖啡 Coffee', count: 2 },
  { id: 'tea', name: '茶 Tea' },
  { id: 'bakery', name: '烘焙 Bakery', count: 120 },
];

/** Renders a nav with `properties`, recording every event it sends with its detail. */
function renderNav(properties: Record<string, unknown>) {
  const nav = simulate.render(navId, { categories, ...properties });
  nav.attach(document.createElement('parent-wrapper'));
  const sent: Array<{ name: string; detail: unknown }> = [];
  const trigger = nav.instance.triggerEvent.bind(nav.instance);
  jest.spyOn(nav.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    sent.push({ name, detail });
    trigger(name, detail, options);
  });
  const rows = () => nav.querySelectorAll('.category');
  const names = () => nav.querySelectorAll('.name').map((name) => name.dom?.textContent);
  const active = () => names().filter((_name, index) => rows()[index]?.dom?.className.includes('is-active'));
  const tap = async (index: number) => {
    rows()[index]?.dispatchEvent('tap');
    await Promise.resolve();
  };
  return { nav, sent, rows, names, active, tap };
}

test('draws every category with its cart count, the first active when none is given', () => {
  const { rows, names, active } = renderNav({});
  expect(names()).toEqual(['咖啡 Coffee', '茶 Tea', '烘焙 Bakery']);
  expect(rows().map((row) => row.dom?.textContent)).toEqual(['咖啡 Coffee2', '茶 Tea', '烘焙 Bakery99+']);
  expect(active()).toEqual(['咖啡 Coffee']);
});

test('a tap highlights that category at once and sends select with its id; the current one is quiet', async () => {
  const { sent, active, tap } = renderNav({});
  await tap(2);
  expect(active()).toEqual(['烘焙 Bakery']);
  await tap(2);
  await tap(1);
  expect(active()).toEqual(['茶 Tea']);
  expect(sent).toEqual([
    { name: 'select', detail: { id: 'bakery' } },
    { name: 'select', detail: { id: 'tea' } },
  ]);
});

test('activeId from the page moves the highlight without sending select; an unknown id falls back to the first', () => {
  const { nav, sent, active } = renderNav({ activeId: 'tea' });
  expect(active()).toEqual(['茶 Tea']);
  nav.setData({ activeId: 'bakery' });
  expect(active()).toEqual(['烘焙 Bakery']);
  nav.setData({ activeId: 'gone' });
  expect(active()).toEqual(['咖啡 Coffee']);
  expect(sent).toEqual([]);
});
