// staff.saveCategory: create, rename, hide or move a category. A move renumbers the store's categories
// (10, 20, 30…) in one transaction, so the menu order never shows two in one place or one twice.
import { randomBytes } from 'node:crypto';
import type { SaveCategoryInput, SaveCategoryOutput } from '../../../../typings/contracts/staff-menu';
import type { CategoryRecord } from '../../../repositories/catalog-repository';
import {
  applyCatalogWrites,
  listAllCategories,
  type CatalogWrite,
} from '../../../repositories/menu-edit-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { auditMenuWrite, requireMenuRole } from './menu-access';
import { categoryViewOf } from './menu-views';

/** Gap between neighbours' `sort`, so a hand edit in the console can slot one between. */
const SORT_STEP = 10;
/** Most categories a store may have. */
export const MAX_CATEGORIES = 60;

/** Saves the category and answers the store's categories in their new order. */
export async function saveCategory(
  input: SaveCategoryInput,
  caller: Caller,
  nowMs: number,
): Promise<SaveCategoryOutput> {
  const categoryId = input.categoryId ?? `cat-${randomBytes(6).toString('hex')}`;
  const target = { storeId: input.storeId, targetCollection: 'categories', targetId: categoryId } as const;
  const member = await requireMenuRole(caller, 'saveCategory', target, nowMs);
  const existing = await listAllCategories(input.storeId);
  const before = existing.find((category) => category._id === categoryId);
  if (input.categoryId !== undefined && !before) {
    throw new AppError('NOT_FOUND', 'No such category in this store.', { field: 'categoryId' });
  }
  if (!before && existing.length >= MAX_CATEGORIES) {
    throw new AppError('INVALID_INPUT', `A store has at most ${MAX_CATEGORIES} categories.`, {
      field: 'categoryId',
      problem: 'TOO_MANY_CATEGORIES',
      limit: MAX_CATEGORIES,
    });
  }
  const at = new Date(nowMs);
  const saved: CategoryRecord & { createdAt: Date; updatedAt: Date } = {
    _id: categoryId,
    storeId: input.storeId,
    name: input.name.trim(),
    nameEn: input.nameEn.trim(),
    sort: before?.sort ?? (existing.at(-1)?.sort ?? 0) + SORT_STEP,
    isVisible: input.isVisible,
    createdAt: (before as { createdAt?: Date } | undefined)?.createdAt ?? at,
    updatedAt: at,
  };
  const isMoved = input.position !== undefined;
  const after = isMoved
    ? moved(existing, saved, input.position ?? 0)
    : [...existing.filter((category) => category._id !== categoryId), saved].sort(
        (a, b) => a.sort - b.sort || (a._id < b._id ? -1 : 1),
      );
  const writes = after.flatMap((category): CatalogWrite[] => {
    if (category._id === categoryId) {
      const { _id: _omit, ...data } = category;
      return [{ collection: 'categories', id: categoryId, kind: 'set', data }];
    }
    const old = existing.find((other) => other._id === category._id);
    if (old?.sort === category.sort) return [];
    return [
      {
        collection: 'categories',
        id: category._id,
        kind: 'update',
        data: { sort: category.sort, updatedAt: at },
      },
    ];
  });
  await applyCatalogWrites(writes);
  const position = after.findIndex((category) => category._id === categoryId);
  await auditMenuWrite(
    member,
    caller,
    'saveCategory',
    target,
    before ? snapshotOf(before, existing.indexOf(before)) : null,
    snapshotOf(saved, position),
    nowMs,
  );
  return { categoryId, categories: after.map(categoryViewOf) };
}

/** The categories with `saved` at `position` (0-based, past the end means last), renumbered 10, 20, 30… */
function moved<T extends CategoryRecord>(existing: readonly T[], saved: T, position: number): T[] {
  const order = existing.filter((category) => category._id !== saved._id);
  order.splice(Math.min(position, order.length), 0, saved);
  return order.map((category, index) => ({ ...category, sort: (index + 1) * SORT_STEP }));
}

function snapshotOf(category: CategoryRecord, position: number): Record<string, unknown> {
  return { name: category.name, nameEn: category.nameEn, isVisible: category.isVisible, position };
}
