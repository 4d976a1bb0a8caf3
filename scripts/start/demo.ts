import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../../emulator/src';
import type { OrderView } from '../../typings/contracts/order';
import type { PricedLine } from '../../typings/contracts/pricing';
import { GatewayClient } from './gateway-client';
import { payOnSheet } from './sandbox-payment';

const DEMO_CUSTOMER = 'o-demo-customer';
const STORE = 'store-demo';
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

/**
 * A customer's visit through the client gateway: browse, two items with specs, checkout, pay in the sandbox,
 * the callback marks the order paid. Prints the order, its breakdown and the stock left.
 */
export async function playDemo(cloud: LocalCloud, log: (line: string) => void): Promise<OrderView> {
  const customer = new GatewayClient(cloud.baseUrl, DEMO_CUSTOMER);
  const home = await customer.expect('browse', 'home', { storeId: STORE });
  log(
    `  1. browse: ${home.store.name} (${home.store.isOpen ? 'open' : 'closed'}), ${home.products.length} products`,
  );

  await customer.expect('cart', 'clear', { storeId: STORE });
  await customer.expect('cart', 'add', {
    storeId: STORE,
    item: {
      productId: 'prod-latte',
      specs: { size: 'large', temperature: 'iced', sugar: 'light' },
      addons: [{ id: 'extra_shot', quantity: 1 }],
    },
    quantity: 1,
  });
  const cart = await customer.expect('cart', 'add', {
    storeId: STORE,
    item: { productId: 'prod-butter-croissant', specs: { heating: 'warm' }, addons: [] },
    quantity: 2,
  });
  log(`  2. cart: ${cart.lines.map((line) => `${line.quantity}× ${describeLine(line)}`).join(', ')}`);

  const roundTripsBeforePlace = customer.roundTrips;
  const placed = await customer.expect('checkout', 'place', {
    storeId: STORE,
    mode: 'pickup',
    idempotencyKey: randomUUID(),
  });
  log(
    `  3. checkout: order ${placed.order.id}, ${yuan(placed.order.totalFen)}, payment sheet ready (${placed.payment.package})`,
  );

  const placeRoundTrips = customer.roundTrips - roundTripsBeforePlace;

  const outcome = await payOnSheet(cloud, placed.payment);
  await cloud.scheduler.idle();
  log(`  4. pay: the customer paid in the sandbox (${outcome}); the callback reached notify`);

  const order = await customer.expect('order', 'detail', { orderId: placed.order.id });
  log(`  5. order ${order.id}: ${order.status}, pickup number ${order.pickupNumber ?? '-'}`);
  for (const line of order.breakdown.lines) {
    log(
      `       ${line.quantity}× ${describeLine(line)}: ${yuan(line.unitPriceFen)} each = ${yuan(line.lineTotalFen)}`,
    );
  }
  const { breakdown } = order;
  log(
    `       items ${yuan(breakdown.itemsFen)} + packaging ${yuan(breakdown.packagingFeeFen)} + delivery ${yuan(breakdown.deliveryFeeFen)}${breakdown.adjustmentsFen ? ` ${yuan(breakdown.adjustmentsFen)}` : ''} = ${yuan(breakdown.totalFen)}`,
  );
  const stock = cloud.database.find('skus', {
    _id: { $in: order.breakdown.lines.map((line) => line.skuId) },
  });
  log(
    `       stock left: ${stock.map((sku) => `${sku._id} ${sku.stock === null ? 'unlimited' : String(sku.stock)}`).join(', ')}`,
  );
  log(
    `     ${customer.roundTrips} client round trips; ${placeRoundTrips} from a full cart to the payment sheet`,
  );
  return order;
}

/** `拿铁 (大杯 / 冰 / 少糖) + 1× 加浓缩`: a line's name, its specs and its add-ons. */
function describeLine(line: PricedLine): string {
  const specs = line.specText ? ` (${line.specText})` : '';
  return `${line.name}${specs}${line.addons.map((addon) => ` + ${addon.quantity}× ${addon.name}`).join('')}`;
}
