// staff.tables, staff.saveTable and staff.tableCode: a store's dine-in tables, added, renamed or disabled by
// its owner and managers (a clerk reads them and prints their codes), each code unique in the store; the
// printable mini-program code of a table, made once and kept in cloud storage.
import { randomBytes } from 'node:crypto';
import type {
  SaveTableInput,
  StaffSettingsInput,
  StaffTablesOutput,
  StaffTableView,
  TableCodeInput,
  TableCodeOutput,
} from '../../../../typings/contracts/staff-settings';
import type { TableRecord } from '../../../domain/catalog-types';
import { makeTableCode, storeCodeImage, tempUrlOf } from '../../../gateways/table-code-gateway';
import { appendAudit } from '../../../repositories/audit-repository';
import {
  findStoreTable,
  insertTable,
  listStoreTables,
  updateTable,
} from '../../../repositories/table-edit-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { EDITS_SETTINGS, requireStoreRole, SWITCHES_STATE } from '../settings/settings-access';

/** Seats of a table added without saying. */
const DEFAULT_SEATS = 4;

/** A table as the page lists it. */
export function tableViewOf(table: TableRecord): StaffTableView {
  const { _id: id, code, name, nameEn, seats, isActive } = table;
  return { id, code, name, nameEn, seats, isActive };
}

/** The fields the log keeps of a table. */
const logged = (table: TableRecord | StaffTableView) => ({
  code: table.code,
  name: table.name,
  nameEn: table.nameEn,
  seats: table.seats,
  isActive: table.isActive,
});

const tableTarget = (storeId: string, tableId?: string) =>
  ({ storeId, targetCollection: 'tables', targetId: tableId ?? storeId }) as const;

function codeTaken(code: string): AppError {
  return new AppError('INVALID_INPUT', `Another table of this store is already ${code}.`, {
    field: 'code',
    problem: 'CODE_TAKEN',
  });
}

/** The store's tables (owner, manager, clerk). */
export async function listTables(
  input: StaffSettingsInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffTablesOutput> {
  const member = await requireStoreRole(caller, 'tables', tableTarget(input.storeId), SWITCHES_STATE, nowMs);
  return {
    tables: (await listStoreTables(input.storeId)).map(tableViewOf),
    mayEdit: EDITS_SETTINGS.includes(member.role),
  };
}

/** Adds a table (a code is required) or changes one (owner, manager); the table as saved. */
export async function saveTable(
  input: SaveTableInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffTableView> {
  const target = tableTarget(input.storeId, input.tableId);
  const member = await requireStoreRole(caller, 'saveTable', target, EDITS_SETTINGS, nowMs);
  const audit = (before: Record<string, unknown> | null, after: StaffTableView) =>
    appendAudit(
      {
        ...tableTarget(input.storeId, after.id),
        actorOpenid: caller.openid,
        actorRole: member.role,
        action: 'staff.saveTable',
        before,
        after: logged(after),
        source: caller.source,
      },
      nowMs,
    );
  if (input.tableId === undefined) {
    if (input.code === undefined)
      throw new AppError('INVALID_INPUT', 'A new table needs its code, e.g. A01.', {
        field: 'code',
        problem: 'REQUIRED',
      });
    const at = new Date(nowMs);
    const table: TableRecord = {
      _id: `table-${randomBytes(8).toString('hex')}`,
      storeId: input.storeId,
      code: input.code,
      name: input.name ?? `${input.code} 号桌`,
      nameEn: input.nameEn ?? `Table ${input.code}`,
      area: '大厅',
      areaEn: 'Hall',
      seats: input.seats ?? DEFAULT_SEATS,
      isActive: input.isActive ?? true,
      createdAt: at,
      updatedAt: at,
    };
    if ((await insertTable(table)) === 'taken') throw codeTaken(input.code);
    const view = tableViewOf(table);
    await audit(null, view);
    return view;
  }
  const current = await findStoreTable(input.storeId, input.tableId);
  if (!current) throw new AppError('NOT_FOUND', 'This store has no such table.', { field: 'tableId' });
  const { storeId: _store, tableId: _table, ...fields } = input;
  const outcome = await updateTable(input.storeId, input.tableId, fields, nowMs);
  if (outcome === 'taken') throw codeTaken(input.code ?? current.code);
  if (outcome === 'missing')
    throw new AppError('NOT_FOUND', 'This store has no such table.', { field: 'tableId' });
  const view = { ...tableViewOf(current), ...fields };
  await audit(logged(current), view);
  return view;
}

/** The table's code image: made and stored the first time, the same file afterwards (owner, manager, clerk). */
export async function tableCode(
  input: TableCodeInput,
  caller: Caller,
  nowMs: number,
): Promise<TableCodeOutput> {
  const target = tableTarget(input.storeId, input.tableId);
  const member = await requireStoreRole(caller, 'tableCode', target, SWITCHES_STATE, nowMs);
  const table = await findStoreTable(input.storeId, input.tableId);
  if (!table) throw new AppError('NOT_FOUND', 'This store has no such table.', { field: 'tableId' });
  // The scene is the table id: it never changes, so a printed code keeps working after a rename.
  const scene = table._id;
  let fileId = table.codeFileId;
  if (!fileId) {
    fileId = await storeCodeImage(`table-codes/${input.storeId}/${scene}.png`, await makeTableCode(scene));
    await updateTable(input.storeId, table._id, { codeFileId: fileId }, nowMs);
    await appendAudit(
      {
        ...target,
        actorOpenid: caller.openid,
        actorRole: member.role,
        action: 'staff.tableCode',
        before: null,
        after: { fileId },
        source: caller.source,
      },
      nowMs,
    );
  }
  return { tableId: table._id, scene, fileId, tempUrl: await tempUrlOf(fileId) };
}
