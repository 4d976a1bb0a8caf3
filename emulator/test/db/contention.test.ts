import { type DatabaseFixture, runTransaction, settled, startDatabase } from './db-harness';

// Concurrency the way a shop sees it: many customers buying the last units of one SKU at the same moment.

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase();
});
beforeEach(() => {
  fixture.reset(['products']);
  fixture.engine.insert('products', [{ _id: 'sku-1', stock: 20 }]);
});
afterAll(() => fixture.close());

/** Watches every committed stock value of sku-1. */
function recordStockHistory(): number[] {
  const history: number[] = [];
  fixture.engine.onChange((change) => {
    if (change.id === 'sku-1' && change.after) history.push(change.after.stock as number);
  });
  return history;
}

/** One customer: read the stock, refuse when empty, else take one unit — in a transaction. */
function buyOne(): Promise<unknown> {
  const _ = fixture.db.command;
  return runTransaction(fixture.db, async (tx) => {
    const { data } = await tx.collection('products').doc('sku-1').get();
    if (!data || (data.stock as number) < 1) return tx.rollback('OUT_OF_STOCK');
    await tx
      .collection('products')
      .doc('sku-1')
      .update({ data: { stock: _.inc(-1) } });
    return 'BOUGHT';
  });
}

/** The SDK retries a conflict 3 times; under this much contention a caller must try again after that. */
async function buyOneRetryingConflicts(maxAttempts = 100): Promise<'BOUGHT' | 'OUT_OF_STOCK'> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      return (await buyOne()) as 'BOUGHT';
    } catch (reason) {
      if (reason === 'OUT_OF_STOCK') return reason;
      if ((reason as { code?: string }).code !== 'DATABASE_TRANSACTION_CONFLICT') throw reason;
    }
  }
  throw new Error(`no decision after ${maxAttempts} attempts`);
}

// Each transaction is four SDK requests and every round lets one of the crowd through, so the work grows with
// customers × units: 25 for 8 keeps the same races at a quarter of the cost of 50 for 20.
test('25 concurrent transactions for 8 units: exactly 8 succeed, stock ends at 0 and never goes below', async () => {
  fixture.engine.update('products', { _id: 'sku-1' }, { $set: { stock: 8 } });
  const history = recordStockHistory();
  fixture.engine.resetStats();
  const outcomes = await Promise.all(Array.from({ length: 25 }, () => buyOneRetryingConflicts()));
  expect(outcomes.filter((outcome) => outcome === 'BOUGHT')).toHaveLength(8);
  expect(outcomes.filter((outcome) => outcome === 'OUT_OF_STOCK')).toHaveLength(17);
  expect(fixture.engine.find('products', { _id: 'sku-1' })[0]?.stock).toBe(0);
  // Every commit took exactly one unit: 7, 6, …, 0.
  expect(history).toEqual(Array.from({ length: 8 }, (_, i) => 7 - i));
  // Conflicts really happened and were retried (more transactions than customers).
  expect(fixture.engine.stats().byOperation['database.startTransaction']).toBeGreaterThan(25);
  expect(fixture.engine.openTransactionCount()).toBe(0);
});

test('50 concurrent conditional updates for 20 units: exactly 20 take one', async () => {
  const _ = fixture.db.command;
  const history = recordStockHistory();
  const results = await Promise.all(
    Array.from({ length: 50 }, () =>
      settled(
        fixture.db
          .collection('products')
          .where({ _id: 'sku-1', stock: _.gte(1) })
          .update({ data: { stock: _.inc(-1) } }),
      ),
    ),
  );
  expect(results.filter((result) => result.stats.updated === 1)).toHaveLength(20);
  expect(results.filter((result) => result.stats.updated === 0)).toHaveLength(30);
  expect(fixture.engine.find('products', { _id: 'sku-1' })[0]?.stock).toBe(0);
  expect(Math.min(...history)).toBe(0);
});

test('conditional updates of 3 units each stop while 2 remain', async () => {
  const _ = fixture.db.command;
  const results = await Promise.all(
    Array.from({ length: 10 }, () =>
      settled(
        fixture.db
          .collection('products')
          .where({ _id: 'sku-1', stock: _.gte(3) })
          .update({ data: { stock: _.inc(-3) } }),
      ),
    ),
  );
  expect(results.filter((result) => result.stats.updated === 1)).toHaveLength(6);
  expect(fixture.engine.find('products', { _id: 'sku-1' })[0]?.stock).toBe(2);
});
