import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_DIRECTORY, DatabaseDefinitionError, loadDatabaseDefinition } from './load';

/** A scratch copy of the real definition's JSON files, to break one thing at a time. */
function copyDefinition(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'database-definition-'));
  for (const folder of ['collections', 'seed']) {
    fs.cpSync(path.join(DATABASE_DIRECTORY, folder), path.join(dir, folder), { recursive: true });
  }
  return dir;
}

function readJson(dir: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

function writeJson(dir: string, file: string, content: unknown): void {
  fs.writeFileSync(path.join(dir, file), JSON.stringify(content, null, 2));
}

/** Changes one JSON file of the copy in place. */
function edit<T>(dir: string, file: string, change: (content: T) => void): void {
  const content = readJson(dir, file) as T;
  change(content);
  writeJson(dir, file, content);
}

/** The problems a broken definition is refused with (fails the test if it loads). */
function problemsOf(dir: string): readonly string[] {
  try {
    loadDatabaseDefinition(dir);
  } catch (error) {
    if (error instanceof DatabaseDefinitionError) return error.problems;
    throw error;
  }
  throw new Error(`the definition in ${dir} loaded although it is broken`);
}

type Doc = Record<string, unknown>;

let scratch: string;
beforeEach(() => {
  scratch = copyDefinition();
});
afterEach(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('the real definition', () => {
  test('loads every collection with its schema, rules and indexes', () => {
    const definition = loadDatabaseDefinition();
    const names = definition.collections.map((collection) => collection.name).sort();
    expect(names).toEqual(
      [
        'addresses',
        'audit_log',
        'carts',
        'categories',
        'counters',
        'coupons',
        'invoices',
        'members',
        'orders',
        'products',
        'refunds',
        'skus',
        'staff',
        'staff_codes',
        'stats',
        'stores',
        'subscriptions',
        'tables',
        'user_coupons',
      ].sort(),
    );
    const orders = definition.collections.find((collection) => collection.name === 'orders');
    expect(orders?.rules).toEqual({
      read: 'doc._openid == auth.openid || get(`database.staff.${doc.storeId}_${auth.openid}`).isActive == true',
      write: false,
    });
    expect(orders?.indexes.map((index) => index.name)).toEqual(
      expect.arrayContaining(['openid_created', 'store_status_created', 'status_expires']),
    );
  });

  test('a copy of it loads too, so the failures below come from the one thing each test breaks', () => {
    expect(loadDatabaseDefinition(scratch).seeds.demo?.products?.length).toBeGreaterThanOrEqual(30);
  });

  test('seed dates written as {"$date": …} arrive as Date objects', () => {
    const [store] = loadDatabaseDefinition().seeds.demo?.stores ?? [];
    expect(store?.createdAt).toBeInstanceOf(Date);
    expect((store?.createdAt as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('a broken definition is refused with the file named', () => {
  test('a seed document that breaks its schema', () => {
    edit<Doc[]>(scratch, 'seed/demo/skus.json', (skus) => {
      if (skus[0]) skus[0].priceFen = 12.5;
    });
    expect(problemsOf(scratch)).toContainEqual(
      expect.stringMatching(
        /^seed\/demo\/skus\.json: \[0\] "sku-americano-medium" \/priceFen must be integer$/,
      ),
    );
  });

  test('a seed document with a field its schema does not declare', () => {
    edit<Doc[]>(scratch, 'seed/demo/tables.json', (tables) => {
      if (tables[1]) tables[1].colour = 'red';
    });
    expect(problemsOf(scratch)).toContainEqual(expect.stringContaining('seed/demo/tables.json: [1]'));
    expect(problemsOf(scratch).join('\n')).toContain('unknown field "colour"');
  });

  test('a missing rules file', () => {
    fs.rmSync(path.join(scratch, 'collections/orders.rules.json'));
    expect(problemsOf(scratch)).toContainEqual(
      expect.stringMatching(/^collections\/orders\.rules\.json: is missing/),
    );
  });

  test('an index on a field the schema does not declare', () => {
    edit<Array<{ keys: Array<{ name: string; direction: number }> }>>(
      scratch,
      'collections/orders.indexes.json',
      (indexes) => {
        indexes[0]?.keys.push({ name: 'customerPhone', direction: 1 });
      },
    );
    expect(problemsOf(scratch)).toEqual([
      'collections/orders.indexes.json: index "openid_created" uses field "customerPhone", which the schema does not declare',
    ]);
  });

  test('an index may reach into array elements (lines.skuId) but not past a leaf', () => {
    edit<unknown[]>(scratch, 'collections/orders.indexes.json', (indexes) => {
      indexes.push({ name: 'line_sku', keys: [{ name: 'lines.skuId', direction: 1 }] });
      indexes.push({ name: 'too_deep', keys: [{ name: 'lines.skuId.x', direction: 1 }] });
    });
    expect(problemsOf(scratch)).toEqual([
      'collections/orders.indexes.json: index "too_deep" uses field "lines.skuId.x", which the schema does not declare',
    ]);
  });

  test('an unknown rule key, and an expression outside the subset', () => {
    writeJson(scratch, 'collections/carts.rules.json', {
      reed: true,
      read: 'auth.uid == doc._openid',
      write: false,
    });
    const problems = problemsOf(scratch);
    expect(problems).toContainEqual(
      expect.stringMatching(/^collections\/carts\.rules\.json: unknown rule key "reed"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^collections\/carts\.rules\.json: rule "read" is outside the supported expression subset/,
      ),
    );
  });

  test('a rule that reads a field the schema does not declare', () => {
    writeJson(scratch, 'collections/refunds.rules.json', {
      read: 'doc.ownerOpenid == auth.openid',
      write: false,
    });
    expect(problemsOf(scratch)).toEqual([
      'collections/refunds.rules.json: rule "read" reads doc.ownerOpenid, which the schema does not declare',
    ]);
  });

  test('a SKU whose product does not exist', () => {
    edit<Doc[]>(scratch, 'seed/demo/skus.json', (skus) => {
      if (skus[2]) skus[2].productId = 'prod-ghost';
    });
    expect(problemsOf(scratch)).toContainEqual(
      expect.stringMatching(
        /^seed\/demo\/skus\.json: \[2\] "[^"]+" productId "prod-ghost" names no document in products$/,
      ),
    );
  });

  test('a product whose category does not exist', () => {
    edit<Doc[]>(scratch, 'seed/demo/products.json', (products) => {
      if (products[0]) products[0].categoryId = 'cat-ghost';
    });
    expect(problemsOf(scratch)).toEqual([
      'seed/demo/products.json: [0] "prod-americano" categoryId "cat-ghost" names no document in categories',
    ]);
  });

  test('a product missing one of its sizes, and a SKU in another store than its product', () => {
    edit<Doc[]>(scratch, 'seed/demo/skus.json', (skus) => {
      const large = skus.findIndex((sku) => sku._id === 'sku-latte-large');
      skus.splice(large, 1);
      skus.push({ ...skus[0], _id: 'sku-elsewhere', storeId: 'store-ghost', specs: { size: 'large' } });
      skus.splice(0, 1);
    });
    const problems = problemsOf(scratch);
    expect(problems).toContainEqual(
      'seed/demo/products.json: [1] "prod-latte" needs 2 SKU(s), one per size combination, but has 1',
    );
    expect(problems).toContainEqual(
      expect.stringContaining('"sku-elsewhere" storeId "store-ghost" names no document'),
    );
    expect(problems).toContainEqual(expect.stringContaining('"sku-elsewhere" is in store "store-ghost"'));
  });

  test('a time written as a plain string instead of {"$date": …}', () => {
    edit<Doc[]>(scratch, 'seed/demo/categories.json', (categories) => {
      if (categories[0]) categories[0].updatedAt = '2026-01-01T00:00:00Z';
    });
    expect(problemsOf(scratch)).toEqual([
      'seed/demo/categories.json: [0] "cat-coffee" /updatedAt is a time written as a plain string: write {"$date": "2026-01-01T00:00:00Z"}',
    ]);
  });

  test('money declared as a non-integer in a schema', () => {
    edit<{ properties: Record<string, unknown> }>(scratch, 'collections/skus.schema.json', (schema) => {
      schema.properties.priceFen = { type: 'number' };
    });
    expect(problemsOf(scratch)).toContainEqual(
      'collections/skus.schema.json: "priceFen" is money: it must be an integer with "minimum" of 0 or more',
    );
  });

  test('a seed file for a collection that is not defined, and unreadable JSON', () => {
    writeJson(scratch, 'seed/demo/reviews.json', []);
    fs.writeFileSync(path.join(scratch, 'collections/tables.indexes.json'), '[{');
    const problems = problemsOf(scratch);
    expect(problems).toContainEqual(
      'seed/demo/reviews.json: there is no collection "reviews" in collections/',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^collections\/tables\.indexes\.json: cannot be read as JSON/),
    );
  });

  test('every problem is listed in the one error, not just the first', () => {
    fs.rmSync(path.join(scratch, 'collections/counters.indexes.json'));
    edit<Doc[]>(scratch, 'seed/demo/stores.json', (stores) => {
      if (stores[0]) stores[0].packagingFeeFen = -100;
    });
    expect(() => loadDatabaseDefinition(scratch)).toThrow(DatabaseDefinitionError);
    expect(() => loadDatabaseDefinition(scratch)).toThrow(
      /has 2 problems:\n {2}- collections\/counters\.indexes\.json: is missing[^\n]*\n {2}- seed\/demo\/stores\.json: \[0\] "store-demo" \/packagingFeeFen must be >= 0$/,
    );
  });
});
