import { CommittedStore } from '../../src/db/committed-store';
import type { IndexSpec, StoredDocument } from '../../src/db/document-store';

// A small store with declared indexes, and pipelines that read it every way `$lookup` and `$match` can.

/** A non-unique index on `fields`. */
export const index = (name: string, ...fields: string[]): IndexSpec => ({
  name,
  keys: fields.map((field) => ({ name: field, direction: 1 as const })),
});

/** Five collections with indexes; one document moved by an update, one by a removal and re-insert. */
export function buildStore(): CommittedStore {
  const store = new CommittedStore();
  const collections: Record<string, { indexes: IndexSpec[]; documents: StoredDocument[] }> = {
    stores: {
      indexes: [],
      documents: [
        { _id: 's1', name: 'Café', wanted: ['p2', 'p1', 'p9'], code: 'T1', count: 1 },
        { _id: 's2', name: 'Tea', wanted: [], code: 'x', count: '1' },
        { _id: 's3', name: 'None' },
        { _id: 's4', name: 'Dated', since: new Date(0), wanted: 'p3' },
      ],
    },
    carts: {
      indexes: [index('store_openid', 'storeId', '_openid')],
      documents: [
        { _id: 's1_u1', storeId: 's1', _openid: 'u1', items: [{ productId: 'p1' }, { productId: 'p2' }] },
        { _id: 's1_u2', storeId: 's1', _openid: 'u2', items: [] },
        { _id: 's2_u1', storeId: 's2', _openid: 'u1', items: [{ productId: 'p3' }] },
        { _id: 'loose', _openid: 'u3' },
        { _id: 'tagged', storeId: ['s1', 's2'], _openid: 'u4' },
      ],
    },
    products: {
      indexes: [index('store_category', 'storeId', 'categoryId'), index('tags', 'tags')],
      documents: [
        { _id: 'p3', storeId: 's2', categoryId: 'c1', tags: ['hot'], rank: 1 },
        { _id: 'p1', storeId: 's1', categoryId: 'c1', tags: ['hot', 'new'], rank: 2 },
        { _id: 'p2', storeId: 's1', categoryId: 'c2', tags: [], rank: '2' },
        { _id: 'p4', storeId: 's1', categoryId: null, rank: 1 },
        { _id: 'p5', categoryId: 'c1' },
      ],
    },
    tables: {
      indexes: [index('store_code', 'storeId', 'code')],
      documents: [
        { _id: 't1', storeId: 's1', code: 'T1' },
        { _id: 'T1', storeId: 's2', code: 'T9' },
        { _id: 't3', storeId: 's1', code: 'T3' },
      ],
    },
    lines: {
      indexes: [index('product', 'item.productId')],
      documents: [
        { _id: 'l1', item: { productId: 'p1' }, qty: 1 },
        { _id: 'l2', item: [{ productId: 'p2' }, { productId: 'p1' }], qty: 2 },
        { _id: 'l3', item: { productId: 1 }, qty: 3 },
      ],
    },
  };
  for (const [name, { indexes, documents }] of Object.entries(collections)) {
    store.create(name);
    store.defineIndexes(name, indexes);
    store.apply(documents.map((doc) => ({ collection: name, id: doc._id, after: doc })));
  }
  // An update keeps a document's place; a removal and re-insert moves it to the end.
  store.apply([
    {
      collection: 'products',
      id: 'p3',
      after: { ...(store.get('products', 'p3')?.doc ?? { _id: 'p3' }), rank: 5 },
    },
  ]);
  store.apply([{ collection: 'tables', id: 't1', after: undefined }]);
  store.apply([{ collection: 'tables', id: 't1', after: { _id: 't1', storeId: 's1', code: 'T1' } }]);
  return store;
}

const lookup = (spec: Record<string, unknown>) => ({ $lookup: spec });
const sameStore = { $expr: { $eq: ['$storeId', '$$storeId'] } };

