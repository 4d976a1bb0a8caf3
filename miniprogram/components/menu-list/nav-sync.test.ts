import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The side nav and the menu list side by side, wired as a menu page wires them: the nav's select tells the list
// where to scroll, the list's sectionchange tells the nav what to highlight. Sections get uneven measured boxes.
const miniprogramRoot = path.join(__dirname, '../..');
const official = {
  compiler: 'official' as const,
  rootPath: miniprogramRoot,
  compilerOptions: {
    wxmlList: readdirSync(path.join(miniprogramRoot, 'components')).map(
      (name) => `components/${name}/index.wxml`,
    ),
  },
};
const navId = simulate.load(path.join(miniprogramRoot, 'components/category-nav/index'), official);
const listId = simulate.load(path.join(__dirname, 'index'), official);

const sections = [
  { id: 'coffee', title: '咖啡 Coffee', products: [{ id: 'latte', name: '拿铁 Latte', priceFen: 1800 }] },
  { id: 'tea', title: '茶 Tea', products: [{ id: 'oolong', name: '乌龙 Oolong', priceFen: 1600 }] },
  { id: 'juice', title: '果汁 Juice', products: [{ id: 'orange', name: '橙汁 Orange', priceFen: 1400 }] },
  { id: 'bakery', title: '烘焙 Bakery', products: [{ id: 'bagel', name: '贝果 Bagel', priceFen: 1200 }] },
];
const layout: Record<string, [number, number]> = {
  coffee: [0, 300],
  tea: [300, 340],
  juice: [340, 900],
  bakery: [900, 1500],
};

const hostId = simulate.load({
  template: `
    <category-nav class="nav" categories="{{categories}}" active-id="{{activeId}}" bind:select="onSelect"></category-nav>
    <menu-list class="list" sections="{{sections}}" scroll-to-id="{{scrollToId}}" bind:sectionchange="onSectionChange"></menu-list>`,
  usingComponents: { 'category-nav': navId, 'menu-list': listId },
  data: {
    sections,
    categories: sections.map((section) => ({ id: section.id, name: section.title })),
    activeId: 'coffee',
    scrollToId: '',
  },
  methods: {
    onSelect(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
      this.setData({ activeId: event.detail.id, scrollToId: event.detail.id });
    },
    onSectionChange(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
      this.setData({ activeId: event.detail.id });
    },
  },
});

/** Lets queued selector queries and events finish (each answers on a later microtask). */
async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function renderMenu() {
  const host = simulate.render(hostId);
  host.attach(document.createElement('parent-wrapper'));
  const nav = host.querySelector('.nav');
  const list = host.querySelector('.list');
  const scroller = list?.querySelector('.menu-scroll');
  const view = { scrollTop: 0 };
  if (scroller?.dom) {
    scroller.dom.getBoundingClientRect = () => new DOMRect(80, 100, 295, 500);
    Object.defineProperty(scroller.dom, 'scrollTop', { get: () => view.scrollTop });
  }
  list?.querySelectorAll('.section').forEach((node, index) => {
    if (node.dom) {
      node.dom.getBoundingClientRect = () => {
        const [top, bottom] = layout[sections[index].id];
        return new DOMRect(80, 100 + top - view.scrollTop, 295, bottom - top);
      };
    }
  });
  const highlighted = () => {
    const names = nav?.querySelectorAll('.name').map((name) => name.dom?.textContent) ?? [];
    const rows = nav?.querySelectorAll('.category') ?? [];
    return names.filter((_name, index) => rows[index]?.dom?.className.includes('is-active'));
  };
  const scrollBy = async (scrollTop: number) => {
    scroller?.dispatchEvent('touchstart', { touches: [{ x: 1, y: 1 }], changedTouches: [{ x: 1, y: 1 }] });
    await scrollEvent(scrollTop);
  };
  const scrollEvent = async (scrollTop: number) => {
    view.scrollTop = scrollTop;
    scroller?.dispatchEvent('scroll', { detail: { scrollTop, scrollHeight: 1500 } });
    await settle();
  };
  const tapCategory = async (index: number) => {
    nav?.querySelectorAll('.category')[index]?.dispatchEvent('tap');
    await settle();
  };
  return { list, highlighted, scrollBy, scrollEvent, tapCategory };
}

test('scrolling the list moves the nav highlight to the section in view', async () => {
  const { highlighted, scrollBy } = renderMenu();
  expect(highlighted()).toEqual(['咖啡 Coffee']);
  await scrollBy(310);
  expect(highlighted()).toEqual(['茶 Tea']);
  await scrollBy(600);
  expect(highlighted()).toEqual(['果汁 Juice']);
  await scrollBy(0);
  expect(highlighted()).toEqual(['咖啡 Coffee']);
});

test('a tap on the nav scrolls the list to that section and the highlight stays while it scrolls there', async () => {
  const { list, highlighted, scrollEvent, scrollBy, tapCategory } = renderMenu();
  await tapCategory(3);
  expect(highlighted()).toEqual(['烘焙 Bakery']);
  expect(list?.instance.data.scrollTop).toBe(900);
  await scrollEvent(320); // passing tea
  await scrollEvent(600); // passing juice
  await scrollEvent(900); // arrived
  expect(highlighted()).toEqual(['烘焙 Bakery']);
  await scrollBy(320);
  expect(highlighted()).toEqual(['茶 Tea']);
  await tapCategory(3); // the same category again scrolls again
  expect(list?.instance.data.scrollTop).toBe(900);
  expect(highlighted()).toEqual(['烘焙 Bakery']);
});
