// The steps the order model interleaves at random, each through the real functions (the SDK against the
// local cloud): a customer's calls, the payment sheet, notices duplicated, held back and re-delivered, the
// clock moving (expiries, refunds settling, re-deliveries) and the sweeper.
import fc from 'fast-check';
import { LOCAL_APPID } from '../../emulator/src/functions/sdk-env';
import { paymentNoticeEvent } from '../../emulator/src/pay/notify-events';
import { customer, tradeOf } from '../support/ordering-calls';
import type { TestCloud } from '../support/test-cloud';
import { expectAnswer, type ModelRun, type PlacedOrder } from './model-run';

type Command = fc.AsyncCommand<ModelRun, TestCloud>;

const pickOrder = (run: ModelRun, pick: number): PlacedOrder | undefined =>
  run.orders[pick % run.orders.length];
const hasOrders = (run: ModelRun): boolean => run.orders.length > 0;
const settle = (shop: TestCloud) => shop.cloud.scheduler.idle();

class AddCommand implements Command {
  constructor(
    private readonly who: number,
    private readonly what: number,
    private readonly quantity: number,
  ) {}
  check = () => true;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const openid = run.customers[this.who % run.customers.length] ?? '';
    const productId = run.productIds[this.what % run.productIds.length] ?? '';
    const result = await customer(shop, openid).add(productId, this.quantity);
    expectAnswer(run, this.toString(), result, ['OUT_OF_STOCK']);
  }
  toString = () => `add(c${this.who}, p${this.what}, ${this.quantity})`;
}

class PlaceCommand implements Command {
  /** `withItem`: the customer first adds one of that product (a quick order), else places the cart as it is. */
  constructor(
    private readonly who: number,
    private readonly withItem?: number,
  ) {}
  check = () => true;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const openid = run.customers[this.who % run.customers.length] ?? '';
    if (this.withItem !== undefined) {
      const productId = run.productIds[this.withItem % run.productIds.length] ?? '';
      expectAnswer(run, this.toString(), await customer(shop, openid).add(productId, 1), ['OUT_OF_STOCK']);
    }
    const result = await customer(shop, openid).place();
    // An empty cart is a checkout blocker (INVALID_INPUT until blockers get their own code).
    expectAnswer(run, this.toString(), result, ['OUT_OF_STOCK', 'CHECKOUT_BLOCKED', 'INVALID_INPUT']);
    if (result.ok) {
      const outTradeNo = tradeOf(shop, result.data.payment);
      run.orders.push({ orderId: result.data.order.id, owner: openid, outTradeNos: [outTradeNo] });
    }
    await settle(shop);
  }
  toString = () =>
    this.withItem === undefined ? `place(c${this.who})` : `add+place(c${this.who}, p${this.withItem})`;
}

class PayStartCommand implements Command {
  constructor(private readonly pick: number) {}
  check = hasOrders;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const order = pickOrder(run, this.pick);
    if (!order) return;
    const result = await customer(shop, order.owner).payAgain(order.orderId);
    expectAnswer(run, this.toString(), result, ['ORDER_STATE_CONFLICT', 'PAYMENT_FAILED']);
    if (result.ok) order.outTradeNos.push(tradeOf(shop, result.data.payment));
  }
  toString = () => `payStart(o${this.pick})`;
}

/** How the payment notice of a successful payment reaches the callback. */
type Delivery = 'once' | 'twice at once' | 'held back';

class PaySheetCommand implements Command {
  constructor(
    private readonly pick: number,
    private readonly earlierTrade: boolean,
    private readonly action: 'success' | 'fail' | 'cancel',
    private readonly delivery: Delivery,
  ) {}
  check = hasOrders;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const order = pickOrder(run, this.pick);
    if (!order) return;
    const trades = order.outTradeNos;
    const outTradeNo = (this.earlierTrade ? trades[0] : trades[trades.length - 1]) ?? '';
    if (this.delivery === 'twice at once')
      shop.cloud.payments.control(outTradeNo, { duplicateDeliveries: 2 });
    if (this.delivery === 'held back') shop.cloud.payments.control(outTradeNo, { outOfOrder: true });
    await shop.cloud.payments.pay(outTradeNo, this.action); // refused when paid, closed or expired: fine
    await settle(shop);
  }
  toString = () =>
    `pay(o${this.pick}, ${this.earlierTrade ? 'first' : 'latest'} trade, ${this.action}, ${this.delivery})`;
}

class FlushHeldCommand implements Command {
  check = () => true;
  async run(_run: ModelRun, shop: TestCloud): Promise<void> {
    shop.cloud.payments.flushHeld();
    await settle(shop);
  }
  toString = () => 'deliverHeldNotices()';
}

class RedeliverCommand implements Command {
  constructor(private readonly pick: number) {}
  check = hasOrders;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const order = pickOrder(run, this.pick);
    for (const outTradeNo of order?.outTradeNos ?? []) {
      const trade = shop.cloud.payments.trade(outTradeNo);
      if (trade?.state !== 'SUCCESS') continue;
      const event = paymentNoticeEvent(trade, LOCAL_APPID);
      await shop.cloud.runner.invoke('notify', event, { source: 'wx_paycallback', openid: '' });
    }
    await settle(shop);
  }
  toString = () => `redeliverPaymentNotices(o${this.pick})`;
}

class CancelCommand implements Command {
  constructor(private readonly pick: number) {}
  check = hasOrders;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const order = pickOrder(run, this.pick);
    if (!order) return;
    const result = await customer(shop, order.owner).cancel(order.orderId);
    expectAnswer(run, this.toString(), result, ['ORDER_STATE_CONFLICT']);
    await settle(shop);
  }
  toString = () => `cancel(o${this.pick})`;
}

