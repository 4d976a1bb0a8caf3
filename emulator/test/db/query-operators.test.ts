import { type DatabaseFixture, expr, settled, startDatabase } from './db-harness';

// Every query operator the SDK's builder emits, sent by the real SDK and matched by the engine.

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase(['items']);
  fixture.engine.insert('items', [
    {
      _id: 'a',
      n: 1,
      name: 'Apple',
      tags: ['fruit', 'red'],
      spec: { color: 'red', size: 'M' },
      lines: [
        { sku: 'x', qty: 1 },
        { sku: 'y', qty: 5 },
      ],
      at: new Date('2024-01-01T00:00:00Z'),
      price: 3,
      cost: 2,
    },
    {
      _id: 'b',
      n: 7,
      name: 'banana',
      tags: ['fruit'],
      spec: { color: 'yellow', size: 'L' },
      lines: [{ sku: 'x', qty: 2 }],
      at: new Date('2025-01-01T00:00:00Z'),
      price: 2,
      cost: 4,
      note: null,
    },
    {
      _id: 'c',
      n: 12,
      name: 'Cherry',
      tags: [],
      spec: { color: 'red' },
      lines: [],
      at: new Date('2026-01-01T00:00:00Z'),
    },
  ]);
});
afterAll(() => fixture.close());

async function idsWhere(condition: object): Promise<string[]> {
  const { data } = await settled(fixture.db.collection('items').where(condition).get());
  return data.map((doc) => String(doc._id)).sort();
}

const _ = () => fixture.db.command;

test('comparisons: eq neq gt gte lt lte', async () => {
  expect(await idsWhere({ n: _().eq(7) })).toEqual(['b']);
  expect(await idsWhere({ n: _().neq(7) })).toEqual(['a', 'c']);
  expect(await idsWhere({ n: _().gt(1) })).toEqual(['b', 'c']);
  expect(await idsWhere({ n: _().gte(7) })).toEqual(['b', 'c']);
  expect(await idsWhere({ n: _().lt(7) })).toEqual(['a']);
  expect(await idsWhere({ n: _().lte(7) })).toEqual(['a', 'b']);
  expect(await idsWhere({ n: _().gt(1).and(_().lt(12)) })).toEqual(['b']);
});

test('membership: in nin', async () => {
  expect(await idsWhere({ _id: _().in(['a', 'c', 'zz']) })).toEqual(['a', 'c']);
  expect(await idsWhere({ n: _().nin([1, 12]) })).toEqual(['b']);
});

test('logic: and or nor not', async () => {
  expect(await idsWhere(_().and([{ n: _().gt(1) }, { 'spec.color': 'red' }]))).toEqual(['c']);
  expect(await idsWhere(_().or([{ n: 1 }, { n: 12 }]))).toEqual(['a', 'c']);
  expect(await idsWhere({ n: _().lt(2).or(_().gt(10)) })).toEqual(['a', 'c']);
  expect(await idsWhere(_().nor([{ n: 1 }, { n: 7 }]))).toEqual(['c']);
  expect(await idsWhere({ n: _().not(_().gt(5)) })).toEqual(['a']);
});

test('element and array: exists size all elemMatch', async () => {
  expect(await idsWhere({ note: _().exists(true) })).toEqual(['b']);
  expect(await idsWhere({ price: _().exists(false) })).toEqual(['c']);
  expect(await idsWhere({ tags: _().size(0) })).toEqual(['c']);
  expect(await idsWhere({ tags: _().all(['fruit', 'red']) })).toEqual(['a']);
  expect(await idsWhere({ lines: _().elemMatch({ sku: 'x', qty: _().gte(2) }) })).toEqual(['b']);
  expect(await idsWhere({ tags: 'red' })).toEqual(['a']);
});

test('paths: dot paths, nested objects (flattened by the SDK), whole-object equality', async () => {
  expect(await idsWhere({ 'spec.color': 'red' })).toEqual(['a', 'c']);
  expect(await idsWhere({ spec: { color: 'red', size: 'M' } })).toEqual(['a']);
  expect(await idsWhere({ spec: _().eq({ color: 'red' }) })).toEqual(['c']);
  expect(await idsWhere({ 'lines.sku': 'y' })).toEqual(['a']);
  expect(await idsWhere({ 'lines.0.qty': 2 })).toEqual(['b']);
});

test('regular expressions: db.RegExp and a JavaScript RegExp', async () => {
  expect(await idsWhere({ name: fixture.db.RegExp({ regexp: '^[ab]', options: 'i' }) })).toEqual(['a', 'b']);
  expect(await idsWhere({ name: /^b/ })).toEqual(['b']);
  expect(await idsWhere({ name: /rr/i })).toEqual(['c']);
});

test('dates compare as dates', async () => {
  expect(await idsWhere({ at: _().gt(new Date('2024-06-01T00:00:00Z')) })).toEqual(['b', 'c']);
  expect(await idsWhere({ at: new Date('2025-01-01T00:00:00Z') })).toEqual(['b']);
  expect(await idsWhere({ at: _().in([new Date('2026-01-01T00:00:00Z')]) })).toEqual(['c']);
});

test('expr compares fields of the same document', async () => {
  const $ = _().aggregate;
  expect(await idsWhere(expr(fixture.db, $.gt(['$price', '$cost'])))).toEqual(['a']);
  expect(await idsWhere(expr(fixture.db, $.eq([$.size('$tags'), 1])))).toEqual(['b']);
});
