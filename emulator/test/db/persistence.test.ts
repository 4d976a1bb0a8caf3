import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseSnapshot } from '../../src/db';
import { attachFileStore, journalFiles, loadInto } from '../../src/db/persistence';
import { type DatabaseFixture, settled, startDatabase } from './db-harness';
import { freshEngine, loadedState, namesIn } from './persistence-fixtures';

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
  fixture.engine.createCollection('coupons');
  await store.close();

  const restored = freshEngine();
  expect(loadInto(restored, file)).toBe(true);
  expect(restored.collectionNames()).toEqual(['coupons', 'orders', 'products']);
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

test('changes go to the journal on their own after a quiet moment, and load from it', async () => {
  const file = path.join(folder, 'nested', 'database.json');
  const store = attachFileStore(fixture.engine, file, { debounceMs: 5 });
  await store.compact();
  fixture.engine.insert('products', [{ _id: 'p1', stock: 1 }]);
  const journalBytes = () => store.stats().journalBytes;
  for (let waited = 0; journalBytes() === 0 && waited < 5_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(journalBytes()).toBeGreaterThan(0); // written by the debounce, before any flush
  const snapshot = JSON.parse(await readFile(file, 'utf8')) as DatabaseSnapshot;
  expect(snapshot.collections.find((collection) => collection.name === 'products')?.documents).toEqual([]);
  expect(loadedState(file).collections.find((c) => c.name === 'products')?.documents).toHaveLength(1);
  expect(await namesIn(path.dirname(file))).toEqual([
    'database.journal-000000000001.ndjson',
    'database.json',
  ]);
  await store.close();
});

test('flush writes nothing when nothing changed, and close stops following changes', async () => {
  const file = path.join(folder, 'database.json');
  const store = attachFileStore(fixture.engine, file);
  await store.flush();
  expect(store.stats().journalBytes).toBe(0);
  fixture.engine.createCollection('coupons');
  await store.close();
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
  await writeFile(damaged, '{"format":"diandan-local-database","version":2,"collections":[{"name":"x"');
  expect(() => loadInto(engine, damaged)).toThrow(/cannot read the saved database/);
  await writeFile(damaged, JSON.stringify({ format: 'something-else' }));
  expect(() => loadInto(engine, damaged)).toThrow(/not a saved local database/);
  expect(engine.collectionNames()).toEqual(['kept']);
});

test('a store saved before the journal existed (one JSON file, version 1) still loads', async () => {
  const file = path.join(folder, 'database.json');
  const legacy = {
    format: 'diandan-local-database',
    version: 1,
    collections: [{ name: 'products', indexes: [], documents: [{ _id: 'p1', stock: { $numberInt: '2' } }] }],
  };
  await writeFile(file, JSON.stringify(legacy, null, 1));
  const engine = freshEngine();
  expect(loadInto(engine, file)).toBe(true);
  expect(engine.find('products')).toEqual([{ _id: 'p1', stock: 2 }]);
});

test('a write a watcher makes in reply to a commit is replayed after that commit', async () => {
  const file = path.join(folder, 'database.json');
  const store = attachFileStore(fixture.engine, file);
  await store.compact();
  const stop = fixture.engine.onChange((change) => {
    if (change.id === 'p1' && change.before === undefined) {
      fixture.engine.update('products', { _id: 'p1' }, { $set: { seen: true } });
    }
  });
  fixture.engine.insert('products', [{ _id: 'p1', stock: 1 }]);
  stop();
  await store.close();
  expect(fixture.engine.find('products')).toEqual([{ _id: 'p1', stock: 1, seen: true }]);
  const restored = freshEngine();
  loadInto(restored, file);
  expect(restored.find('products')).toEqual([{ _id: 'p1', stock: 1, seen: true }]);
});

/** A store of `count` products, attached and snapshotted; returns the bytes one changed document then writes. */
async function bytesOfOneChange(count: number): Promise<{ journalBytes: number; snapshotBytes: number }> {
  const engine = freshEngine();
  engine.createCollection('products');
  const products = Array.from({ length: count }, (_, index) => ({ _id: `p${index}`, stock: 5, name: 'Tea' }));
  engine.insert('products', products);
  const store = attachFileStore(engine, path.join(folder, `store-${count}`, 'database.json'));
  await store.compact();
  const before = store.stats();
  engine.update('products', { _id: 'p7' }, { $inc: { stock: -1 } });
  await store.flush();
  const after = store.stats();
  await store.close();
  return {
    journalBytes: after.journalBytes - before.journalBytes,
    snapshotBytes: after.snapshotBytes - before.snapshotBytes,
  };
}

test('a save writes what changed, whatever the size of the store', async () => {
  const small = await bytesOfOneChange(100);
  const large = await bytesOfOneChange(10_000);
  expect(large).toEqual(small);
  expect(large.snapshotBytes).toBe(0);
  expect(large.journalBytes).toBeGreaterThan(0);
  expect(large.journalBytes).toBeLessThan(200); // one line: {"sequence":…,"writes":[{…p7…}]}
});

test('the journal is compacted into a snapshot once it outgrows it, dropping older journal files', async () => {
  const file = path.join(folder, 'database.json');
  const store = attachFileStore(fixture.engine, file, { compactAtBytes: 2_000 });
  await store.compact();
  for (let round = 0; round < 60; round += 1) {
    fixture.engine.insert('products', [{ _id: `p${round}`, name: 'Green tea', round }]);
  }
  await store.flush(); // over the threshold: starts a compaction
  await store.compact(); // joins it
  expect(store.stats().snapshots).toBe(2);
  expect(journalFiles(file)).toEqual([]);
  fixture.engine.update('products', { _id: 'p3' }, { $set: { name: 'Oolong' } });
  await store.close();
  expect(journalFiles(file)).toHaveLength(1);
  const restored = freshEngine();
  loadInto(restored, file);
  expect(restored.count('products')).toBe(60);
  expect(restored.find('products', { _id: 'p3' })[0]?.name).toBe('Oolong');
});

test('finished orders older than 30 days are dropped when the store starts; open and recent ones stay', async () => {
  const nowMs = Date.parse('2026-06-01T00:00:00Z');
  const daysAgo = (days: number) => new Date(nowMs - days * 24 * 60 * 60 * 1000);
  fixture.engine.insert('orders', [
    { _id: 'old-completed', status: 'COMPLETED', updatedAt: daysAgo(31) },
    { _id: 'old-expired', status: 'EXPIRED', updatedAt: daysAgo(90) },
    { _id: 'old-refunded', status: 'REFUNDED', updatedAt: daysAgo(45) },
    { _id: 'old-cancelled', status: 'CANCELLED', updatedAt: daysAgo(31) },
    { _id: 'recent-completed', status: 'COMPLETED', updatedAt: daysAgo(29) },
    { _id: 'old-but-paid', status: 'PAID', updatedAt: daysAgo(100) },
    { _id: 'old-refunding', status: 'REFUNDING', updatedAt: daysAgo(100) },
  ]);
  const file = path.join(folder, 'database.json');
  const store = attachFileStore(fixture.engine, file, { now: () => nowMs });
  await store.close();
  const kept = ['old-but-paid', 'old-refunding', 'recent-completed'];
  expect(fixture.engine.find('orders', {}, { sort: { _id: 1 } }).map((order) => order._id)).toEqual(kept);
  const restored = freshEngine();
  loadInto(restored, file);
  expect(restored.find('orders', {}, { sort: { _id: 1 } }).map((order) => order._id)).toEqual(kept);
});