class CancelWhilePayingCommand implements Command {
  constructor(private readonly pick: number) {}
  check = hasOrders;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const order = pickOrder(run, this.pick);
    if (!order) return;
    const outTradeNo = order.outTradeNos[order.outTradeNos.length - 1] ?? '';
    const [cancelled] = await Promise.all([
      customer(shop, order.owner).cancel(order.orderId),
      shop.cloud.payments.pay(outTradeNo, 'success'),
    ]);
    expectAnswer(run, this.toString(), cancelled, ['ORDER_STATE_CONFLICT']);
    await settle(shop);
  }
  toString = () => `cancel(o${this.pick}) while its payment succeeds`;
}

class CancelWhileRestartingPaymentCommand implements Command {
  constructor(private readonly pick: number) {}
  check = hasOrders;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const order = pickOrder(run, this.pick);
    if (!order) return;
    const buyer = customer(shop, order.owner);
    const [cancelled, restarted] = await Promise.all([
      buyer.cancel(order.orderId),
      buyer.payAgain(order.orderId),
    ]);
    expectAnswer(run, this.toString(), cancelled, ['ORDER_STATE_CONFLICT']);
    expectAnswer(run, this.toString(), restarted, ['ORDER_STATE_CONFLICT', 'PAYMENT_FAILED']);
    if (restarted.ok) {
      const outTradeNo = tradeOf(shop, restarted.data.payment);
      order.outTradeNos.push(outTradeNo);
      await shop.cloud.payments.pay(outTradeNo, 'success'); // the customer pays the sheet they were shown
    }
    await settle(shop);
  }
  toString = () => `cancel(o${this.pick}) while a new payment attempt starts, then pay it`;
}

class CancelEverythingAtOnceCommand implements Command {
  check = hasOrders;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const results = await Promise.all(
      run.orders.map((order) => customer(shop, order.owner).cancel(order.orderId)),
    );
    for (const result of results) expectAnswer(run, this.toString(), result, ['ORDER_STATE_CONFLICT']);
    await settle(shop);
  }
  toString = () => 'cancelEveryOrderAtOnce()';
}

class PlaceTwiceAtOnceCommand implements Command {
  constructor(private readonly who: number) {}
  check = () => true;
  async run(run: ModelRun, shop: TestCloud): Promise<void> {
    const openid = run.customers[this.who % run.customers.length] ?? '';
    const buyer = customer(shop, openid);
    const results = await Promise.all([buyer.place(), buyer.place()]); // two keys: two taps, two screens
    for (const result of results) {
      expectAnswer(run, this.toString(), result, [
        'OUT_OF_STOCK',
        'CHECKOUT_BLOCKED',
        'INVALID_INPUT',
        'ORDER_STATE_CONFLICT',
      ]);
      if (!result.ok || run.orders.some((order) => order.orderId === result.data.order.id)) continue;
      run.orders.push({
        orderId: result.data.order.id,
        owner: openid,
        outTradeNos: [tradeOf(shop, result.data.payment)],
      });
    }
    await settle(shop);
  }
  toString = () => `placeTwiceAtOnce(c${this.who})`;
}

class AdvanceCommand implements Command {
  constructor(private readonly ms: number) {}
  check = () => true;
  async run(_run: ModelRun, shop: TestCloud): Promise<void> {
    await shop.clock.advance(this.ms); // timers, expiry tasks, refund results and re-deliveries run on the way
    await settle(shop);
  }
  toString = () => `advance(${this.ms / 1000} s)`;
}

class SweepCommand implements Command {
  check = () => true;
  async run(_run: ModelRun, shop: TestCloud): Promise<void> {
    await shop.cloud.runner.invoke('sweeper', {}, { source: 'wx_trigger', openid: '' });
    await settle(shop);
  }
  toString = () => 'sweep()';
}

const pick = fc.nat({ max: 7 });

/** Every step, weighted toward the customer's calls and the payment sheet. */
export const modelCommands: Array<fc.Arbitrary<Command>> = [
  fc
    .tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 }), fc.integer({ min: 1, max: 2 }))
    .map(([who, what, quantity]) => new AddCommand(who, what, quantity)),
  fc.nat({ max: 2 }).map((who) => new PlaceCommand(who)),
  fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 })).map(([who, what]) => new PlaceCommand(who, what)),
  fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 })).map(([who, what]) => new PlaceCommand(who, what)),
  pick.map((order) => new PayStartCommand(order)),
  fc
    .tuple(
      pick,
      fc.boolean(),
      fc.constantFrom('success' as const, 'success' as const, 'fail' as const, 'cancel' as const),
      fc.constantFrom<Delivery>('once', 'once', 'twice at once', 'held back'),
    )
    .map(([order, earlier, action, delivery]) => new PaySheetCommand(order, earlier, action, delivery)),
  pick.map((order) => new PaySheetCommand(order, false, 'success', 'once')),
  fc.constant(new FlushHeldCommand()),
  pick.map((order) => new RedeliverCommand(order)),
  pick.map((order) => new CancelCommand(order)),
  pick.map((order) => new CancelWhilePayingCommand(order)),
  pick.map((order) => new CancelWhileRestartingPaymentCommand(order)),
  fc.constant(new CancelEverythingAtOnceCommand()),
  fc.nat({ max: 2 }).map((who) => new PlaceTwiceAtOnceCommand(who)),
  fc.constantFrom(5_000, 60_000, 5 * 60_000, 16 * 60_000).map((ms) => new AdvanceCommand(ms)),
  fc.constant(new SweepCommand()),
];
