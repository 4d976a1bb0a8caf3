// The checkout decision from what was read: every cart line resolved against the catalog, priced, checked
// for stock (per SKU over all its lines), and the order-level rules of the chosen mode; and the refusal
// that best explains a quote that cannot be placed. No I/O here.
import type {
  CheckoutBlocker,
  CheckoutInput,
  OutOfStockDetails,
  PreviewOutput,
} from '../../../typings/contracts/checkout';
import type { PriceBreakdown } from '../../../typings/contracts/pricing';
import { availabilityOf } from '../../domain/availability';
import { resolveStoredLine, type StoredCartLine } from '../../domain/cart-lines';
import type { TableRecord } from '../../domain/catalog-types';
import { quoteDelivery } from '../../domain/delivery';
import { priceOrder, type PricingItem } from '../../domain/pricing';
import type { ResolvedItem } from '../../domain/selection';
import { isStoreOpenAt } from '../../domain/store-hours';
import type { OrderContext } from '../../repositories/order-context-repository';
import type { StockReservation } from '../../domain/order/order-record';
import { AppError } from '../../runtime/app-error';

const MINUTE_MS = 60 * 1000;
/** How far ahead a pickup may be booked. */
const PICKUP_HORIZON_MS = 24 * 60 * MINUTE_MS;
/** Slack for a pickup time chosen on a screen a moment ago. */
const PICKUP_GRACE_MS = 2 * MINUTE_MS;

/** Everything checkout decided for one cart, mode and moment. */
export interface CheckoutQuote {
  /** Priced over the lines that can be ordered now. */
  breakdown: PriceBreakdown;
  problems: PreviewOutput['problems'];
  /** The same problems per SKU, named, for an OUT_OF_STOCK answer. */
  shortages: OutOfStockDetails['items'];
  blockers: CheckoutBlocker[];
  /** Stock to hold: one entry per SKU with counted stock, sorted by SKU id. */
  reservations: StockReservation[];
  table?: TableRecord;
  deliveryDistanceMetres?: number;
  pickupAtMs?: number;
}

interface LineOutcome {
  line: StoredCartLine;
  item?: ResolvedItem;
}

function resolveLines(context: OrderContext, lines: readonly StoredCartLine[]): LineOutcome[] {
  return lines.map((line) => {
    const product = context.products.find((candidate) => candidate._id === line.productId);
    const skus = context.skus.filter((sku) => sku.productId === line.productId);
    const resolved = resolveStoredLine(line, product, skus);
    return resolved.ok ? { line, item: resolved.item } : { line };
  });
}

function wantedPerSku(outcomes: readonly LineOutcome[]): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const { line, item } of outcomes) {
    if (item) wanted.set(line.skuId, (wanted.get(line.skuId) ?? 0) + line.quantity);
  }
  return wanted;
}

