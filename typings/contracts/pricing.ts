// The priced breakdown the server computes; the client only shows it. All amounts integer fen.

export interface PricedLine {
  /** Stable id of the line: same SKU + specs + add-ons is the same line. */
  lineId: string;
  skuId: string;
  productId: string;
  name: string;
  nameEn: string;
  specs: Record<string, string>;
  /** Human-readable choices, e.g. `大杯 / 冰 / 少糖`. */
  specText: string;
  specTextEn: string;
  addons: Array<{ id: string; name: string; nameEn: string; quantity: number; priceFen: number }>;
  quantity: number;
  /** SKU price plus add-ons, for one item. */
  unitPriceFen: number;
  lineTotalFen: number;
}

/** A discount or surcharge from a promotion, coupon or points (later work fills these in). */
export interface PriceAdjustment {
  kind: 'promotion' | 'coupon' | 'points' | 'member';
  label: string;
  labelEn: string;
  /** Negative for a discount. */
  amountFen: number;
}

export interface PriceBreakdown {
  lines: PricedLine[];
  itemsFen: number;
  packagingFeeFen: number;
  deliveryFeeFen: number;
  adjustments: PriceAdjustment[];
  /** Sum of adjustments (≤ 0 for discounts). */
  adjustmentsFen: number;
  totalFen: number;
}
