import type { PricedLine } from '../../../typings/contracts/pricing';
import { renderTicket, type TicketOrder } from './render-ticket';
import { textWidth, wrapToWidth } from './text-width';

const line = (overrides: Partial<PricedLine>): PricedLine => ({
  lineId: 'l1',
  skuId: 'sku-1',
  productId: 'prod-1',
  name: '美式咖啡',
  nameEn: 'Americano',
  specs: {},
  specText: '大杯 / 冰 / 少糖',
  specTextEn: 'Large / Iced / Less sugar',
  addons: [{ id: 'a1', name: '浓缩加份', nameEn: 'Extra shot', quantity: 2, priceFen: 300 }],
  quantity: 2,
  unitPriceFen: 2100,
  lineTotalFen: 4200,
  ...overrides,
});

const ORDER: TicketOrder = {
  _id: 'ORD20261202ABCD',
  storeName: '点单示范咖啡馆',
  mode: 'dine_in',
  pickupNumber: 'A012',
  tableName: 'A01 靠窗',
  lines: [
    line({}),
    line({ lineId: 'l2', name: '超级无敌特别长的季节限定桂花燕麦拿铁咖啡', addons: [], specText: '' }),
  ],
  remark: '不要吸管，谢谢！请尽快出餐，我们赶时间',
  totalFen: 8500,
  // 2026-12-02 06:05 UTC is 14:05 in China.
  atMs: Date.UTC(2026, 11, 2, 6, 5),
};

test('CJK characters take two columns, others one', () => {
  expect(textWidth('ab')).toBe(2);
  expect(textWidth('美式')).toBe(4);
  expect(textWidth('Ａ，')).toBe(4);
  expect(wrapToWidth('美式咖啡', 5)).toEqual(['美式', '咖啡']);
});

test.each([32, 48] as const)('a %i-column ticket: every line fits and shows the order', (width) => {
  const rows = renderTicket(ORDER, width);
  for (const row of rows) expect(textWidth(row)).toBeLessThanOrEqual(width);
  const text = rows.join('\n');
  expect(text).toContain('点单示范咖啡馆');
  expect(text).toContain('#A012');
  expect(text).toContain('堂食 Dine-in A01 靠窗');
  expect(text).toContain('2026-12-02 14:05');
  expect(text).toContain('大杯 / 冰 / 少糖');
  expect(text).toContain('+浓缩加份 x2');
  expect(text).toContain('x2 42.00');
  expect(text.replace(/\s/g, '')).toContain('不要吸管，谢谢！请尽快出餐，我们赶时间');
  expect(rows.at(-1)).toMatch(/^合计 Total +85\.00$/);
  expect(textWidth(rows.at(-1) ?? '')).toBe(width);
});

test('a long name wraps under its amount on a narrow ticket', () => {
  const rows = renderTicket(ORDER, 32);
  const first = rows.findIndex((row) => row.startsWith('超级无敌'));
  expect(rows[first]).toMatch(/x2 42\.00$/);
  expect(rows[first + 1]).not.toMatch(/42\.00/);
});

test('a pickup order without a table shows its mode only', () => {
  const rows = renderTicket({ ...ORDER, mode: 'pickup', tableName: undefined, remark: undefined }, 48);
  expect(rows).toContain('自取 Pickup');
  expect(rows.join('\n')).not.toContain('Remark');
});
