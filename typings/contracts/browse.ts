// Contract of the `browse` cloud function: the menu, before any order.
import type { ProductCard, ProductDetail } from './catalog';

export interface StoreView {
  id: string;
  name: string;
  nameEn: string;
  notice: string;
  noticeEn: string;
  /** Taking orders right now (switch on and inside today's hours, China time). */
  isOpen: boolean;
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

/** The first screen in one call: store state, categories and every listed product as a menu row. */
export interface HomeOutput {
  store: StoreView;
  /** The table the visit is bound to (an active table of this store), or null. */
  table: { id: string; code: string; name: string; nameEn: string } | null;
  /** A table code was given but names no active table of this store (an old or foreign QR code). */
  isTableUnknown: boolean;
  categories: Array<{ id: string; name: string; nameEn: string }>;
  products: ProductCard[];
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
