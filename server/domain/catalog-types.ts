// The catalog documents as stored (database/collections/{stores,tables,products,skus}.schema.json); dates are Date.
import type { Fen } from './money';
import type { StorePrinterConfig } from './printer-config';
import type { OpeningPeriod, Weekday } from './store-hours';

/** A shop (`stores`): hours in its timezone, the modes it offers and its fees in fen. */
export interface StoreRecord {
  _id: string;
  name: string;
  nameEn: string;
  timezone: 'Asia/Shanghai';
  address: { text: string; textEn: string; latitude: number; longitude: number };
  /** Every weekday present; an empty list means closed that day. */
  hours: Record<Weekday, OpeningPeriod[]>;
  modes: {
    dine_in: { enabled: boolean };
    pickup: { enabled: boolean; prepMinutes: number };
    delivery: { enabled: boolean; radiusMetres: number; feeFen: Fen; minimumFen: Fen; prepMinutes: number };
  };
  /** Charged once per pickup or delivery order. */
  packagingFeeFen: Fen;
  /** Minutes an unpaid order holds its stock before it expires (1–120). */
  unpaidOrderExpiryMinutes: number;
  notice: string;
  noticeEn: string;
  /** The staff switch: false pauses ordering even within opening hours. */
  isAcceptingOrders: boolean;
  /** The staff's note while the switch is off. */
  closedNote?: string;
  /** Busy by hand: no new orders for now, with the message customers read. */
  busy?: { message: string };
  /** `YYYY-MM-DD` China-time dates closed all day. */
  holidays?: string[];
  /** Cloud payment: the WeChat Pay sub-merchant this store charges to; without one it takes no orders. */
  payment?: { subMchId: string; isSandbox?: boolean; shippingInfoRequired?: boolean };
  /** The kitchen printer; without one nothing prints. */
  printer?: StorePrinterConfig;
  createdAt: Date;
  updatedAt: Date;
}

/** A dine-in table (`tables`); its `_id` is the scene of its QR code. */
export interface TableRecord {
  _id: string;
  storeId: string;
  /** What is printed on the table, e.g. `A01`. */
  code: string;
  name: string;
  nameEn: string;
  area: string;
  areaEn: string;
  seats: number;
  isActive: boolean;
  /** Cloud storage file of its printed mini-program code, once made. */
  codeFileId?: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One option of a spec group, e.g. `{ value: 'large', name: '大杯' }`. */
export interface SpecOptionRecord {
  value: string;
  name: string;
  nameEn: string;
  isDefault: boolean;
  /** The staff switch of a `choice` option: not orderable while true. */
  isSoldOut?: boolean;
}

/** A spec group: `sku` options pick a SKU (own price and stock); `choice` options are free. */
export interface SpecGroupRecord {
  key: string;
  kind: 'sku' | 'choice';
  name: string;
  nameEn: string;
  options: SpecOptionRecord[];
}

/** A priced add-on a customer may add up to `maxQuantity` times to one item. */
export interface AddonRecord {
  id: string;
  name: string;
  nameEn: string;
  priceFen: Fen;
  maxQuantity: number;
}

/** The tags a product may carry. */
export type ProductTag = 'signature' | 'new' | 'seasonal' | 'caffeine_free';

/** A menu item (`products`); prices live on its SKUs, add-ons carry their own price. */
export interface ProductRecord {
  _id: string;
  storeId: string;
  categoryId: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  imageFileId?: string;
  tags: ProductTag[];
  sort: number;
  isListed: boolean;
  specGroups: SpecGroupRecord[];
  addons: AddonRecord[];
  createdAt: Date;
  updatedAt: Date;
}

/** One sellable combination of a product's `sku` spec values (`skus`), with price and stock. */
export interface SkuRecord {
  _id: string;
  storeId: string;
  productId: string;
  /** The product's `sku` group values, e.g. `{ size: 'large' }`; `{}` for a product without sizes. */
  specs: Record<string, string>;
  priceFen: Fen;
  /** Units left; null for unlimited. */
  stock: number | null;
  /** The staff switch: sold out regardless of stock. */
  isSoldOut: boolean;
  updatedAt: Date;
}
