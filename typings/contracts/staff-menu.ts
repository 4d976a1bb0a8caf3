// Contract of the staff menu editor: the whole menu of one store as staff see it, and the writes that change
// it (categories, products with their SKUs, sold-out switches, stock). Money is integer fen.
import type { ActionContract } from './index';

/** One store's menu. */
export interface StaffMenuInput {
  storeId: string;
}

/** A category as the editor shows it: hidden ones too, in menu order. */
export interface StaffCategoryView {
  id: string;
  name: string;
  nameEn: string;
  sort: number;
  isVisible: boolean;
}

/** A spec option (choice) with its own sold-out switch (for a `sku` group: every SKU it picks is switched off). */
export interface StaffSpecOptionView {
  value: string;
  name: string;
  nameEn: string;
  isDefault: boolean;
  isSoldOut: boolean;
}

/** A spec group: `sku` options pick a SKU (own price and stock); `choice` options are free. */
export interface StaffSpecGroupView {
  key: string;
  kind: 'sku' | 'choice';
  name: string;
  nameEn: string;
  options: StaffSpecOptionView[];
}

/** A priced add-on, up to `maxQuantity` per item. */
export interface StaffAddonView {
  id: string;
  name: string;
  nameEn: string;
  priceFen: number;
  maxQuantity: number;
}

/** A SKU: one combination of the `sku` groups' options, its price, stock (null: unlimited) and switch. */
export interface StaffSkuView {
  id: string;
  specs: Record<string, string>;
  priceFen: number;
  stock: number | null;
  isSoldOut: boolean;
}

/** A product as the editor shows it, listed or not. */
export interface StaffProductView {
  id: string;
  categoryId: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  tags: Array<'signature' | 'new' | 'seasonal' | 'caffeine_free'>;
  sort: number;
  isListed: boolean;
  /** The cloud file id the product stores ('' without a picture). */
  imageFileId: string;
  /** An http(s) URL an <image> can show ('' without a picture). */
  imageUrl: string;
  specGroups: StaffSpecGroupView[];
  addons: StaffAddonView[];
  skus: StaffSkuView[];
  /** The lowest SKU price. */
  fromPriceFen: number;
  /** Every SKU switched sold out (the one-tap switch's state). */
  isSoldOut: boolean;
  /** Units left over all SKUs; null when any SKU is unlimited. */
  stockTotal: number | null;
}

/** Everything the editor shows. */
export interface StaffMenuOutput {
  storeId: string;
  /** Whether the caller's role shapes the menu (owner, manager); others only switch sold out and count stock. */
  canEdit: boolean;
  categories: StaffCategoryView[];
  products: StaffProductView[];
}

/** Create (no `categoryId`) or change a category; `position` (0-based) moves it in the menu order. */
export interface SaveCategoryInput {
  storeId: string;
  categoryId?: string;
  name: string;
  nameEn: string;
  isVisible: boolean;
  position?: number;
}

/** The store's categories after the save, in order, and the saved one's id. */
export interface SaveCategoryOutput {
  categoryId: string;
  categories: StaffCategoryView[];
}

/** A SKU as the editor sends it: matched to a stored one by its specs (new specs make a new SKU). */
export interface SaveSkuInput {
  specs: Record<string, string>;
  priceFen: number;
  /** Units left; left out for unlimited. */
  stock?: number;
  /** The count was not changed in the editor: a stored SKU keeps its stock as it is now (orders may have taken some). */
  keepStock?: boolean;
  isSoldOut?: boolean;
}

/** Create (no `productId`) or replace a product with its SKUs, spec groups and add-ons, all or nothing. */
export interface SaveProductInput {
  storeId: string;
  productId?: string;
  categoryId: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  tags?: Array<'signature' | 'new' | 'seasonal' | 'caffeine_free'>;
  isListed: boolean;
  /** A file uploaded under `products/<storeId>/`; '' removes the picture. */
  imageFileId?: string;
  specGroups: Array<{
    key: string;
    kind: 'sku' | 'choice';
    name: string;
    nameEn: string;
    options: Array<{ value: string; name: string; nameEn: string; isDefault: boolean; isSoldOut?: boolean }>;
  }>;
  addons: StaffAddonView[];
  skus: SaveSkuInput[];
}

/** The product as stored after the save. */
export interface SaveProductOutput {
  product: StaffProductView;
}

/** The whole product sold out or back (every SKU), or one spec choice of it when both group and choice are named. */
export interface SetSoldOutInput {
  storeId: string;
  productId: string;
  soldOut: boolean;
  /** A spec group's key. */
  specGroupId?: string;
  /** An option's value in that group. */
  choiceId?: string;
}

/** One SKU's stock: units left, or left out for unlimited. */
export interface SetStockInput {
  storeId: string;
  skuId: string;
  stock?: number;
}

/** The product after the change. */
export interface MenuProductOutput {
  product: StaffProductView;
}

/** The menu editor's actions. */
export interface StaffMenuContracts {
  menu: ActionContract<StaffMenuInput, StaffMenuOutput>;
  saveCategory: ActionContract<SaveCategoryInput, SaveCategoryOutput>;
  saveProduct: ActionContract<SaveProductInput, SaveProductOutput>;
  setSoldOut: ActionContract<SetSoldOutInput, MenuProductOutput>;
  setStock: ActionContract<SetStockInput, MenuProductOutput>;
}