/** Prices the cart for `input.mode` at `nowMs` and lists what stands in the way of placing it. */
export function quoteCheckout(context: OrderContext, input: CheckoutInput, nowMs: number): CheckoutQuote {
  const { store } = context;
  const outcomes = resolveLines(context, context.cart?.lines ?? []);
  const wanted = wantedPerSku(outcomes);
  const problems: CheckoutQuote['problems'] = [];
  const shortages = new Map<string, OutOfStockDetails['items'][number]>();
  const items: PricingItem[] = [];
  const reservations = new Map<string, number>();

  for (const { line, item } of outcomes) {
    const product = item?.product ?? context.products.find((candidate) => candidate._id === line.productId);
    const availability = item
      ? availabilityOf(item.product, item.sku, wanted.get(line.skuId) ?? line.quantity)
      : { isAvailable: false, reason: 'REMOVED' as const, stockLeft: null };
    if (!availability.isAvailable) {
      const reason = availability.reason ?? 'REMOVED';
      problems.push({ lineId: line.lineId, reason, stockLeft: availability.stockLeft });
      if (!shortages.has(line.skuId)) {
        shortages.set(line.skuId, {
          lineId: line.lineId,
          skuId: line.skuId,
          productId: line.productId,
          name: product?.name ?? line.productId,
          nameEn: product?.nameEn ?? line.productId,
          reason,
          requested: wanted.get(line.skuId) ?? line.quantity,
          stockLeft: availability.stockLeft,
        });
      }
      continue;
    }
    if (!item) continue;
    items.push({ lineId: line.lineId, item, quantity: line.quantity });
    if (item.sku.stock !== null) {
      reservations.set(line.skuId, (reservations.get(line.skuId) ?? 0) + line.quantity);
    }
  }

  const blockers: CheckoutBlocker[] = [];
  if (!isStoreOpenAt(store, nowMs))
    blockers.push({ code: 'STORE_CLOSED', message: 'The store is not taking orders now.' });
  else if (store.busy) blockers.push({ code: 'STORE_BUSY', message: busyText(store.busy.message) });
  if (!store.payment?.subMchId) {
    blockers.push({ code: 'PAYMENT_UNAVAILABLE', message: 'This shop cannot take payments yet.' });
  }
  if (!store.modes[input.mode].enabled) {
    blockers.push({ code: 'MODE_UNAVAILABLE', message: `The store does not offer ${input.mode} now.` });
  }
  if (outcomes.length === 0) blockers.push({ code: 'EMPTY_CART', message: 'The cart is empty.' });

  const priced = (deliveryFeeFen: number) =>
    priceOrder(items, { mode: input.mode, packagingFeeFen: store.packagingFeeFen, deliveryFeeFen });
  let breakdown = priced(0);
  const quote: Omit<CheckoutQuote, 'breakdown' | 'blockers'> = {
    problems,
    shortages: [...shortages.values()],
    reservations: [...reservations]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([skuId, quantity]) => ({ skuId, quantity })),
  };

  if (input.mode === 'dine_in') {
    if (input.tableCode === undefined) {
      blockers.push({ code: 'TABLE_REQUIRED', message: 'Scan the code on your table to order for dine-in.' });
    } else if (!context.table || !context.table.isActive) {
      blockers.push({ code: 'TABLE_NOT_FOUND', message: 'This table code takes no orders here.' });
    } else {
      quote.table = context.table;
    }
  }
  if (input.mode === 'pickup') {
    const pickupAtMs = pickupTimeOf(context, input.pickupAt, nowMs);
    if (pickupAtMs === undefined) {
      blockers.push({
        code: 'PICKUP_TIME_INVALID',
        message: 'Choose a pickup time within opening hours, after the preparation time.',
      });
    } else {
      quote.pickupAtMs = pickupAtMs;
    }
  }
  if (input.mode === 'delivery') {
    if (!input.address) {
      blockers.push({ code: 'ADDRESS_REQUIRED', message: 'Give a delivery address.' });
    } else {
      const delivery = quoteDelivery(store, input.address, breakdown.itemsFen);
      if (delivery.ok) {
        breakdown = priced(delivery.feeFen);
        quote.deliveryDistanceMetres = delivery.distanceMetres;
      } else if (delivery.reason === 'OUT_OF_RANGE') {
        blockers.push({
          code: 'OUT_OF_RANGE',
          message: `The address is ${delivery.distanceMetres} m away, beyond the delivery radius.`,
          distanceMetres: delivery.distanceMetres,
        });
      } else if (delivery.reason === 'BELOW_MINIMUM') {
        blockers.push({
          code: 'BELOW_MINIMUM',
          message: 'The order is below the minimum for delivery.',
          distanceMetres: delivery.distanceMetres,
          ...(delivery.minimumFen !== undefined && { minimumFen: delivery.minimumFen }),
        });
      }
    }
  }
  if (items.length > 0 && breakdown.totalFen === 0) {
    blockers.push({ code: 'NOTHING_TO_PAY', message: 'An order must cost something to be paid.' });
  }
  return { ...quote, breakdown, blockers };
}

/** The refusal of a store busy by hand: the staff's own words when they left some. */
function busyText(message: string): string {
  return message
    ? `The store takes no new orders for now: ${message}`
    : 'The store takes no new orders for now.';
}

/** The pickup time asked for (or as soon as prepared): within hours, after preparation, within a day. */
function pickupTimeOf(
  context: OrderContext,
  pickupAt: string | undefined,
  nowMs: number,
): number | undefined {
  const earliestMs = nowMs + context.store.modes.pickup.prepMinutes * MINUTE_MS;
  if (pickupAt === undefined) return earliestMs;
  const atMs = Date.parse(pickupAt);
  if (!Number.isFinite(atMs)) return undefined;
  if (atMs < earliestMs - PICKUP_GRACE_MS || atMs > nowMs + PICKUP_HORIZON_MS) return undefined;
  return isStoreOpenAt(context.store, atMs) ? Math.max(atMs, earliestMs) : undefined;
}

/**
 * The quote for placing, or the error that best explains why it cannot be placed: STORE_CLOSED, STORE_BUSY,
 * PAYMENT_UNAVAILABLE, CHECKOUT_BLOCKED (details.blockers), OUT_OF_STOCK (details.items), or PRICE_CHANGED
 * when the client showed another total.
 */
export function placeableQuote(
  context: OrderContext,
  input: CheckoutInput & { expectedTotalFen?: number },
  nowMs: number,
): CheckoutQuote {
  const quote = quoteCheckout(context, input, nowMs);
  const [blocker] = quote.blockers;
  if (blocker?.code === 'STORE_CLOSED') throw new AppError('STORE_CLOSED', blocker.message);
  if (blocker?.code === 'STORE_BUSY' && context.store.busy)
    throw new AppError('STORE_BUSY', blocker.message, { message: context.store.busy.message });
  const noPayment = quote.blockers.find((candidate) => candidate.code === 'PAYMENT_UNAVAILABLE');
  if (noPayment) throw new AppError('PAYMENT_UNAVAILABLE', noPayment.message);
  if (blocker) throw new AppError('CHECKOUT_BLOCKED', blocker.message, { blockers: quote.blockers });
  if (quote.shortages.length > 0) {
    const names = quote.shortages.map((shortage) => shortage.name).join(', ');
    throw new AppError('OUT_OF_STOCK', `Not available now: ${names}.`, { items: quote.shortages });
  }
  if (input.expectedTotalFen !== undefined && input.expectedTotalFen !== quote.breakdown.totalFen) {
    throw new AppError('PRICE_CHANGED', 'Prices changed since you looked; please check the new total.', {
      breakdown: quote.breakdown,
    });
  }
  return quote;
}
