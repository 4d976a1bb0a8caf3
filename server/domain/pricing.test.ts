import type { OrderMode } from '../../typings/contracts/order';
import type { PriceAdjustment } from '../../typings/contracts/pricing';
import { priceOrder, type PriceAdjuster, type PricingItem } from './pricing';
import { resolveSelection, type ResolvedItem } from './selection';
import { latte, latteSkus, sku } from './testing/catalog-fixtures';

function resolved(
  specs: Record<string, string>,
  addons: Array<{ id: string; quantity: number }> = [],
): ResolvedItem {
  const result = resolveSelection({ productId: 'prod-latte', specs, addons }, latte(), latteSkus());
  if (!result.ok) throw new Error(result.problem.message);
  return result.item;
}

const twoLines: PricingItem[] = [
  { lineId: 'l1', item: resolved({ size: 'large' }, [{ id: 'shot', quantity: 1 }]), quantity: 2 }, // (3200+400)×2
  { lineId: 'l2', item: resolved({}), quantity: 1 }, // 2800
];

const discount = (amountFen: number, label = '满减'): PriceAdjustment => ({
  kind: 'promotion',
  label,
  labelEn: 'Promotion',
  amountFen,
});

test('prices each line and sums the items', () => {
  const breakdown = priceOrder(twoLines, { mode: 'dine_in', packagingFeeFen: 100, deliveryFeeFen: 500 });
  expect(breakdown.lines.map((line) => [line.lineId, line.unitPriceFen, line.lineTotalFen])).toEqual([
    ['l1', 3600, 7200],
    ['l2', 2800, 2800],
  ]);
  expect(breakdown.lines[0]).toMatchObject({
    name: '拿铁',
    skuId: 'sku-latte-large',
    specText: '大杯 / 热 / 不加糖',
  });
  expect(breakdown.itemsFen).toBe(10000);
});

test('dine-in pays no fees; pickup pays packaging once; delivery pays packaging and delivery', () => {
  const fees = { packagingFeeFen: 100, deliveryFeeFen: 500 };
  const totals = (['dine_in', 'pickup', 'delivery'] as const).map((mode) => {
    const { packagingFeeFen, deliveryFeeFen, totalFen } = priceOrder(twoLines, { mode, ...fees });
    return { packagingFeeFen, deliveryFeeFen, totalFen };
  });
  expect(totals).toEqual([
    { packagingFeeFen: 0, deliveryFeeFen: 0, totalFen: 10000 },
    { packagingFeeFen: 100, deliveryFeeFen: 0, totalFen: 10100 },
    { packagingFeeFen: 100, deliveryFeeFen: 500, totalFen: 10600 },
  ]);
});

test('an empty order costs nothing, fees included', () => {
  expect(priceOrder([], { mode: 'delivery', packagingFeeFen: 100, deliveryFeeFen: 500 }).totalFen).toBe(0);
});

test('discounts lower the total and never go past the items (fees stay)', () => {
  const adjusters: PriceAdjuster[] = [
    () => [discount(-6000, '满100减60')],
    () => [discount(-6000, '会员'), discount(-1)],
  ];
  const breakdown = priceOrder(twoLines, {
    mode: 'pickup',
    packagingFeeFen: 100,
    deliveryFeeFen: 0,
    adjusters,
  });
  expect(breakdown.adjustments.map((adjustment) => [adjustment.label, adjustment.amountFen])).toEqual([
    ['满100减60', -6000],
    ['会员', -4000],
  ]);
  expect(breakdown.adjustmentsFen).toBe(-10000);
  expect(breakdown.totalFen).toBe(100);
});

test('adjusters see the priced draft before discounts', () => {
  const seen: number[] = [];
  priceOrder(twoLines, {
    mode: 'delivery',
    packagingFeeFen: 100,
    deliveryFeeFen: 500,
    adjusters: [
      (draft) => {
        seen.push(draft.itemsFen, draft.packagingFeeFen, draft.deliveryFeeFen, draft.lines.length);
        return [];
      },
    ],
  });
  expect(seen).toEqual([10000, 100, 500, 2]);
});

test('refuses surcharges and fractional adjustments', () => {
  const context = { mode: 'pickup' as const, packagingFeeFen: 100, deliveryFeeFen: 0 };
  expect(() => priceOrder(twoLines, { ...context, adjusters: [() => [discount(50)]] })).toThrow(RangeError);
  expect(() => priceOrder(twoLines, { ...context, adjusters: [() => [discount(-0.5)]] })).toThrow(RangeError);
  expect(() => priceOrder(twoLines, { ...context, packagingFeeFen: -1 })).toThrow(RangeError);
});

// A small seeded generator (mulberry32), so a failing case can be replayed from its seed.
function randomFrom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

test('property: for random carts the total is Σ lines + fees + adjustments, all whole fen ≥ 0', () => {
  const modes: OrderMode[] = ['dine_in', 'pickup', 'delivery'];
  for (let seed = 1; seed <= 300; seed++) {
    const random = randomFrom(seed);
    const skus = [
      sku('sku-latte-medium', { size: 'medium' }, random(5000)),
      sku('sku-latte-large', { size: 'large' }, random(8000)),
    ];
    const items: PricingItem[] = [];
    const lineCount = random(6);
    for (let n = 0; n < lineCount; n++) {
      const addons = random(2) === 0 ? [] : [{ id: 'shot', quantity: 1 + random(3) }];
      const result = resolveSelection(
        { productId: 'prod-latte', specs: { size: random(2) === 0 ? 'medium' : 'large' }, addons },
        latte(),
        skus,
      );
      if (!result.ok) throw new Error(result.problem.message);
      items.push({ lineId: `l${n}`, item: result.item, quantity: 1 + random(99) });
    }
    const adjusters: PriceAdjuster[] = Array.from({ length: random(4) }, () => {
      const amount = random(20000);
      return () => [discount(-amount)];
    });
    const mode = modes[random(3)] ?? 'pickup';
    const breakdown = priceOrder(items, {
      mode,
      packagingFeeFen: random(300),
      deliveryFeeFen: random(1000),
      adjusters,
    });

    const context = `seed ${seed}`;
    const linesFen = breakdown.lines.reduce((sum, line) => sum + line.lineTotalFen, 0);
    const adjustmentsFen = breakdown.adjustments.reduce((sum, adjustment) => sum + adjustment.amountFen, 0);
    expect([context, breakdown.itemsFen]).toEqual([context, linesFen]);
    expect([context, breakdown.adjustmentsFen]).toEqual([context, adjustmentsFen]);
    expect([context, breakdown.totalFen]).toEqual([
      context,
      linesFen + breakdown.packagingFeeFen + breakdown.deliveryFeeFen + adjustmentsFen,
    ]);
    expect(-adjustmentsFen).toBeLessThanOrEqual(breakdown.itemsFen);
    for (const line of breakdown.lines) expect(line.lineTotalFen).toBe(line.unitPriceFen * line.quantity);
    const amounts = [
      breakdown.totalFen,
      breakdown.itemsFen,
      breakdown.packagingFeeFen,
      breakdown.deliveryFeeFen,
    ];
    for (const amount of [...amounts, ...breakdown.lines.map((line) => line.lineTotalFen)]) {
      expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
    }
    for (const adjustment of breakdown.adjustments)
      expect(Number.isSafeInteger(adjustment.amountFen) && adjustment.amountFen < 0).toBe(true);
  }
});