/** Each case: the collection it runs on and its pipeline. */
export const CASES: Record<string, { from: string; pipeline: Array<Record<string, unknown>> }> = {
  'localField on _id, array of ids': {
    from: 'stores',
    pipeline: [lookup({ from: 'products', localField: 'wanted', foreignField: '_id', as: 'products' })],
  },
  'localField on an indexed field': {
    from: 'stores',
    pipeline: [lookup({ from: 'products', localField: '_id', foreignField: 'storeId', as: 'menu' })],
  },
  'localField on an unindexed field': {
    from: 'stores',
    pipeline: [lookup({ from: 'tables', localField: 'code', foreignField: 'code', as: 'tables' })],
  },
  'localField missing matches foreign documents without the field': {
    from: 'stores',
    pipeline: [lookup({ from: 'products', localField: 'none', foreignField: 'storeId', as: 'orphans' })],
  },
  'localField of mixed types (1 and "1")': {
    from: 'stores',
    pipeline: [lookup({ from: 'products', localField: 'count', foreignField: 'rank', as: 'ranked' })],
  },
  'localField scalar into a foreign array field': {
    from: 'stores',
    pipeline: [
      { $addFields: { tag: 'hot' } },
      lookup({ from: 'products', localField: 'tag', foreignField: 'tags', as: 'hot' }),
    ],
  },
  'localField through an unwound array, dotted foreign field through arrays': {
    from: 'carts',
    pipeline: [
      { $unwind: '$items' },
      lookup({ from: 'lines', localField: 'items.productId', foreignField: 'item.productId', as: 'lines' }),
      { $project: { lines: 1 } },
    ],
  },
  'localField holding a Date': {
    from: 'stores',
    pipeline: [lookup({ from: 'products', localField: 'since', foreignField: 'storeId', as: 'x' })],
  },
  'checkout cart: $expr on storeId, then _id and _openid, limit 1': {
    from: 'stores',
    pipeline: [
      { $match: { _id: 's1' } },
      lookup({
        from: 'carts',
        let: { storeId: '$_id' },
        pipeline: [sameStore, { $match: { _id: 's1_u1', _openid: 'u1' } }, { $limit: 1 }].map((stage) =>
          '$expr' in stage ? { $match: stage } : stage,
        ),
        as: 'carts',
      }),
    ],
  },
  'checkout products: $and of $eq storeId and $in _id': {
    from: 'stores',
    pipeline: [
      lookup({
        from: 'products',
        let: { storeId: '$_id', ids: '$wanted' },
        pipeline: [
          { $match: { $expr: { $and: [{ $eq: ['$storeId', '$$storeId'] }, { $in: ['$_id', '$$ids'] }] } } },
        ],
        as: 'products',
      }),
    ],
  },
  'checkout table: $expr on storeId, then $or of code and _id': {
    from: 'stores',
    pipeline: [
      lookup({
        from: 'tables',
        let: { storeId: '$_id' },
        pipeline: [
          { $match: sameStore },
          { $match: { $or: [{ code: 'T1' }, { _id: 'T1' }] } },
          { $limit: 1 },
        ],
        as: 'tables',
      }),
    ],
  },
  'pipeline with a variable that is missing for some rows': {
    from: 'stores',
    pipeline: [
      { $match: { _id: { $ne: 's4' } } },
      lookup({
        from: 'products',
        let: { ids: '$wanted' },
        pipeline: [{ $match: { $expr: { $in: ['$_id', { $ifNull: ['$$ids', []] }] } } }],
        as: 'products',
      }),
    ],
  },
  'pipeline with a constant equality and a stage that writes': {
    from: 'stores',
    pipeline: [
      lookup({
        from: 'products',
        pipeline: [{ $match: { storeId: 's1', tags: 'hot' } }, { $addFields: { storeId: 'changed' } }],
        as: 'hot',
      }),
    ],
  },
  'pipeline matching an indexed array field by $in': {
    from: 'stores',
    pipeline: [
      lookup({
        from: 'products',
        pipeline: [{ $match: { tags: { $in: ['new', 'none'] } } }, { $project: { _id: 1 } }],
        as: 'fresh',
      }),
    ],
  },
  'pipeline whose store field is an array in one cart': {
    from: 'stores',
    pipeline: [
      lookup({ from: 'carts', let: { storeId: '$_id' }, pipeline: [{ $match: sameStore }], as: 'exprCarts' }),
      lookup({ from: 'carts', pipeline: [{ $match: { storeId: 's2' } }], as: 'queryCarts' }),
    ],
  },
  'pipeline with a Date variable and a numeric one': {
    from: 'stores',
    pipeline: [
      lookup({
        from: 'products',
        let: { since: '$since', count: '$count' },
        pipeline: [
          { $match: { $expr: { $or: [{ $eq: ['$rank', '$$count'] }, { $eq: ['$storeId', '$$since'] }] } } },
        ],
        as: 'x',
      }),
      lookup({
        from: 'products',
        let: { count: '$count' },
        pipeline: [{ $match: { $expr: { $eq: ['$rank', '$$count'] } } }],
        as: 'y',
      }),
    ],
  },
  'a lookup inside a lookup': {
    from: 'stores',
    pipeline: [
      lookup({
        from: 'carts',
        let: { storeId: '$_id' },
        pipeline: [
          { $match: sameStore },
          lookup({ from: 'products', localField: 'items.productId', foreignField: '_id', as: 'products' }),
        ],
        as: 'carts',
      }),
    ],
  },
  'localField and a pipeline together': {
    from: 'stores',
    pipeline: [
      lookup({
        from: 'products',
        localField: '_id',
        foreignField: 'storeId',
        pipeline: [{ $project: { _id: 1 } }],
        as: 'both',
      }),
    ],
  },
  'a leading $match on an indexed field, then a lookup and a group': {
    from: 'products',
    pipeline: [
      { $match: { storeId: 's1' } },
      { $match: { rank: { $gte: 1 } } },
      lookup({ from: 'stores', localField: 'storeId', foreignField: '_id', as: 'store' }),
      { $group: { _id: '$categoryId', count: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ],
  },
  'a leading $match by _id with $in, and no match at all': {
    from: 'tables',
    pipeline: [{ $match: { _id: { $in: ['t1', 'T1', 'nope'] } } }, { $sort: { code: -1 } }],
  },
};
