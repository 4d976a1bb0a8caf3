import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The menu list rendered from the DevTools compiler's output (wcc). jsdom lays nothing out, so each section's box
// is given an uneven height here, as the device would measure it: the list must follow those measurements.
const miniprogramRoot = path.join(__dirname, '../..');
const listId = simulate.load(path.join(__dirname, 'index'), {
  compiler: 'official',
  rootPath: miniprogramRoot,
  compilerOptions: {
    wxmlList: readdirSync(path.join(miniprogramRoot, 'components')).map(
      (name) => `components/${name}/index.wxml`,
    ),
  },
});

const product = (id: string, priceFen = 1800) => ({ id, name: `${id} 名`, priceFen });
const sections = [
  { id: 'coffee', title: '咖啡 Coffee', products: [product('latte'), product('americano', 1500)] },
  { id: 'tea', title: '茶 Tea', products: [product('oolong'), product('jasmine'), product('matcha')] },
  { id: 'juice', title: '果汁 Juice', products: [product('orange')] },
  { id: 'bakery', title: '烘焙 Bakery', products: [product('croissant', 1200), product('bagel')] },
  { id: 'snacks', title: '小食 Snacks', products: [product('cookie', 600)] },
];
/** Where each section's box starts and ends inside the content (px): deliberately uneven. */
const layout: Record<string, [number, number]> = {
  coffee: [0, 120],
  tea: [120, 520],
  juice: [520, 580],
  bakery: [580, 1000],
  snacks: [1000, 1100],
};
const CONTENT_HEIGHT = 1100;
const LIST_TOP = 50; // the list sits under a 50-px header
const LIST_HEIGHT = 400;

/** A box at `top`..`bottom` on screen, full width. */
const box = (top: number, bottom: number) => new DOMRect(0, top, 375, bottom - top);

/** Renders a list, gives its boxes the layout above as it scrolls, and records every event it sends. */
function renderList(properties: Record<string, unknown> = {}) {
  const list = simulate.render(listId, { sections, ...properties });
  list.attach(document.createElement('parent-wrapper'));
  const scroller = list.querySelector('.menu-scroll');
  const view = { scrollTop: 0 };
  if (scroller?.dom) {
    scroller.dom.getBoundingClientRect = () => box(LIST_TOP, LIST_TOP + LIST_HEIGHT);
    Object.defineProperty(scroller.dom, 'scrollTop', { get: () => view.scrollTop });
  }
  const sectionNodes = list.querySelectorAll('.section');
  sectionNodes.forEach((node, index) => {
    if (node.dom) {
      node.dom.getBoundingClientRect = () => {
        const [top, bottom] = layout[sections[index].id];
        return box(LIST_TOP + top - view.scrollTop, LIST_TOP + bottom - view.scrollTop);
      };
    }
  });
  const sent: Array<{ name: string; detail: unknown }> = [];
  const trigger = list.instance.triggerEvent.bind(list.instance);
  jest.spyOn(list.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    sent.push({ name, detail });
    trigger(name, detail, options);
  });
  /** The customer scrolls the list to `scrollTop`; the scroll-view reports it as the device does. */
  const scrollTo = async (scrollTop: number) => {
    view.scrollTop = scrollTop;
    scroller?.dispatchEvent('scroll', { detail: { scrollTop, scrollHeight: CONTENT_HEIGHT } });
    await settle();
  };
  const sectionChanges = () =>
    sent.filter((event) => event.name === 'sectionchange').map((event) => event.detail);
  return { list, scroller, sent, scrollTo, sectionChanges };
}

/** Lets queued selector queries and events finish (each answers on a later microtask). */
async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

test('draws a header per section and a card per product with its price and cart quantity', () => {
  const { list } = renderList({ quantities: { americano: 2 } });
  expect(list.querySelectorAll('.section-title').map((title) => title.dom?.textContent)).toEqual([
    '咖啡 Coffee',
    '茶 Tea',
    '果汁 Juice',
    '烘焙 Bakery',
    '小食 Snacks',
  ]);
  const cards = list.querySelectorAll('.product');
  expect(cards).toHaveLength(9);
  expect(cards[1]?.querySelector('.price')?.dom?.textContent).toBe('¥15.00');
  expect(cards[1]?.querySelector('.stepper')?.querySelector('.value')?.dom?.textContent).toBe('2');
  expect(cards[0]?.querySelector('.add')).toBeTruthy();
});

