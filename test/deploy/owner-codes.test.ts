import { inlineCatalog, startLocalCloud, type LocalCloud } from '../../emulator/src';
import { loadDatabaseDefinition } from '../../database/load';
import { OWNER_SETUP_LIFETIME_MS } from '../../scripts/deploy/owner-setup-codes';
import { runDeployDb } from '../../scripts/deploy-db';
import { parseStaffCode, secretMatches } from '../../server/runtime/staff-code';
import { schemaProblems } from '../support/schema-check';

// `deploy:db --owner-codes` against an empty local cloud through the real wx-server-sdk, as deploy-db.test.ts.
let cloud: LocalCloud;
let output: string[];
beforeEach(async () => {
  cloud = await startLocalCloud({
    functions: inlineCatalog({}),
    database: { collections: [], seeds: {} },
    timers: false,
  });
  Object.assign(process.env, cloud.sdkEnvironment());
  output = [];
});
afterEach(() => cloud.close());

const deploy = (...argv: string[]) =>
  runDeployDb(['--env', cloud.envId, ...argv], process.env, (line) => output.push(line));
const printedCodes = () =>
  output.flatMap((line) => {
    const match = /^\s+(\S+)\s+([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\s+until/.exec(line);
    return match ? [{ storeId: match[1], code: match[2] ?? '' }] : [];
  });

test('the demo store has its owner, so no code; a store without one gets a code stored only hashed', async () => {
  expect(await deploy('--seed', 'demo', '--owner-codes')).toBe(0);
  expect(output).toContain('Every store has an owner; no owner setup code issued.');
  expect(cloud.database.count('staff_codes')).toBe(0);

  const [demoStore] = cloud.database.find('stores', { _id: 'store-demo' });
  cloud.database.insert('stores', [{ ...demoStore, _id: 'store-second' }]);
  output = [];
  const before = Date.now();
  expect(await deploy('--seed', 'demo', '--owner-codes')).toBe(0);
  const [printed, ...more] = printedCodes();
  expect(more).toEqual([]);
  expect(printed?.storeId).toBe('store-second');
  const parts = parseStaffCode(printed?.code ?? '');
  const [stored] = cloud.database.find('staff_codes', { _id: parts?.codeId });
  expect(stored).toMatchObject({
    storeId: 'store-second',
    kind: 'owner_setup',
    role: 'owner',
    state: 'open',
  });
  expect(secretMatches(parts?.secret ?? '', String(stored?.secretHash))).toBe(true);
  expect(JSON.stringify(stored)).not.toContain(parts?.secret);
  const at = (field: string) => new Date(stored?.[field] as Date).getTime();
  expect(at('expiresAt') - at('createdAt')).toBe(OWNER_SETUP_LIFETIME_MS);
  expect(at('createdAt')).toBeGreaterThanOrEqual(before);
  expect(schemaProblems('staff_codes', stored ?? {})).toEqual([]);
});

test('a rerun issues a fresh code and retires the earlier one', async () => {
  expect(await deploy('--seed', 'none')).toBe(0);
  cloud.database.insert('stores', [{ _id: 'store-empty' }]);
  expect(await deploy('--seed', 'none', '--owner-codes')).toBe(0);
  expect(await deploy('--seed', 'none', '--owner-codes')).toBe(0);
  const [first, second] = printedCodes();
  expect(first?.code).not.toEqual(second?.code);
  const states = cloud.database
    .find('staff_codes', { storeId: 'store-empty' })
    .map((code) => [code._id, code.state]);
  expect(states).toEqual(
    expect.arrayContaining([
      [parseStaffCode(first?.code ?? '')?.codeId, 'used'],
      [parseStaffCode(second?.code ?? '')?.codeId, 'open'],
    ]),
  );
  expect(states).toHaveLength(2);
});

test('the usage names the flag', async () => {
  expect(await deploy('--help')).toBe(0);
  expect(output.join('\n')).toContain('--owner-codes');
  expect(loadDatabaseDefinition().collections.map((c) => c.name)).toContain('staff_codes');
});
