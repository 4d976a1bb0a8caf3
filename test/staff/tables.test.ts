// staff.tables, staff.saveTable and staff.tableCode against the local cloud: who may list, add, rename and
// disable tables and print their codes; codes unique in a store; the code image made once, stored, and read
// back to the scene the menu opens with (the table's id, which browse.home binds to the table).
import { decodeCodePng, SCENE_KEYWORD } from '../../emulator/src/openapi';
import type { StaffRole } from '../../server/repositories/staff-repository';
import type { SaveTableInput } from '../../typings/contracts/staff-settings';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { addStaff, FORMER_CLERK, OTHER_STORE_MANAGER, STAFF } from './staff-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const CUSTOMER = 'o-tables-customer';
const OUTSIDERS: Array<[string, string, string]> = [
  ['kitchen', STAFF.kitchen, 'kitchen'],
  ['a customer', CUSTOMER, 'none'],
  ['a clerk who left', FORMER_CLERK, 'none'],
  ["another store's manager", OTHER_STORE_MANAGER, 'none'],
];
const tablesDoc = () => JSON.stringify(shop.cloud.database.find('tables', {}));
const audits = () => shop.cloud.database.find('audit_log', {});
const saveTable = (input: Omit<SaveTableInput, 'storeId'>, openid = STAFF.owner) =>
  shop.call('staff', 'saveTable', { storeId: DEMO_STORE, ...input }, openid);
const tableCode = (tableId: string, openid = STAFF.owner) =>
  shop.call('staff', 'tableCode', { storeId: DEMO_STORE, tableId }, openid);

