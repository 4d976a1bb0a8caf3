/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { customer } from '../../../test/support/ordering-calls';
import { startTestCloud, type TestCloud } from '../../../test/support/test-cloud';
import type * as I18n from '../../i18n';
import type { PriceBreakdown } from '../../../typings/contracts/pricing';

// The breakdown the local cloud priced for a delivery order, drawn by the component in both languages.
const miniprogramRoot = path.join(__dirname, '../..');
let shop: TestCloud;
let breakdown: PriceBreakdown;

beforeAll(async () => {
  shop = await startTestCloud();
  const alice = customer(shop, 'o-breakdown');
  await alice.add('prod-latte', 2, { size: 'large', temperature: 'iced', sugar: 'light' }, [
    { id: 'extra_shot', quantity: 1 },
  ]);
  const address = {
    contactName: '张三丰',
    phone: '13812345678',
    text: '示范路 8 号',
    latitude: 31.19,
    longitude: 121.44,
  };
  const preview = await alice.preview({ mode: 'delivery', address });
  if (!preview.ok) throw new Error(preview.error.code);
  breakdown = preview.data.breakdown;
});
afterAll(() => shop.close());
beforeEach(() => jest.resetModules());

function render(locale: 'zh-CN' | 'en') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module registry the component loads with
  (require('../../i18n') as typeof I18n).setLocale(locale);
  const id = simulate.load(path.join(__dirname, 'index'), {
    compiler: 'simulate',
    rootPath: miniprogramRoot,
  });
  const view = simulate.render(id, { breakdown });
  view.attach(document.createElement('parent-wrapper'));
  const texts = (selector: string) => view.querySelectorAll(selector).map((node) => node.dom?.textContent);
  return { view, texts };
}

test('each line with its choices, quantity and total, then items, fees and the total, as the server priced them', () => {
  const { texts } = render('zh-CN');
  expect(texts('.line-name')).toEqual(['拿铁']);
  expect(texts('.line-spec')).toEqual(['大杯 / 冰 / 少糖 / 加浓缩']);
  expect(texts('.line-qty')).toEqual(['×2']);
  expect(texts('.line-total')).toEqual(['¥64.00']);
  expect(texts('.amount-label')).toEqual([
    '商品小计 Items',
    '打包费 Packaging',
    '配送费 Delivery',
    '合计 Total',
  ]);
  expect(texts('.amount-value')).toEqual(['¥64.00', '¥1.00', '¥5.00', '¥70.00']);
});

test('in English the names and choices are the English ones; no breakdown draws nothing', () => {
  const { view, texts } = render('en');
  expect(texts('.line-name')).toEqual(['Latte']);
  view.setData({ breakdown: null });
  expect(view.querySelector('.breakdown')).toBeUndefined();
});
