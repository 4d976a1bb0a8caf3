// Rules the platform would not take are refused when the definition and the local cloud load them, by name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_DIRECTORY, DatabaseDefinitionError, loadDatabaseDefinition } from '../../database/load';
import { getCallsOf, parseRuleExpression, RULE_EXPRESSION_MAX_LENGTH } from '../../database/rule-expression';
import { compileRuleTable, RuleLoadError } from '../../emulator/src/client/rules';

const FOUR_GETS = [1, 2, 3, 4].map((n) => `get('database.staff.s${n}').isActive == true`).join(' || ');
const THREE_DEEP =
  'get(`database.staff.${get(`database.stores.${get(`database.tables.${doc.tableId}`).storeId}`).ownerId}`).isActive == true';

/** The problems the definition is refused with when orders' read rule is `read`. */
function problemsWithOrdersRead(read: string): readonly string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rules-'));
  try {
    for (const folder of ['collections', 'seed'])
      fs.cpSync(path.join(DATABASE_DIRECTORY, folder), path.join(dir, folder), { recursive: true });
    fs.writeFileSync(path.join(dir, 'collections/orders.rules.json'), JSON.stringify({ read, write: false }));
    loadDatabaseDefinition(dir);
  } catch (error) {
    if (error instanceof DatabaseDefinitionError) return error.problems;
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('the definition loaded');
}

test('the orders read rule makes one get() and fits the platform’s length limit', () => {
  const orders = loadDatabaseDefinition().collections.find((collection) => collection.name === 'orders');
  const read = orders?.rules.read;
  expect(typeof read).toBe('string');
  expect((read as string).length).toBeLessThanOrEqual(RULE_EXPRESSION_MAX_LENGTH);
  expect(getCallsOf(parseRuleExpression(read as string))).toBe(1);
});

test.each([
  ['four get() calls', FOUR_GETS, 'more than 3 get() calls in one expression'],
  ['get() three deep', THREE_DEEP, 'get() nested more than 2 deep'],
  [
    'a path outside database.',
    "get('stores.s1').isActive == true",
    'get() takes a path "database.<collection>.<docId>"',
  ],
])('a rule with %s is refused by database/ and by the local cloud', (_, read, problem) => {
  expect(problemsWithOrdersRead(read)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^collections/orders\\.rules\\.json: rule "read" is outside the supported expression subset: .*${escape(problem)}`,
      ),
    ),
  ]);
  expect(() => compileRuleTable({ orders: { read, write: false } })).toThrow(RuleLoadError);
  expect(() => compileRuleTable({ orders: { read, write: false } })).toThrow(problem);
});

test('a doc field named inside a get() path must be one the schema declares', () => {
  expect(
    problemsWithOrdersRead('get(`database.staff.${doc.shopId}_${auth.openid}`).isActive == true'),
  ).toEqual([
    'collections/orders.rules.json: rule "read" reads doc.shopId, which the schema does not declare',
  ]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.each([
  [
    'a field the fetched collection does not declare',
    'get(`database.staff.${doc.storeId}_${auth.openid}`).isActiv == true',
    'collections/orders.rules.json: rule "read" reads staff.isActiv through get(), which the staff schema does not declare',
  ],
  [
    'a collection that is not defined',
    'get(`database.employees.${doc.storeId}_${auth.openid}`).isActive == true',
    'collections/orders.rules.json: rule "read" calls get() on collection "employees", which is not defined',
  ],
])('a get() reading %s is refused by database/', (_, read, problem) => {
  expect(problemsWithOrdersRead(read)).toEqual([problem]);
});
