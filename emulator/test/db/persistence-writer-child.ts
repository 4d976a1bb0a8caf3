// A process that commits to a dev store as fast as it can until it is killed; the persistence test kills it.
// Every commit inserts `d<n>` and, in one multi-document write, bumps two counters that must stay equal.
import { TestClock } from '../../src/clock';
import { DatabaseEngine } from '../../src/db';
import { attachFileStore, loadInto } from '../../src/db/persistence';

async function main(): Promise<void> {
  const [filePath = ''] = process.argv.slice(2);
  const engine = new DatabaseEngine({ clock: new TestClock() });
  if (!loadInto(engine, filePath)) {
    engine.createCollection('items');
    engine.createCollection('counters');
    engine.insert('counters', [
      { _id: 'a', value: 0 },
      { _id: 'b', value: 0 },
    ]);
  }
  // A small compaction threshold makes snapshots happen while commits keep coming.
  const store = attachFileStore(engine, filePath, { debounceMs: 1, compactAtBytes: 16 * 1024 });
  await store.compact(); // the first snapshot, written when the store starts
  for (let n = 1; ; n += 1) {
    engine.insert('items', [{ _id: `d${n}`, n, note: 'x'.repeat(n % 50) }]);
    engine.update('counters', {}, { $inc: { value: 1 } }, { multi: true });
    if (n % 25 === 0) {
      await store.flush();
      process.stdout.write(`flushed ${n}\n`);
    }
  }
}

void main();
