import { deepCopy } from '../../src/db/ejson';
import { runIndexedPipeline } from '../../src/db/indexed-pipeline';
import { runPipeline } from '../../src/db/query-engine';
import { type DatabaseFixture, expr, settled, startDatabase, subPipeline } from './db-harness';
import { buildStore, CASES, index } from './indexed-lookup-cases';

// `$lookup` and a leading `$match` read through indexes; every answer must equal the whole-collection reading.

test('an expression that fails in a join fails the same way', () => {
  const store = buildStore();
  const pipeline = CASES['pipeline with a variable that is missing for some rows']?.pipeline.slice(1) ?? [];
  const wholeCollections = () =>
    runPipeline(store.documents('stores'), pipeline, (name) => deepCopy(store.documents(name)));
  expect(wholeCollections).toThrow('$in arg2 <array>');
  expect(() => runIndexedPipeline(store, 'stores', pipeline)).toThrow('$in arg2 <array>');
});

test.each(Object.entries(CASES))(
  '%s: the same rows as reading whole collections',
  (_, { from, pipeline }) => {
    const store = buildStore();
    const before = deepCopy(store.documents(from));
    const wholeCollections = runPipeline(deepCopy(store.documents(from)), deepCopy(pipeline), (name) =>
      deepCopy(store.documents(name)),
    );
    let examined = 0;
    const indexed = runIndexedPipeline(store, from, deepCopy(pipeline), (count) => {
      examined += count;
    });
    expect(indexed).toEqual(wholeCollections);
    expect(examined).toBeGreaterThan(0);
    expect(store.documents(from)).toEqual(before);
  },
);

test('the checkout lookups read a handful of carts out of thousands, and nothing stored changes', async () => {
  const fixture: DatabaseFixture = await startDatabase(['stores', 'carts']);
  fixture.engine.defineIndexes('carts', [{ ...index('store_openid', 'storeId', '_openid'), unique: true }]);
  fixture.engine.insert('stores', [{ _id: 's1' }, { _id: 's2' }]);
  fixture.engine.insert(
    'carts',
    Array.from({ length: 2_000 }, (_, n) => ({
      _id: `s${1 + (n % 2)}_u${n}`,
      storeId: `s${1 + (n % 2)}`,
      _openid: `u${n}`,
    })),
  );
  const $ = fixture.db.command.aggregate;
  fixture.engine.resetStats();
  const result = (await settled(
    fixture.db
      .collection('stores')
      .aggregate()
      .match({ _id: 's1' })
      .lookup({
        from: 'carts',
        let: { storeId: '$_id' },
        pipeline: subPipeline(fixture.db)
          .match(expr(fixture.db, $.eq(['$storeId', '$$storeId'])))
          .match({ _id: 's1_u42', _openid: 'u42' })
          .done(),
        as: 'carts',
      })
      .end(),
  )) as { list: Array<{ carts: unknown[] }> };
  expect(result.list).toEqual([{ _id: 's1', carts: [{ _id: 's1_u42', storeId: 's1', _openid: 'u42' }] }]);
  expect(fixture.engine.documentsExamined()).toBe(2); // the store by _id, the cart by _id
  expect(fixture.engine.count('carts')).toBe(2_000);
  await fixture.close();
});
