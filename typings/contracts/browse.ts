// Contract of the `browse` cloud function: the menu, before any order.
import type { ProductCard, ProductDetail } from './catalog';

export interface StoreView {
  id: string;
  name: string;
  nameEn: string;
  notice: string;
  noticeEn: string;
  /** Taking orders right now (switch on, no holiday, inside today's hours China time, not busy by hand). */
  isOpen: boolean;
  /** As in the store picker: `busy` is a long kitchen queue (orders go in) or the staff's switch (they do not). */
  state: StoreState;
  /** The staff's message while busy by hand (no new orders) or their note while paused (as in the picker). */
  stateMessage?: string;
  /** Why a closed store is closed (as `StoreSummary.closedReason`); null when not closed. */
  closedReason: StoreSummary['closedReason'];
  /** When a store closed by its hours next opens (as `StoreSummary.nextOpening`). */
  nextOpening: StoreSummary['nextOpening'];
  /** Today's opening periods, `HH:mm` local time. */
  todayHours: Array<{ open: string; close: string }>;
  modes: { dineIn: boolean; pickup: boolean; delivery: boolean };
  packagingFeeFen: number;
  delivery: { radiusMetres: number; feeFen: number; minimumFen: number } | null;
}

export interface HomeInput {
  storeId: string;
  /** From a table QR code's scene: binds the visit to a table. */
  tableCode?: string;
}

/**
 * The first screen in one call: store state, categories and the menu rows of the first whole categories that fit
 * its byte budget (28 KiB of JSON: a small menu comes whole; 500 products come as their first categories).
 */
export interface HomeOutput {
  store: StoreView;
  /** The table the visit is bound to (an active table of this store), or null. */
  table: { id: string; code: string; name: string; nameEn: string } | null;
  /** A table code was given but names no active table of this store (an old or foreign QR code). */
  isTableUnknown: boolean;
  categories: Array<{ id: string; name: string; nameEn: string }>;
  /**
   * Menu rows in menu order for every category not pending, then the popular rows of pending categories (so
   * "popular now" draws at once; `menu` answers them again with their category).
   */
  products: ProductCard[];
  /** "Popular now": ids of rows in `products` to mark and show first. */
  popular: PopularView;
  /**
   * Categories whose products are not in `products` (a big menu keeps the first screen small), in menu order, all
   * after the ones that came: fetch them with `menu`, in this order, as the customer scrolls near them, and show a
   * pending category's rows from the `menu` answer only (replacing any popular row that came early). Empty when
   * the whole menu came in this answer.
   */
  pendingCategoryIds: string[];
}

/** `menu`: the products of some categories the first screen left out (`HomeOutput.pendingCategoryIds`). */
export interface MenuInput {
  storeId: string;
  /**
   * 1–20 distinct category ids of this store (else INVALID_INPUT). An id that names no visible category of the
   * store (hidden since the first screen, unknown) adds no rows rather than failing the call.
   */
  categoryIds: string[];
}

export interface MenuOutput {
  /** Every listed product of those categories, as menu rows in menu order. */
  products: ProductCard[];
}

/**
 * Up to 6 orderable products, best first. `source` says who chose them: `orders` the units in paid orders of
 * the last 7 days (refreshed every 8 hours); `menu` a shop without such orders yet: its signature products,
 * then its first ones in menu order.
 */
export interface PopularView {
  productIds: string[];
  source: 'orders' | 'menu';
}

/** Where the customer is, as `wx.getLocation` reports it (degrees). */
export interface GeoLocation {
  latitude: number;
  longitude: number;
}

export interface StoresInput {
  /** Given when the customer allowed location: stores then come nearest first, with their distance. */
  location?: GeoLocation;
}

/** `open` takes orders now; `busy` takes orders with a long kitchen queue; `closed` does not take orders. */
export type StoreState = 'open' | 'busy' | 'closed';

/** One store in the store picker. */
export interface StoreSummary {
  id: string;
  name: string;
  nameEn: string;
  address: string;
  addressEn: string;
  latitude: number;
  longitude: number;
  state: StoreState;
  /** Why a closed store is closed: outside its hours, a holiday, or paused by its staff. Null when not closed. */
  closedReason: 'hours' | 'holiday' | 'paused' | null;
  /**
   * When a store closed by its hours or a holiday next opens (null when open, paused, or without hours soon):
   * `at` an ISO instant, `localTime` `HH:mm` China time, `inDays` 0 today, 1 tomorrow…
   */
  nextOpening: { at: string; localTime: string; inDays: number } | null;
  /** The staff's own words: why it is busy by hand (no new orders), or their note while paused. */
  stateMessage?: string;
  modes: { dineIn: boolean; pickup: boolean; delivery: boolean };
  /** Metres from the customer's location, computed on the server; null without a location. */
  distanceMetres: number | null;
  /** Whether the customer's location is inside the delivery radius; null without a location or delivery. */
  isWithinDelivery: boolean | null;
}

export interface StoresOutput {
  /** Every store: nearest first with a location, else by id. */
  stores: StoreSummary[];
}

export interface SearchInput {
  storeId: string;
  /** Matched against zh-CN and English names, case-insensitively. */
  text: string;
}

export interface SearchOutput {
  /** At most 50 matches, in menu order. */
  products: ProductCard[];
}

export interface ProductInput {
  storeId: string;
  productId: string;
}

export type ProductOutput = ProductDetail;
