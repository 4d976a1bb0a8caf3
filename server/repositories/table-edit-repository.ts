// The staff's reads and writes of a store's `tables`: the list, one table, add, change, and the code file.
import type { TableRecord } from '../domain/catalog-types';
import { database, readList, updateCount } from '../runtime/cloud';
import { busyOnTransient } from '../runtime/transient';
import { isDuplicateKeyError } from './database-errors';

/** More tables than a shop has; the list reads one page. */
export const MAX_TABLES = 200;

/** Every table of the store, active or not, by code (one read). */
export async function listStoreTables(storeId: string): Promise<TableRecord[]> {
  return readList<TableRecord>(
    database().collection('tables').where({ storeId }).orderBy('code', 'asc').limit(MAX_TABLES),
  );
}

/** One table of the store by id (one read); undefined when absent or another store's. */
export async function findStoreTable(storeId: string, tableId: string): Promise<TableRecord | undefined> {
  const [table] = await readList<TableRecord>(
    database().collection('tables').where({ _id: tableId, storeId }).limit(1),
  );
  return table;
}

/** Adds a table; `taken` when the store already has one with that code (the unique store+code index). */
export async function insertTable(table: TableRecord): Promise<'added' | 'taken'> {
  try {
    await busyOnTransient(async () => database().collection('tables').add({ data: table }));
    return 'added';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'taken';
    throw error;
  }
}

/** Changes a table's fields; `taken` when the new code is another table's. */
export async function updateTable(
  storeId: string,
  tableId: string,
  fields: Partial<Pick<TableRecord, 'code' | 'name' | 'nameEn' | 'seats' | 'isActive' | 'codeFileId'>>,
  nowMs: number,
): Promise<'updated' | 'taken' | 'missing'> {
  try {
    const updated = await updateCount(
      database().collection('tables').where({ _id: tableId, storeId }),
      { ...fields, updatedAt: new Date(nowMs) },
      { isIdempotent: true },
    );
    return updated === 1 ? 'updated' : 'missing';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'taken';
    throw error;
  }
}