test('reports the section in view from the measured positions, once per change', async () => {
  const { scrollTo, sectionChanges } = renderList();
  await scrollTo(60); // still inside coffee: nothing new
  await scrollTo(130); // tea has reached the top
  await scrollTo(400); // still tea, a long section
  await scrollTo(525); // juice, a short one
  await scrollTo(100); // back up to coffee
  expect(sectionChanges()).toEqual([{ id: 'tea' }, { id: 'juice' }, { id: 'coffee' }]);
});

test('at the end of the list the last section is in view even when too short to reach the top', async () => {
  const { scrollTo, sectionChanges } = renderList();
  await scrollTo(650); // bakery has reached the top
  await scrollTo(700); // 700 + 400 = the content's 1100 px: the end, where the short snacks cannot reach the top
  expect(sectionChanges()).toEqual([{ id: 'bakery' }, { id: 'snacks' }]);
});

test('told a section, it scrolls to its measured top and stays quiet on the way there', async () => {
  const { list, scroller, scrollTo, sectionChanges } = renderList();
  list.setData({ scrollToId: 'juice' });
  await settle();
  // the value bound to the scroll-view's scroll-top (the simulator's scroll-view is a shell that does not move)
  expect(list.instance.data.scrollTop).toBe(520);
  await scrollTo(300); // the scroll passes tea on its way
  await scrollTo(520); // and arrives
  expect(sectionChanges()).toEqual([]);
  await scrollTo(600); // then the customer scrolls on by hand
  expect(sectionChanges()).toEqual([{ id: 'bakery' }]);
  scroller?.dispatchEvent('touchstart', { touches: [{ x: 1, y: 1 }], changedTouches: [{ x: 1, y: 1 }] });
  list.setData({ scrollToId: 'juice' }); // the same section again, after scrolling away
  await settle();
  expect(list.instance.data.scrollTop).toBe(520);
});

test('the customer taking over stops the quiet of a requested scroll', async () => {
  const { list, scroller, scrollTo, sectionChanges } = renderList();
  list.setData({ scrollToId: 'bakery' });
  await settle();
  expect(list.instance.data.scrollTop).toBe(580);
  scroller?.dispatchEvent('touchstart', { touches: [{ x: 1, y: 1 }], changedTouches: [{ x: 1, y: 1 }] });
  await settle();
  await scrollTo(130);
  expect(sectionChanges()).toEqual([{ id: 'tea' }]);
});

test('new sections are measured again before the next report', async () => {
  const { list, scrollTo, sectionChanges } = renderList();
  await scrollTo(130);
  layout.tea = [120, 200]; // the same ids, laid out anew (a shorter tea section)
  layout.juice = [200, 260];
  list.setData({ sections: sections.map((section) => ({ ...section })) });
  await scrollTo(210);
  expect(sectionChanges()).toEqual([{ id: 'tea' }, { id: 'juice' }]);
  layout.tea = [120, 520];
  layout.juice = [520, 580];
});

test('card taps come out of the list with the product', async () => {
  const { list, sent } = renderList({ quantities: { latte: 1 } });
  const cards = list.querySelectorAll('.product');
  cards[1]?.querySelector('.add')?.dispatchEvent('tap');
  cards[0]?.querySelector('.stepper')?.querySelector('.plus')?.dispatchEvent('tap');
  cards[2]?.querySelector('.name-row')?.dispatchEvent('tap');
  await settle();
  expect(sent).toEqual([
    { name: 'add', detail: { productId: 'americano' } },
    { name: 'change', detail: { productId: 'latte', quantity: 2 } },
    { name: 'open', detail: { productId: 'oolong' } },
  ]);
});

test('told the section it already shows, it keeps reporting as the customer scrolls', async () => {
  const { list, scrollTo, sectionChanges } = renderList();
  list.setData({ scrollToId: 'coffee' });
  await settle();
  await scrollTo(130);
  expect(sectionChanges()).toEqual([{ id: 'tea' }]);
});
