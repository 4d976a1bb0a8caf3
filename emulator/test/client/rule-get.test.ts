// get() in security rules: a committed document read by path, on one document and in the query-subset check.
import { compileRules, requestDocumentReader, type RuleContext } from '../../src/client/rules';
import { TestClock } from '../../src/clock';
import { DatabaseEngine } from '../../src/db';

const STAFF_RULE =
  'doc._openid == auth.openid || get(`database.staff.${doc.storeId}_${auth.openid}`).isActive == true';

function storeWithStaff(): DatabaseEngine {
  const store = new DatabaseEngine({ clock: new TestClock() });
  store.createCollection('staff');
  store.createCollection('orders');
  store.insert('staff', [
    { _id: 's1_oClerk', storeId: 's1', _openid: 'oClerk', isActive: true },
    { _id: 's1_oGone', storeId: 's1', _openid: 'oGone', isActive: false },
    { _id: 's2_oOther', storeId: 's2', _openid: 'oOther', isActive: true },
  ]);
  return store;
}

function as(openid: string, store: DatabaseEngine): RuleContext {
  return { auth: { openid }, now: 0, documents: requestDocumentReader(store) };
}

const orders = compileRules('orders', { read: STAFF_RULE, write: false });

describe('get() on one document', () => {
  test('an active member of the order’s store reads it; an inactive one, another store’s, a stranger do not', () => {
    const store = storeWithStaff();
    const order = { _id: 'o1', storeId: 's1', _openid: 'oBuyer' };
    expect(orders.allowsDocument('read', order, as('oClerk', store))).toBe(true);
    expect(orders.allowsDocument('read', order, as('oGone', store))).toBe(false);
    expect(orders.allowsDocument('read', order, as('oOther', store))).toBe(false);
    expect(orders.allowsDocument('read', order, as('oStranger', store))).toBe(false);
    expect(orders.allowsDocument('read', order, as('oBuyer', store))).toBe(true);
    expect(orders.allowsDocument('read', { _id: 'o2', _openid: 'oBuyer' }, as('oClerk', store))).toBe(false);
  });

  test('a missing document is null; a malformed path or a missing collection finds nothing', () => {
    const store = storeWithStaff();
    const ctx = as('oClerk', store);
    const rule = (read: string) => compileRules('x', { read }).allowsDocument('read', {}, ctx);
    expect(rule("get('database.staff.nobody') == null")).toBe(true);
    expect(rule("get('database.staff.s1_oClerk') != null")).toBe(true);
    expect(rule("get('database.staff.s1_oClerk').storeId == 's1'")).toBe(true);
    expect(rule("get('database.ghosts.s1_oClerk') == null")).toBe(true);
    expect(rule("get('database.staff.' + 's1' + '_' + auth.openid).isActive == true")).toBe(true);
    expect(rule('get(`database.${doc.x}`) == null')).toBe(true);
    expect(rule("get('database.staff.s1_oClerk').missing.deeper == null")).toBe(true);
  });

  test('get(get(…).field) follows a reference two deep', () => {
    const store = storeWithStaff();
    store.createCollection('links');
    store.insert('links', [{ _id: 'l1', staffId: 's1_oClerk' }]);
    const rules = compileRules('x', {
      read: 'get(`database.staff.${get(`database.links.${doc.linkId}`).staffId}`).isActive == true',
    });
    expect(rules.allowsDocument('read', { linkId: 'l1' }, as('oAny', store))).toBe(true);
    expect(rules.allowsDocument('read', { linkId: 'l2' }, as('oAny', store))).toBe(false);
  });

  test('each document is read from the store once per request, and a request reaches at most 10 documents', () => {
    const store = storeWithStaff();
    const ctx = as('oClerk', store);
    store.resetStats();
    for (let i = 0; i < 5; i += 1)
      orders.allowsDocument('read', { _id: `o${i}`, storeId: 's1', _openid: 'oBuyer' }, ctx);
    expect(store.stats().byOperation['store.find']).toBe(1);
    const many = compileRules('x', { read: 'get(`database.staff.${doc.id}`) == null' });
    const wide = as('oClerk', store);
    for (let i = 0; i < 10; i += 1) many.allowsDocument('read', { id: `n${i}` }, wide);
    expect(() => many.allowsDocument('read', { id: 'n10' }, wide)).toThrow(
      'at most 10 different documents per request',
    );
  });
});

