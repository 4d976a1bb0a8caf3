import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The cart bar rendered from the DevTools compiler's output (wcc): badge, total, and a checkout that knows why not.
const miniprogramRoot = path.join(__dirname, '../..');
const barId = simulate.load(path.join(__dirname, 'index'), {
  compiler: 'official',
  rootPath: miniprogramRoot,
  compilerOptions: {
    wxmlList: readdirSync(path.join(miniprogramRoot, 'components')).map(
      (name) => `components/${name}/index.wxml`,
    ),
  },
});

const words = {
  checkoutText: '去结算 Checkout',
  emptyText: '未选购商品 · Cart is empty',
  belowMinimumText: '差{amount}起送 · {amount} more to deliver',
};

/** Renders a cart bar with `properties`, recording every event it sends with its detail. */
function renderBar(properties: Record<string, unknown>) {
  const bar = simulate.render(barId, { ...words, ...properties });
  bar.attach(document.createElement('parent-wrapper'));
  const sent: Array<{ name: string; detail: unknown }> = [];
  const trigger = bar.instance.triggerEvent.bind(bar.instance);
  jest.spyOn(bar.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    sent.push({ name, detail });
    trigger(name, detail, options);
  });
  const tap = async (selector: string) => {
    bar.querySelector(selector)?.dispatchEvent('tap');
    await Promise.resolve();
  };
  const text = (selector: string) => bar.querySelector(selector)?.dom?.textContent;
  const isOff = () => bar.querySelector('.checkout')?.dom?.className.includes('is-off');
  return { bar, sent, tap, text, isOff };
}

test('with items it shows the badge and total, and checkout sends the count and total', async () => {
  const { sent, tap, text, isOff } = renderBar({ count: 3, totalFen: 4650 });
  expect(text('.badge')).toBe('3');
  expect(text('.total')).toBe('¥46.50');
  expect(text('.checkout')).toBe('去结算 Checkout');
  expect(isOff()).toBe(false);
  await tap('.checkout');
  await tap('.cart');
  expect(sent).toEqual([
    { name: 'checkout', detail: { count: 3, totalFen: 4650 } },
    { name: 'opencart', detail: {} },
  ]);
});

test('an empty cart shows its words, no badge, and neither taps send anything', async () => {
  const { bar, sent, tap, text, isOff } = renderBar({ count: 0, totalFen: 0 });
  expect(text('.empty')).toBe('未选购商品 · Cart is empty');
  expect(bar.querySelector('.badge')).toBeFalsy();
  expect(isOff()).toBe(true);
  await tap('.checkout');
  await tap('.cart');
  expect(sent).toEqual([]);
});

test('below the minimum checkout is off with the missing amount; reaching it turns checkout on', async () => {
  const { bar, sent, tap, text, isOff } = renderBar({ count: 1, totalFen: 1500, minimumFen: 2000 });
  expect(isOff()).toBe(true);
  expect(text('.reason')).toBe('差¥5.00起送 · ¥5.00 more to deliver');
  await tap('.checkout');
  expect(sent).toEqual([]);

  bar.setData({ count: 2, totalFen: 3000 });
  expect(isOff()).toBe(false);
  expect(bar.querySelector('.reason')).toBeFalsy();
  await tap('.checkout');
  expect(sent).toEqual([{ name: 'checkout', detail: { count: 2, totalFen: 3000 } }]);
});

test('a reason from the page turns checkout off and is shown', async () => {
  const { sent, tap, text, isOff } = renderBar({ count: 2, totalFen: 3000, disabledReason: '休息中 Closed' });
  expect(isOff()).toBe(true);
  expect(text('.reason')).toBe('休息中 Closed');
  await tap('.checkout');
  expect(sent).toEqual([]);
});

test('a count over 99 shows as 99+', () => {
  const { text } = renderBar({ count: 120, totalFen: 100 });
  expect(text('.badge')).toBe('99+');
});
