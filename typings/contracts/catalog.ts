// Menu shapes both sides share: what a customer chooses and how it is shown. Money is integer fen.

/** A customer's choice for one product: its SKU-defining specs, free choices and add-ons. */
export interface ItemSelection {
  productId: string;
  /** Spec group key → option value, for every group (`{ size: 'large', temperature: 'iced', sugar: 'light' }`). */
  specs: Record<string, string>;
  addons: Array<{ id: string; quantity: number }>;
}

export interface SpecOptionView {
  value: string;
  name: string;
  nameEn: string;
  isDefault: boolean;
  /** SKU groups only: the price of the SKU this option picks, with the other SKU groups at their defaults. */
  priceFen?: number;
  isSoldOut?: boolean;
}

export interface SpecGroupView {
  key: string;
  /** `sku` options pick a SKU (own price and stock); `choice` options are free (temperature, sugar). */
  kind: 'sku' | 'choice';
  name: string;
  nameEn: string;
  options: SpecOptionView[];
}

export interface AddonView {
  id: string;
  name: string;
  nameEn: string;
  priceFen: number;
  maxQuantity: number;
}

/** A product as a menu row. */
export interface ProductCard {
  id: string;
  categoryId: string;
  name: string;
  nameEn: string;
  imageUrl: string;
  /** The lowest SKU price. */
  fromPriceFen: number;
  /** Every SKU is sold out or out of stock. */
  isSoldOut: boolean;
  tags: string[];
}

export interface ProductDetail extends ProductCard {
  description: string;
  descriptionEn: string;
  specGroups: SpecGroupView[];
  addons: AddonView[];
  skus: Array<{
    id: string;
    specs: Record<string, string>;
    priceFen: number;
    isSoldOut: boolean;
    stockLeft: number | null;
  }>;
}