/** Expects FORBIDDEN with the tables untouched and one `.denied` entry logged as `role`. */
async function expectRefused(attempt: () => Promise<unknown>, action: string, openid: string, role: string) {
  const before = tablesDoc();
  const logged = audits().length;
  expect(await attempt()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(tablesDoc()).toBe(before);
  expect(audits()).toHaveLength(logged + 1);
  expect(audits().at(-1)).toMatchObject({
    action: `staff.${action}.denied`,
    actorOpenid: openid,
    actorRole: role,
  });
}

describe('the list', () => {
  test.each(['owner', 'manager', 'clerk'] as StaffRole[])('%s lists the tables by code', async (role) => {
    const { tables, mayEdit } = dataOf(
      await shop.call('staff', 'tables', { storeId: DEMO_STORE }, STAFF[role]),
    );
    expect(mayEdit).toBe(role !== 'clerk');
    expect(tables.length).toBeGreaterThan(2);
    expect(tables[0]).toMatchObject({ id: 'table-demo-a01', code: 'A01', isActive: true });
    expect(tables.map((table) => table.code)).toEqual([...tables.map((table) => table.code)].sort());
  });

  test.each(OUTSIDERS)('%s may not list them', async (_who, openid, role) => {
    await expectRefused(
      () => shop.call('staff', 'tables', { storeId: DEMO_STORE }, openid),
      'tables',
      openid,
      role,
    );
  });
});

describe('adding, renaming, disabling', () => {
  test.each(['owner', 'manager'] as StaffRole[])('%s adds a table and renames it, audited', async (role) => {
    const code = role === 'owner' ? 'C01' : 'C02';
    const added = dataOf(await saveTable({ code, seats: 6 }, STAFF[role]));
    expect(added).toMatchObject({
      code,
      name: `${code} 号桌`,
      nameEn: `Table ${code}`,
      seats: 6,
      isActive: true,
    });
    expect(added.id.length).toBeLessThanOrEqual(32);
    const [stored] = shop.cloud.database.find('tables', { _id: added.id });
    expect(schemaProblems('tables', stored ?? {})).toEqual([]);
    expect(audits().at(-1)).toMatchObject({
      action: 'staff.saveTable',
      actorRole: role,
      before: null,
      after: { code },
    });

    const renamed = dataOf(
      await saveTable({ tableId: added.id, code: `D0${code.at(-1)}`, name: '窗边' }, STAFF[role]),
    );
    expect(renamed).toMatchObject({ id: added.id, code: `D0${code.at(-1)}`, name: '窗边' });
    expect(audits().at(-1)).toMatchObject({ before: { code }, after: { code: renamed.code, name: '窗边' } });
  });

  test('a code another table has is refused, nothing written', async () => {
    const before = tablesDoc();
    expect(await saveTable({ code: 'A01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'code', problem: 'CODE_TAKEN' } },
    });
    expect(await saveTable({ tableId: 'table-demo-a02', code: 'A01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { problem: 'CODE_TAKEN' } },
    });
    expect(tablesDoc()).toBe(before);
  });

  test.each([
    ['a code that is not a letter and two digits', { code: 'a1' }],
    ['no seats', { code: 'E01', seats: 0 }],
    ['an unknown field', { code: 'E01', storeIdOther: 'x' }],
  ])('%s is INVALID_INPUT, nothing written', async (_what, input) => {
    const before = tablesDoc();
    const result = await shop.callRaw(
      'staff',
      { action: 'saveTable', input: { storeId: DEMO_STORE, ...input } },
      STAFF.owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tablesDoc()).toBe(before);
  });

  test('a new table without a code, or another store’s table, is refused', async () => {
    expect(await saveTable({ name: '无号' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await saveTable({ tableId: 'table-nowhere', isActive: false })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('a disabled table no longer binds the menu', async () => {
    dataOf(await saveTable({ tableId: 'table-demo-a03', isActive: false }));
    const home = dataOf(
      await shop.call('browse', 'home', { storeId: DEMO_STORE, tableCode: 'A03' }, CUSTOMER),
    );
    expect(home).toMatchObject({ table: null, isTableUnknown: true });
    dataOf(await saveTable({ tableId: 'table-demo-a03', isActive: true }));
  });

  test.each([...OUTSIDERS, ['clerk', STAFF.clerk, 'clerk'] as [string, string, string]])(
    '%s may not add or change tables',
    async (_who, openid, role) => {
      await expectRefused(() => saveTable({ code: 'F01' }, openid), 'saveTable', openid, role);
      await expectRefused(
        () => saveTable({ tableId: 'table-demo-a01', isActive: false }, openid),
        'saveTable',
        openid,
        role,
      );
    },
  );
});

describe('the printable code', () => {
  test('is made once, stored, and its image reads back to the scene that binds the table', async () => {
    const first = dataOf(await tableCode('table-demo-a01'));
    expect(first).toMatchObject({ tableId: 'table-demo-a01', scene: 'table-demo-a01' });
    expect(first.fileId).toMatch(/^cloud:\/\//);
    const response = await fetch(first.tempUrl);
    expect(response.headers.get('content-type')).toContain('image/png');
    const png = decodeCodePng(Buffer.from(await response.arrayBuffer()));
    expect(png.text[SCENE_KEYWORD]).toBe('table-demo-a01');
    expect(png.width).toBe(430);
    // The menu page passes the scanned scene to browse.home as the table code.
    const home = dataOf(
      await shop.call(
        'browse',
        'home',
        { storeId: DEMO_STORE, tableCode: png.text[SCENE_KEYWORD] ?? '' },
        CUSTOMER,
      ),
    );
    expect(home.table).toMatchObject({ id: 'table-demo-a01', code: 'A01' });

    const made = audits().filter((entry) => entry.action === 'staff.tableCode').length;
    const again = dataOf(await tableCode('table-demo-a01', STAFF.clerk));
    expect(again.fileId).toBe(first.fileId);
    expect(audits().filter((entry) => entry.action === 'staff.tableCode')).toHaveLength(made);
    const [stored] = shop.cloud.database.find('tables', { _id: 'table-demo-a01' });
    expect(stored).toMatchObject({ codeFileId: first.fileId });
    expect(schemaProblems('tables', stored ?? {})).toEqual([]);
  });

  test('another store’s table is NOT_FOUND', async () => {
    expect(await tableCode('table-elsewhere')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test.each(OUTSIDERS)('%s may not print codes', async (_who, openid, role) => {
    await expectRefused(() => tableCode('table-demo-a02', openid), 'tableCode', openid, role);
  });
});
