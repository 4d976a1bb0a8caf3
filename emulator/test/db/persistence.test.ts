import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TestClock } from '../../src/clock';
import { DatabaseEngine } from '../../src/db';
import { attachFileStore, loadInto } from '../../src/db/persistence';
import { type DatabaseFixture, settled, startDatabase } from './db-harness';

let fixture: DatabaseFixture;
let folder: string;
beforeAll(async () => {
  fixture = await startDatabase();
});
beforeEach(async () => {
  fixture.reset(['orders', 'products']);
  folder = await mkdtemp(path.join(os.tmpdir(), 'diandan-db-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));
afterAll(() => fixture.close());

const freshEngine = () => new DatabaseEngine({ clock: new TestClock() });

test('the database survives a save and a load, with Dates, numbers and indexes', async () => {
  const file = path.join(folder, 'database.json');
  const store = attachFileStore(fixture.engine, file);
  fixture.engine.defineIndexes('orders', [
    { name: 'outTradeNo_1', keys: [{ name: 'outTradeNo', direction: 1 }], unique: true },
  ]);
  const pickupAt = new Date('2026-03-01T08:30:00.123Z');
  await settled(
    fixture.db.collection('orders').add({
      data: {
        _id: 'o1',
        outTradeNo: 'T1',
        totalFen: 1250,
        weightKg: 0.5,
        createdAt: fixture.db.serverDate(),
        lines: [{ sku: 'a', pickupAt }],
        pattern: /^tea/i,
        note: null,
      },
    }),
  );
  await settled(fixture.db.collection('products').add({ data: { _id: 'p1', stock: 3 } }));
  await store.close();

  const restored = freshEngine();
  expect(loadInto(restored, file)).toBe(true);
  expect(restored.collectionNames()).toEqual(['orders', 'products']);
  expect(restored.find('orders')).toEqual([
    {
      _id: 'o1',
      outTradeNo: 'T1',
      totalFen: 1250,
      weightKg: 0.5,
      createdAt: new Date(fixture.clock.now()),
      lines: [{ sku: 'a', pickupAt }],
      pattern: /^tea/i,
      note: null,
    },
  ]);
  expect(restored.find('orders')[0]?.createdAt).toBeInstanceOf(Date);
  expect(restored.indexes('orders')).toEqual(fixture.engine.indexes('orders'));
  expect(() => restored.insert('orders', [{ outTradeNo: 'T1' }])).toThrow(/duplicate key/);
  expect(restored.find('products')).toEqual([{ _id: 'p1', stock: 3 }]);
});

test('changes are saved on their own after a quiet moment, through a temporary file', async () => {
  const file = path.join(folder, 'nested', 'database.json');
  const store = attachFileStore(fixture.engine, file, { debounceMs: 5 });
  fixture.engine.insert('products', [{ _id: 'p1', stock: 1 }]);
  for (let waited = 0; !existsSync(file) && waited < 5_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(existsSync(file)).toBe(true); // written by the debounce, before any flush
  await store.flush();
  const saved = JSON.parse(await readFile(file, 'utf8')) as {
    collections: Array<{ name: string; documents: unknown[] }>;
  };
  expect(saved.collections.find((collection) => collection.name === 'products')?.documents).toHaveLength(1);
  expect(await readdir(path.dirname(file))).toEqual(['database.json']);
  await store.close();
});

test('flush writes only when something changed, and close stops following changes', async () => {
  const file = path.join(folder, 'database.json');
  const store = attachFileStore(fixture.engine, file);
  await store.flush();
  expect(existsSync(file)).toBe(false);
  fixture.engine.createCollection('coupons');
  await store.close();
  expect(existsSync(file)).toBe(true);
  fixture.engine.insert('products', [{ _id: 'late' }]);
  await store.flush();
  const restored = freshEngine();
  loadInto(restored, file);
  expect(restored.hasCollection('coupons')).toBe(true);
  expect(restored.count('products')).toBe(0);
});

test('a missing file loads nothing; a damaged one is an error that leaves the engine alone', async () => {
  const engine = freshEngine();
  engine.createCollection('kept');
  expect(loadInto(engine, path.join(folder, 'none.json'))).toBe(false);
  const damaged = path.join(folder, 'damaged.json');
  await writeFile(damaged, '{"format":"diandan-local-database","version":1,"collections":[{"name":"x"');
  expect(() => loadInto(engine, damaged)).toThrow(/cannot read the saved database/);
  await writeFile(damaged, JSON.stringify({ format: 'something-else' }));
  expect(() => loadInto(engine, damaged)).toThrow(/not a saved local database/);
  expect(engine.collectionNames()).toEqual(['kept']);
});
