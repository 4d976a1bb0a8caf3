import type { CheckoutBlocker, OutOfStockDetails } from '../../typings/contracts/checkout';
import type { PriceBreakdown } from '../../typings/contracts/pricing';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import {
  customer,
  LIMITED,
  payInSandbox,
  setStock,
  stockOf,
  storedOrder,
  tradeOf,
} from '../support/ordering-calls';
import { schemaProblems } from '../support/schema-check';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const LATTE_LARGE_ICED = { size: 'large', temperature: 'iced', sugar: 'light' };
/** Gives the demo store (open around the clock in the seed) Monday hours of 07:30–21:00, China time. */
function openMondayDaytimeOnly(): void {
  shop.cloud.database.update(
    'stores',
    { _id: 'store-demo' },
    { $set: { 'hours.mon': [{ open: '07:30', close: '21:00' }] } },
  );
}

const NEAR_THE_SHOP = {
  contactName: '张三丰',
  phone: '13812345678',
  text: '示范路 8 号 3 楼',
  latitude: 31.19,
  longitude: 121.44,
};

describe('placing a pickup order', () => {
  test('is priced on the server, holds stock, clears the cart, schedules expiry and returns the payment sheet', async () => {
    const alice = customer(shop, 'o-alice');
    dataOf(await alice.add('prod-latte', 1, LATTE_LARGE_ICED, [{ id: 'extra_shot', quantity: 1 }]));
    dataOf(await alice.add(LIMITED.croissant.productId, 2));

    const placed = dataOf(await alice.place({ remark: '少冰' }));

    // Latte large 2800 + extra shot 400; croissant 1400 × 2; packaging 100 once per pickup order.
    expect(placed.order.breakdown).toMatchObject({
      itemsFen: 6000,
      packagingFeeFen: 100,
      deliveryFeeFen: 0,
      totalFen: 6100,
    });
    expect(
      placed.order.breakdown.lines.map((line) => [
        line.skuId,
        line.quantity,
        line.unitPriceFen,
        line.lineTotalFen,
      ]),
    ).toEqual([
      ['sku-latte-large', 1, 3200, 3200],
      ['sku-butter-croissant', 2, 1400, 2800],
    ]);
    expect(placed.order).toMatchObject({
      status: 'PENDING_PAYMENT',
      mode: 'pickup',
      canPay: true,
      canCancel: true,
      remark: '少冰',
    });
    expect(Date.parse(placed.order.expiresAt) - Date.parse(placed.order.createdAt)).toBe(15 * 60_000);
    expect(stockOf(shop, LIMITED.croissant.skuId)).toBe(LIMITED.croissant.stock - 2);
    expect(dataOf(await alice.cart()).lines).toEqual([]);

    const stored = storedOrder(shop, placed.order.id);
    expect(stored._openid).toBe('o-alice');
    expect(schemaProblems('orders', stored)).toEqual([]);

    const trade = shop.cloud.payments.trade(tradeOf(shop, placed.payment));
    expect(trade).toMatchObject({
      totalFee: 6100,
      functionName: 'notify',
      payerOpenid: 'o-alice',
      state: 'NOTPAY',
    });
    expect(Buffer.byteLength(trade?.body ?? '', 'utf8')).toBeLessThanOrEqual(128);
    expect(trade?.expiresAtMs).toBe(Date.parse(placed.order.expiresAt));

    const [task] = shop.cloud.openapi.delayedTasks().slice(-1);
    expect(task).toMatchObject({
      functionName: 'sweeper',
      event: { orderId: placed.order.id },
      status: 'pending',
    });
    expect(task?.runAtMs).toBeGreaterThan(Date.parse(placed.order.expiresAt));
  });

  test('an unavailable line is a problem in the preview and OUT_OF_STOCK naming the SKU when placing; nothing is held', async () => {
    const bob = customer(shop, 'o-bob');
    setStock(shop, LIMITED.tiramisu.skuId, 1);
    dataOf(await bob.add('prod-americano'));
    dataOf(await bob.add(LIMITED.tiramisu.productId, 1));
    setStock(shop, LIMITED.tiramisu.skuId, 0);

    const preview = dataOf(await bob.preview());
    expect(preview.canPlace).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ reason: 'SOLD_OUT', stockLeft: 0 })]);
    expect(preview.breakdown.lines.map((line) => line.skuId)).toEqual(['sku-americano-medium']);

    const refused = await bob.place();
    expect(refused).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK' } });
    const details = (refused.ok ? undefined : refused.error.details) as OutOfStockDetails;
    expect(details.items).toEqual([
      expect.objectContaining({ skuId: LIMITED.tiramisu.skuId, stockLeft: 0, requested: 1 }),
    ]);
    expect(shop.cloud.database.find('orders', { _openid: 'o-bob' })).toEqual([]);
    expect(dataOf(await bob.cart()).lines).toHaveLength(2);
  });

  test('a total that differs from what the customer saw is PRICE_CHANGED with the new breakdown; nothing is held', async () => {
    const carol = customer(shop, 'o-carol');
    dataOf(await carol.add(LIMITED.cinnamonRoll.productId, 1));
    const before = stockOf(shop, LIMITED.cinnamonRoll.skuId);
    const seen = dataOf(await carol.preview()).breakdown.totalFen;

    const refused = await carol.place({ expectedTotalFen: seen - 100 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PRICE_CHANGED' } });
    const details = (refused.ok ? undefined : refused.error.details) as { breakdown: PriceBreakdown };
    expect(details.breakdown.totalFen).toBe(seen);
    expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before);

    const placed = dataOf(await carol.place({ expectedTotalFen: seen }));
    expect(placed.order.totalFen).toBe(seen);
  });

  test('a price, total or owner sent by the client is refused, never used', async () => {
    const dave = customer(shop, 'o-dave');
    dataOf(await dave.add('prod-americano'));
    for (const forged of [{ totalFen: 1 }, { _openid: 'o-alice' }, { openid: 'o-alice' }, { lines: [] }]) {
      expect(await dave.placeRaw(forged)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const placed = dataOf(await dave.place());
    expect(placed.order.totalFen).toBe(1800 + 100);
    expect(storedOrder(shop, placed.order.id)._openid).toBe('o-dave');
  });
});

describe('dine-in', () => {
  test('needs a table of the store, and charges no packaging', async () => {
    const erin = customer(shop, 'o-erin');
    dataOf(await erin.add('prod-americano'));
    const blockers = async (input: Record<string, unknown>) =>
      dataOf(await erin.preview({ mode: 'dine_in', ...input })).blockers.map(
        (blocker: CheckoutBlocker) => blocker.code,
      );
    expect(await blockers({})).toEqual(['TABLE_REQUIRED']);
    expect(await blockers({ tableCode: 'Z99' })).toEqual(['TABLE_NOT_FOUND']);
    expect(await erin.place({ mode: 'dine_in', tableCode: 'Z99' })).toMatchObject({
      ok: false,
      error: {
        code: 'CHECKOUT_BLOCKED',
        details: { blockers: [expect.objectContaining({ code: 'TABLE_NOT_FOUND' })] },
      },
    });

    const placed = dataOf(await erin.place({ mode: 'dine_in', tableCode: 'A01' }));
    expect(placed.order.table).toEqual({ id: 'table-demo-a01', name: 'A01 号桌', nameEn: 'Table A01' });
    expect(placed.order.breakdown).toMatchObject({ packagingFeeFen: 0, totalFen: 1800 });
  });
});

describe('delivery', () => {
  test('within the radius and above the minimum: the fee is charged and personal data is masked', async () => {
    const fay = customer(shop, 'o-fay');
    dataOf(await fay.add('prod-latte', 2, LATTE_LARGE_ICED));
    const placed = dataOf(await fay.place({ mode: 'delivery', address: NEAR_THE_SHOP }));
    expect(placed.order.breakdown).toMatchObject({
      itemsFen: 5600,
      packagingFeeFen: 100,
      deliveryFeeFen: 500,
      totalFen: 6200,
    });
    expect(placed.order.address).toEqual({
      contactName: '张**',
      phone: '138****5678',
      text: NEAR_THE_SHOP.text,
    });
    expect(schemaProblems('orders', storedOrder(shop, placed.order.id))).toEqual([]);
  });

  test('too far, or below the minimum, is refused with the reason', async () => {
    const gus = customer(shop, 'o-gus');
    dataOf(await gus.add('prod-americano'));
    const far = { ...NEAR_THE_SHOP, latitude: 31.3 };
    const tooFar = dataOf(await gus.preview({ mode: 'delivery', address: far }));
    expect(tooFar.blockers).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE' })]);
    const small = dataOf(await gus.preview({ mode: 'delivery', address: NEAR_THE_SHOP }));
    expect(small.blockers).toEqual([expect.objectContaining({ code: 'BELOW_MINIMUM', minimumFen: 3000 })]);
    expect(await gus.place({ mode: 'delivery', address: NEAR_THE_SHOP })).toMatchObject({
      ok: false,
      error: {
        code: 'CHECKOUT_BLOCKED',
        details: { blockers: [expect.objectContaining({ code: 'BELOW_MINIMUM' })] },
      },
    });
    expect(await gus.place({ mode: 'delivery' })).toMatchObject({
      ok: false,
      error: {
        code: 'CHECKOUT_BLOCKED',
        details: { blockers: [expect.objectContaining({ code: 'ADDRESS_REQUIRED' })] },
      },
    });
  });
});

describe('pickup time', () => {
  test('must be after the preparation time and within opening hours', async () => {
    openMondayDaytimeOnly();
    const hal = customer(shop, 'o-hal');
    dataOf(await hal.add('prod-americano'));
    const now = Date.now();
    const codes = async (pickupAt: string) =>
      dataOf(await hal.preview({ pickupAt })).blockers.map((blocker: CheckoutBlocker) => blocker.code);
    expect(await codes(new Date(now + 2 * 60_000).toISOString())).toEqual(['PICKUP_TIME_INVALID']);
    expect(await codes('2026-01-05T23:30:00+08:00')).toEqual(['PICKUP_TIME_INVALID']);
    expect(await codes(new Date(now + 60 * 60_000).toISOString())).toEqual([]);
    const placed = dataOf(await hal.place({ pickupAt: new Date(now + 60 * 60_000).toISOString() }));
    expect(placed.order.pickupAt).toBe(new Date(now + 60 * 60_000).toISOString());
  });
});

describe('a closed store', () => {
  test('takes no orders: the preview says so and placing is STORE_CLOSED', async () => {
    openMondayDaytimeOnly();
    const ivy = customer(shop, 'o-ivy');
    dataOf(await ivy.add('prod-americano'));
    const paid = dataOf(await ivy.place());
    await payInSandbox(shop, paid.payment);
    dataOf(await ivy.add('prod-americano'));
    await shop.clock.set(Date.parse('2026-01-05T22:30:00+08:00')); // after Monday's 21:00 close
    const preview = dataOf(await ivy.preview());
    expect(preview.blockers.map((blocker) => blocker.code)).toEqual(['STORE_CLOSED']);
    expect(await ivy.place()).toMatchObject({ ok: false, error: { code: 'STORE_CLOSED' } });
  });
});
