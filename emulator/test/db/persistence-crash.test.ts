import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseEngine, DatabaseSnapshot } from '../../src/db';
import { attachFileStore, loadInto } from '../../src/db/persistence';
import { type DatabaseFixture, startDatabase } from './db-harness';
import { contentOf, copyWithJournalCut, freshEngine, loadedState, onlyJournal } from './persistence-fixtures';

// A dev store cut short, by a torn journal or a killed writer, still loads everything committed before the cut.

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

/** Commits of every kind, each followed by the state it leaves (what a load must give after its line). */
function commitEverything(engine: DatabaseEngine): DatabaseSnapshot[] {
  const states: DatabaseSnapshot[] = [];
  const after = (commit: () => unknown) => {
    commit();
    states.push(engine.exportSnapshot());
  };
  after(() => engine.createCollection('carts'));
  after(() =>
    engine.defineIndexes('carts', [{ name: 'owner', keys: [{ name: 'owner', direction: 1 }], unique: true }]),
  );
  for (let index = 0; index < 8; index += 1) {
    after(() =>
      engine.insert('carts', [{ _id: `c${index}`, owner: `u${index}`, at: new Date(index * 1000) }]),
    );
  }
  after(() => engine.update('carts', {}, { $set: { note: '点单 ☕' } }, { multi: true }));
  after(() => engine.remove('carts', { _id: 'c3' }));
  after(() => engine.insert('products', [{ _id: 'p1', priceFen: 1200, weight: 0.25 }]));
  after(() => engine.update('products', { _id: 'p1' }, { $inc: { priceFen: 100 } }));
  return states;
}

test('a journal cut at any byte loads everything committed before the cut, and nothing half-written', async () => {
  const file = path.join(folder, 'database.json');
  const store = attachFileStore(fixture.engine, file);
  await store.compact();
  const base = fixture.engine.exportSnapshot();
  const states = commitEverything(fixture.engine);
  await store.close();
  const journal = onlyJournal(file);
  const text = await readFile(journal);
  const lineEnds = [...text.keys()].filter((offset) => text[offset] === 0x0a).map((offset) => offset + 1);
  expect(lineEnds).toHaveLength(states.length);

  const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const copy = await copyWithJournalCut(file, text, path.basename(journal), 0);
  const copiedJournal = path.join(path.dirname(copy), path.basename(journal));
  // Every line boundary and the bytes either side of it, and every 13th byte in between.
  const cuts = new Set([0, text.length, ...lineEnds.flatMap((end) => [end - 1, end, end + 1])]);
  for (let offset = 0; offset < text.length; offset += 13) cuts.add(offset);
  const cutOffsets = [...cuts].filter((offset) => offset >= 0 && offset <= text.length);
  for (const keepBytes of cutOffsets) {
    writeFileSync(copiedJournal, text.subarray(0, keepBytes));
    const wholeLines = lineEnds.filter((end) => end <= keepBytes).length;
    const expected = wholeLines === 0 ? base : states[wholeLines - 1];
    expect([keepBytes, contentOf(loadedState(copy))]).toEqual([keepBytes, contentOf(expected ?? base)]);
  }
  const tornCuts = cutOffsets.filter((offset) => offset !== 0 && !lineEnds.includes(offset)).length;
  expect(warnings).toHaveBeenCalledTimes(tornCuts); // each cut inside a line is reported, never applied
  warnings.mockRestore();
  await rm(path.dirname(copy), { recursive: true, force: true });
}, 30_000); // a few hundred loads

test('a writer killed mid-save leaves a store that loads every commit it had flushed, each whole', async () => {
  const file = path.join(folder, 'database.json');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'persistence-writer-child.ts'), file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let flushed = 0;
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === null ? resolve() : reject(new Error(`writer exited with ${code}`))));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const match of chunk.matchAll(/flushed (\d+)/g)) flushed = Number(match[1]);
      if (flushed >= 300 && child.exitCode === null) child.kill('SIGKILL');
    });
  });
  expect(flushed).toBeGreaterThanOrEqual(300);

  const restored = freshEngine();
  expect(loadInto(restored, file)).toBe(true);
  const numbers = restored.find('items', {}, { limit: 1_000_000 }).map((item) => Number(item.n));
  const highest = Math.max(...numbers);
  expect(highest).toBeGreaterThanOrEqual(flushed);
  expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: highest }, (_, index) => index + 1));
  const counters = restored.find('counters', {}, { sort: { _id: 1 } }).map((counter) => counter.value);
  expect(counters[0]).toBe(counters[1]); // one multi-document write is all or nothing
  expect([highest - 1, highest]).toContain(counters[0]);
}, 30_000); // starts a TypeScript child process
