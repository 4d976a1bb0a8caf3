// Price an order from resolved items: line totals, the mode's fees, then discounts from adjusters, all in fen.
import type { OrderMode } from '../../typings/contracts/order';
import type { PriceAdjustment, PriceBreakdown, PricedLine } from '../../typings/contracts/pricing';
import { isFen, multiplyFen, sumFen, type Fen } from './money';
import type { ResolvedItem } from './selection';

/** What an adjuster sees: the priced lines and fees before any discount. */
export interface PriceDraft {
  lines: PricedLine[];
  itemsFen: Fen;
  packagingFeeFen: Fen;
  deliveryFeeFen: Fen;
}

/** The seam promotions, coupons and points fill: returns discounts (amountFen ≤ 0) for a draft. */
export type PriceAdjuster = (draft: PriceDraft) => PriceAdjustment[];

/** The order-level facts pricing needs beyond the items. */
export interface PricingContext {
  mode: OrderMode;
  /** The store's packaging fee, per order; charged for pickup and delivery only. */
  packagingFeeFen: Fen;
  /** The quoted delivery fee; charged for delivery only. */
  deliveryFeeFen: Fen;
  adjusters?: PriceAdjuster[];
}

/** One item to price: its cart line id, what it is and how many. */
export interface PricingItem {
  lineId: string;
  item: ResolvedItem;
  quantity: number;
}

/** One item priced as a line: its unit price (SKU + add-ons) × quantity, with the names a screen shows. */
export function pricedLineOf({ lineId, item, quantity }: PricingItem): PricedLine {
  return {
    lineId,
    skuId: item.sku._id,
    productId: item.product._id,
    name: item.product.name,
    nameEn: item.product.nameEn,
    specs: { ...item.specs },
    specText: item.specText,
    specTextEn: item.specTextEn,
    addons: item.addons.map((addon) => ({ ...addon })),
    quantity,
    unitPriceFen: item.unitPriceFen,
    lineTotalFen: multiplyFen(item.unitPriceFen, quantity),
  };
}

/**
 * Discounts in adjuster order, each cut so that all discounts together never exceed the items total
 * (fees are never discounted); a discount cut to nothing is dropped. Throws RangeError on a surcharge.
 */
function boundedAdjustments(draft: PriceDraft, adjusters: readonly PriceAdjuster[]): PriceAdjustment[] {
  let room = draft.itemsFen;
  const kept: PriceAdjustment[] = [];
  for (const adjuster of adjusters) {
    for (const adjustment of adjuster(draft)) {
      const discountFen = -adjustment.amountFen;
      if (!isFen(discountFen)) {
        throw new RangeError(
          `an adjustment must be a whole discount in fen (≤ 0), got ${adjustment.amountFen}`,
        );
      }
      const appliedFen = Math.min(discountFen, room);
      if (appliedFen === 0) continue;
      room -= appliedFen;
      kept.push({ ...adjustment, amountFen: -appliedFen });
    }
  }
  return kept;
}

/**
 * The priced breakdown of an order. Rule: the packaging fee is charged once per pickup or delivery
 * order that has items; the delivery fee only for delivery; total = items + fees + adjustments ≥ 0.
 */
export function priceOrder(items: readonly PricingItem[], context: PricingContext): PriceBreakdown {
  const lines = items.map(pricedLineOf);
  const itemsFen = sumFen(lines.map((line) => line.lineTotalFen));
  const hasItems = lines.length > 0;
  const packagingFeeFen = hasItems && context.mode !== 'dine_in' ? context.packagingFeeFen : 0;
  const deliveryFeeFen = hasItems && context.mode === 'delivery' ? context.deliveryFeeFen : 0;
  if (!isFen(packagingFeeFen) || !isFen(deliveryFeeFen)) throw new RangeError('fees must be whole fen ≥ 0');
  const draft: PriceDraft = { lines, itemsFen, packagingFeeFen, deliveryFeeFen };
  const adjustments = boundedAdjustments(draft, context.adjusters ?? []);
  const discountFen = sumFen(adjustments.map((adjustment) => -adjustment.amountFen));
  const adjustmentsFen = discountFen === 0 ? 0 : -discountFen;
  return {
    lines,
    itemsFen,
    packagingFeeFen,
    deliveryFeeFen,
    adjustments,
    adjustmentsFen,
    totalFen: sumFen([itemsFen, packagingFeeFen, deliveryFeeFen]) - discountFen,
  };
}
