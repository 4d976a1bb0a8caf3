import type { StoreHours } from '../domain/store-hours';
import { database, readList } from '../runtime/cloud';

/** A store as the ordering flows read it. */
export interface StoreRecord extends StoreHours {
  _id: string;
  name: string;
  nameEn: string;
  notice?: string;
  noticeEn?: string;
}

export interface CategoryRecord {
  _id: string;
  storeId: string;
  name: string;
  nameEn: string;
  sort: number;
  isVisible: boolean;
}

/** Reads of the menu: stores and categories. The only code here that builds catalog queries. */
export const catalogRepository = {
  async findStore(storeId: string): Promise<StoreRecord | undefined> {
    const [store] = await readList<StoreRecord>(
      database().collection('stores').where({ _id: storeId }).limit(1),
    );
    return store;
  },

  /** Visible categories of a store in menu order (a store has far fewer than 100). */
  async listCategories(storeId: string): Promise<CategoryRecord[]> {
    return readList<CategoryRecord>(
      database()
        .collection('categories')
        .where({ storeId, isVisible: true })
        .orderBy('sort', 'asc')
        .limit(100),
    );
  },
};
