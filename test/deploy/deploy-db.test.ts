import { loadDatabaseDefinition } from '../../database/load';
import { inlineCatalog, startLocalCloud, type LocalCloud } from '../../emulator/src';
import { rulesJson } from '../../scripts/deploy/console-steps';
import { runDeployDb } from '../../scripts/deploy-db';

// The deploy script runs unchanged against an empty local cloud: the real wx-server-sdk, pointed at it by
// TCB_CONTEXT_CNFG, with the local cloud's placeholder credentials in TENCENTCLOUD_SECRETID/SECRETKEY.
const definition = loadDatabaseDefinition();
const emptyDatabase = { collections: [], seeds: {} };

let cloud: LocalCloud;
let output: string[];

beforeEach(async () => {
  cloud = await startLocalCloud({ functions: inlineCatalog({}), database: emptyDatabase, timers: false });
  Object.assign(process.env, cloud.sdkEnvironment());
  output = [];
});
afterEach(() => cloud.close());

const deploy = (...argv: string[]) => runDeployDb(['--env', cloud.envId, ...argv], process.env, record);
const record = (line: string) => output.push(line);
const documentsOf = (collection: string) =>
  cloud.database.find(collection).sort((a, b) => String(a._id).localeCompare(String(b._id)));

test('a second run leaves exactly the database the first run left', async () => {
  expect(await deploy()).toBe(0);
  const afterOne = cloud.database.exportSnapshot();
  expect(await deploy()).toBe(0);
  expect(cloud.database.exportSnapshot()).toEqual(afterOne);
  expect(output.join('\n')).toContain('already there, kept');
});

test('the first run creates every collection and writes the demo seed as the seed files say', async () => {
  expect(await deploy('--seed', 'demo')).toBe(0);
  expect(cloud.database.collectionNames().sort()).toEqual(definition.collections.map((c) => c.name).sort());

  const reference = await startLocalCloud({
    functions: inlineCatalog({}),
    database: definition,
    seed: 'demo',
    timers: false,
  });
  try {
    for (const { name } of definition.collections) {
      const expected = reference.database
        .find(name)
        .sort((a, b) => String(a._id).localeCompare(String(b._id)));
      expect({ name, documents: documentsOf(name) }).toEqual({ name, documents: expected });
    }
    expect(documentsOf('products').length).toBeGreaterThanOrEqual(30);
    expect(documentsOf('stores')[0]?.createdAt ?? new Date(0)).toBeInstanceOf(Date);
  } finally {
    await reference.close();
  }
});

test('--seed none makes empty collections, and a later demo run adds the seed without duplicates', async () => {
  expect(await deploy('--seed', 'none')).toBe(0);
  for (const { name } of definition.collections) expect(cloud.database.count(name)).toBe(0);

  expect(await deploy()).toBe(0);
  const productCount = cloud.database.count('products');
  expect(productCount).toBe(definition.seeds.demo?.products?.length);
  expect(await deploy()).toBe(0);
  expect(cloud.database.count('products')).toBe(productCount);
});

test("a shop's own edits and documents survive a rerun; --refresh-seed puts seeded documents back", async () => {
  cloud.database.createCollection('orders');
  cloud.database.insert('orders', [{ _id: 'order-of-a-real-customer', totalFen: 2800 }]);
  expect(await deploy()).toBe(0);
  const [store] = documentsOf('stores');
  const seededName = store?.name;
  cloud.database.update('stores', { _id: store?._id }, { $set: { name: '小店自己的名字' } });

  expect(await deploy()).toBe(0);
  expect(documentsOf('stores')[0]?.name).toBe('小店自己的名字');
  expect(documentsOf('orders')).toEqual([{ _id: 'order-of-a-real-customer', totalFen: 2800 }]);

  expect(await deploy('--refresh-seed')).toBe(0);
  expect(documentsOf('stores')[0]?.name).toBe(seededName);
  expect(documentsOf('orders')).toEqual([{ _id: 'order-of-a-real-customer', totalFen: 2800 }]);
});

test('prints every collection’s security rules as the exact JSON to paste, and every index', async () => {
  expect(await deploy()).toBe(0);
  const text = output.join('\n');
  expect(text).toContain('数据权限 → 自定义安全规则');
  for (const collection of definition.collections) {
    const block = text.split(`-- ${collection.name}\n`)[1] ?? '';
    expect(JSON.parse(block.slice(0, block.indexOf('\n}') + 2))).toEqual(
      JSON.parse(rulesJson(collection.rules)),
    );
    for (const index of collection.indexes) expect(text).toContain(`   ${index.name}  `);
  }
});

test('without credentials it says which variables to set and writes nothing', async () => {
  const code = await runDeployDb(['--env', cloud.envId], {}, record);
  expect(code).toBe(2);
  expect(output.join('\n')).toMatch(/missing TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY/);
  expect(cloud.database.collectionNames()).toEqual([]);
});

test('usage mistakes exit 2 with the usage, before touching the database', async () => {
  expect(await runDeployDb([], process.env, record)).toBe(2);
  expect(output.join('\n')).toContain('--env <env-id> is required');
  expect(await deploy('--seed', 'no-such-set')).toBe(2);
  expect(output.join('\n')).toContain('no seed set "no-such-set"');
  expect(await deploy('--sed', 'demo')).toBe(2);
  expect(output.join('\n')).toContain('unknown option --sed');
});