describe('get() in the query-subset check', () => {
  test('a doc field inside get() must be pinned by the query with == or in with one value', () => {
    const store = storeWithStaff();
    const clerk = as('oClerk', store);
    expect(orders.allowsFilter('read', { storeId: 's1', status: { $in: ['PAID', 'ACCEPTED'] } }, clerk)).toBe(
      true,
    );
    expect(orders.allowsFilter('read', { storeId: { $in: ['s1'] } }, clerk)).toBe(true);
    expect(orders.allowsFilter('read', { storeId: { $eq: 's1' } }, clerk)).toBe(true);
    expect(orders.allowsFilter('read', { storeId: { $in: ['s1', 's2'] } }, clerk)).toBe(false);
    expect(orders.allowsFilter('read', { status: 'PAID' }, clerk)).toBe(false);
    expect(orders.allowsFilter('read', { storeId: { $ne: 's2' } }, clerk)).toBe(false);
    expect(orders.allowsFilter('read', {}, clerk)).toBe(false);
    expect(orders.fieldsInGetPaths('read')).toEqual(['storeId']);
  });

  test('the member’s record decides: another store, an inactive member, a stranger are refused', () => {
    const store = storeWithStaff();
    expect(orders.allowsFilter('read', { storeId: 's2' }, as('oClerk', store))).toBe(false);
    expect(orders.allowsFilter('read', { storeId: 's1' }, as('oGone', store))).toBe(false);
    expect(orders.allowsFilter('read', { storeId: 's1' }, as('oStranger', store))).toBe(false);
    expect(orders.allowsFilter('read', { storeId: 's2' }, as('oOther', store))).toBe(true);
  });

  test('the owner branch still proves a query naming the caller, with or without a store', () => {
    const store = storeWithStaff();
    const buyer = as('oBuyer', store);
    expect(orders.allowsFilter('read', { _openid: 'oBuyer' }, buyer)).toBe(true);
    expect(orders.allowsFilter('read', { _openid: 'oBuyer', storeId: 's1' }, buyer)).toBe(true);
    expect(orders.allowsFilter('read', { storeId: 's1' }, buyer)).toBe(false);
  });

  test('each branch of an $or is pinned on its own, so two stores need membership of both', () => {
    const store = storeWithStaff();
    store.insert('staff', [{ _id: 's2_oClerk', storeId: 's2', _openid: 'oClerk', isActive: true }]);
    const both = { $or: [{ storeId: 's1' }, { storeId: 's2' }] };
    expect(orders.allowsFilter('read', both, as('oClerk', store))).toBe(true);
    expect(orders.allowsFilter('read', both, as('oOther', store))).toBe(false);
  });

  test('a negated get() and a get() without doc fields are decided from the pinned values too', () => {
    const store = storeWithStaff();
    const notGone = compileRules('orders', {
      read: '!(get(`database.staff.${doc.storeId}_${auth.openid}`).isActive == false)',
    });
    expect(notGone.allowsFilter('read', { storeId: 's1' }, as('oClerk', store))).toBe(true);
    expect(notGone.allowsFilter('read', { storeId: 's1' }, as('oGone', store))).toBe(false);
    const pinnedByStaff = compileRules('orders', {
      read: "doc.storeId == get('database.staff.s1_oClerk').storeId",
    });
    expect(pinnedByStaff.allowsFilter('read', { storeId: 's1' }, as('oAny', store))).toBe(true);
    expect(pinnedByStaff.allowsFilter('read', { storeId: 's2' }, as('oAny', store))).toBe(false);
    const mixed = compileRules('orders', {
      read: 'get(`database.staff.${doc.storeId}_${auth.openid}`).storeId == doc.storeId',
    });
    expect(mixed.allowsFilter('read', { storeId: 's1' }, as('oClerk', store))).toBe(false);
  });
});
