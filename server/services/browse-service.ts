import type { HomeInput, HomeOutput } from '../../typings/contracts/browse';
import { isStoreOpenAt } from '../domain/store-hours';
import { catalogRepository } from '../repositories/catalog-repository';
import { AppError } from '../runtime/app-error';

/** The shop's first screen: the store, whether it takes orders now, and its categories. */
export async function loadHome(input: HomeInput, nowMs: number): Promise<HomeOutput> {
  const [store, categories] = await Promise.all([
    catalogRepository.findStore(input.storeId),
    catalogRepository.listCategories(input.storeId),
  ]);
  if (!store) throw new AppError('NOT_FOUND', `no store "${input.storeId}"`);
  return {
    store: {
      id: store._id,
      name: store.name,
      nameEn: store.nameEn,
      isOpen: isStoreOpenAt(store, nowMs),
      notice: store.notice ?? '',
    },
    categories: categories.map((category) => ({
      id: category._id,
      name: category.name,
      nameEn: category.nameEn,
    })),
  };
}
