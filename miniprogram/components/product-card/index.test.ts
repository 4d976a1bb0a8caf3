import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The product card rendered from the DevTools compiler's output (wcc), with its stepper, tapped as a customer would.
const miniprogramRoot = path.join(__dirname, '../..');
const cardId = simulate.load(path.join(__dirname, 'index'), {
  compiler: 'official',
  rootPath: miniprogramRoot,
  compilerOptions: {
    wxmlList: readdirSync(path.join(miniprogramRoot, 'components')).map(
      (name) => `components/${name}/index.wxml`,
    ),
  },
});

const latte = {
  productId: 'p-latte',
  name: '拿铁 Latte',
  note: '燕麦奶可选 · Oat milk available',
  imageUrl: '/images/latte.png',
  priceFen: 1850,
  soldOutText: '已售罄 Sold out',
  popularText: '人气 Popular',
  addText: '加入购物车 Add to cart',
};

/** Renders a card with `properties`, recording every event it sends with its detail. */
function renderCard(properties: Record<string, unknown>) {
  const card = simulate.render(cardId, { ...latte, ...properties });
  card.attach(document.createElement('parent-wrapper'));
  const sent: Array<{ name: string; detail: unknown }> = [];
  const trigger = card.instance.triggerEvent.bind(card.instance);
  jest.spyOn(card.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    sent.push({ name, detail });
    trigger(name, detail, options);
  });
  const tap = async (selector: string) => {
    card.querySelector(selector)?.dispatchEvent('tap');
    await Promise.resolve();
  };
  const text = (selector: string) => card.querySelector(selector)?.dom?.textContent;
  return { card, sent, tap, text };
}

test('draws the name, note, price from fen and the photo', () => {
  const { card, text } = renderCard({});
  expect(text('.name')).toBe('拿铁 Latte');
  expect(text('.note')).toBe('燕麦奶可选 · Oat milk available');
  expect(text('.price')).toBe('¥18.50');
  expect(card.querySelector('.photo.is-blank')).toBeFalsy();
  expect(card.querySelector('.popular')).toBeFalsy();
  expect(card.querySelector('.sold-out')).toBeFalsy();
});

test('a new price redraws; a card without a photo draws a blank frame', () => {
  const { card, text } = renderCard({ imageUrl: '', priceFen: 900 });
  expect(text('.price')).toBe('¥9.00');
  card.setData({ priceFen: 1205 });
  expect(text('.price')).toBe('¥12.05');
  expect(card.querySelector('.photo.is-blank')).toBeTruthy();
});

test('the add button sends add with the product, and the name sends open', async () => {
  const { sent, tap } = renderCard({});
  await tap('.add');
  await tap('.name-row');
  expect(sent).toEqual([
    { name: 'add', detail: { productId: 'p-latte' } },
    { name: 'open', detail: { productId: 'p-latte' } },
  ]);
});

test('in the cart the add button becomes a stepper whose taps send change with the quantity', async () => {
  const { card, sent, text } = renderCard({ quantity: 2 });
  expect(card.querySelector('.add')).toBeFalsy();
  const stepper = card.querySelector('.stepper');
  expect(stepper?.querySelector('.value')?.dom?.textContent).toBe('2');
  stepper?.querySelector('.plus')?.dispatchEvent('tap');
  await Promise.resolve();
  stepper?.querySelector('.minus')?.dispatchEvent('tap');
  await Promise.resolve();
  stepper?.querySelector('.minus')?.dispatchEvent('tap');
  await Promise.resolve();
  expect(sent).toEqual([
    { name: 'change', detail: { productId: 'p-latte', quantity: 3 } },
    { name: 'change', detail: { productId: 'p-latte', quantity: 2 } },
    { name: 'change', detail: { productId: 'p-latte', quantity: 1 } },
  ]);
  expect(text('.price')).toBe('¥18.50');
});

test('the cart answer going back to 0 brings the add button back', () => {
  const { card } = renderCard({ quantity: 1 });
  card.setData({ quantity: 0 });
  expect(card.querySelector('.stepper')).toBeFalsy();
  expect(card.querySelector('.add')).toBeTruthy();
});

test('sold out shows its mark and no add button; one already in the cart can only go down', async () => {
  const soldOut = renderCard({ isSoldOut: true });
  expect(soldOut.text('.sold-out')).toBe('已售罄 Sold out');
  expect(soldOut.card.querySelector('.add')).toBeFalsy();

  const inCart = renderCard({ isSoldOut: true, quantity: 1 });
  const plus = inCart.card.querySelector('.stepper')?.querySelector('.plus');
  expect(plus?.dom?.className).toContain('is-off');
  plus?.dispatchEvent('tap');
  await Promise.resolve();
  expect(inCart.sent).toEqual([]);
});

test('popular shows its mark', () => {
  const { text } = renderCard({ isPopular: true });
  expect(text('.popular')).toBe('人气 Popular');
});
