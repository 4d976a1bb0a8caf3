import { type DatabaseFixture, settled, startDatabase } from './db-harness';

// Every update operator the SDK's builder emits, applied through doc().update().

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase();
});
beforeEach(() => {
  fixture.reset(['items']);
  fixture.engine.insert('items', [
    {
      _id: 'a',
      n: 10,
      name: 'Tea',
      tags: ['b', 'a'],
      nums: [5, 1, 4],
      lines: [{ k: 1 }, { k: 5 }],
      spec: { size: 'M', color: 'red' },
    },
  ]);
});
afterAll(() => fixture.close());

const _ = () => fixture.db.command;

async function updateAndRead(data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await settled(fixture.db.collection('items').doc('a').update({ data }));
  expect(result.stats.updated).toBe(1);
  const { data: doc } = await settled(fixture.db.collection('items').doc('a').get());
  return doc;
}

test('numbers: inc mul min max', async () => {
  expect(await updateAndRead({ n: _().inc(-3) })).toMatchObject({ n: 7 });
  expect(await updateAndRead({ n: _().mul(3) })).toMatchObject({ n: 21 });
  expect(await updateAndRead({ n: _().min(4), high: _().max(9) })).toMatchObject({ n: 4, high: 9 });
  expect(await updateAndRead({ n: _().max(50), counter: _().inc(1) })).toMatchObject({ n: 50, counter: 1 });
});

test('fields: set, nested set through objects, _.set of a whole object, rename, remove', async () => {
  expect(await updateAndRead({ spec: { size: 'L' } })).toMatchObject({ spec: { size: 'L', color: 'red' } });
  expect(await updateAndRead({ spec: _().set({ size: 'S' }) })).toMatchObject({ spec: { size: 'S' } });
  expect(await updateAndRead({ 'spec.weight': 250 })).toMatchObject({ spec: { size: 'S', weight: 250 } });
  const renamed = await updateAndRead({ name: _().rename('title') });
  expect(renamed).toMatchObject({ title: 'Tea' });
  expect(renamed).not.toHaveProperty('name');
  const removed = await updateAndRead({ title: _().remove(), 'spec.weight': _().remove() });
  expect(removed).not.toHaveProperty('title');
  expect(removed.spec).toEqual({ size: 'S' });
});

test('push with each, sort, slice and position', async () => {
  expect((await updateAndRead({ tags: _().push(['c']) })).tags).toEqual(['b', 'a', 'c']);
  expect((await updateAndRead({ tags: _().push({ each: ['z'], position: 0 }) })).tags).toEqual([
    'z',
    'b',
    'a',
    'c',
  ]);
  expect((await updateAndRead({ nums: _().push({ each: [3, 9], sort: -1, slice: 3 }) })).nums).toEqual([
    9, 5, 4,
  ]);
  expect((await updateAndRead({ nums: _().unshift([0]) })).nums).toEqual([0, 9, 5, 4]);
});

test('removing from arrays: pull (with a condition), pullAll, pop, shift', async () => {
  expect((await updateAndRead({ lines: _().pull({ k: _().lt(3) }) })).lines).toEqual([{ k: 5 }]);
  expect((await updateAndRead({ nums: _().pullAll([5, 4]) })).nums).toEqual([1]);
  expect((await updateAndRead({ tags: _().pop() })).tags).toEqual(['b']);
  await updateAndRead({ tags: _().push(['c', 'd']) });
  expect((await updateAndRead({ tags: _().shift() })).tags).toEqual(['c', 'd']);
});

test('addToSet adds only what is missing', async () => {
  expect((await updateAndRead({ tags: _().addToSet('c') })).tags).toEqual(['b', 'a', 'c']);
  const again = await settled(
    fixture.db
      .collection('items')
      .doc('a')
      .update({ data: { tags: _().addToSet('c') } }),
  );
  expect(again.stats.updated).toBe(0);
  // Unlike push, the SDK passes addToSet's argument through: several values go as `$each` (as the platform documents).
  expect((await updateAndRead({ tags: _().addToSet({ $each: ['a', 'd'] }) })).tags).toEqual([
    'b',
    'a',
    'c',
    'd',
  ]);
});

test('several operators in one update apply together', async () => {
  const doc = await updateAndRead({
    n: _().inc(1),
    tags: _().push(['x']),
    spec: { color: 'blue' },
    at: new Date(7),
  });
  expect(doc).toEqual({
    _id: 'a',
    n: 11,
    name: 'Tea',
    tags: ['b', 'a', 'x'],
    nums: [5, 1, 4],
    lines: [{ k: 1 }, { k: 5 }],
    spec: { size: 'M', color: 'blue' },
    at: new Date(7),
  });
});
