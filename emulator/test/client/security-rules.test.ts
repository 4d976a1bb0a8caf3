import { compileRules, RuleLoadError, type RuleSet } from '../../src/client/rules';

const alice = { auth: { openid: 'oAlice' }, now: Date.parse('2026-01-05T02:00:00Z') };
const owner: RuleSet = { read: 'doc._openid == auth.openid', write: false };

describe('loading rules', () => {
  // The language itself is tested with its parser in database/rule-expression.test.ts; here, how a refusal is reported.
  test.each([
    [
      "size('database.staff.x') == 1",
      'function call size(…) is not supported (get() is the only function) at character 0',
    ],
    [
      "get('database.a.1').x && get('database.a.2').x && get('database.a.3').x && get('database.a.4').x",
      'more than 3 get() calls in one expression at character 75',
    ],
    ['doc.userId == auth.uid', 'a mini program caller has no uid, use auth.openid'],
    ['doc.items[0] == 1', 'bracket access doc.items[…]'],
    ['doc.total + 1 > 2', 'unexpected "+" at character 10'],
    ['doc.a > null', 'null is compared only with == or !='],
    ['', 'empty expression'],
  ])('refuses %s, naming collection, key and the unsupported part', (expression, unsupported) => {
    let thrown: unknown;
    try {
      compileRules('orders', { read: expression });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RuleLoadError);
    expect(thrown).toMatchObject({ collection: 'orders', ruleKey: 'read', code: 'INVALID_PARAM' });
    expect((thrown as Error).message).toContain('"orders"');
    expect((thrown as Error).message).toContain('"read"');
    expect((thrown as RuleLoadError).unsupported).toContain(unsupported);
  });

  test('refuses unknown keys, non-string values and expressions over 1024 characters', () => {
    expect(() => compileRules('orders', { list: true } as RuleSet)).toThrow(
      /"orders", key "list": unknown rule key/,
    );
    expect(() => compileRules('orders', { read: 1 as unknown as string })).toThrow(
      /key "read": a rule must be/,
    );
    const long = `doc.a == '${'x'.repeat(1020)}'`;
    expect(() => compileRules('orders', { read: long })).toThrow(/longer than 1024 characters/);
  });
});

describe('evaluating a rule on one document', () => {
  test('owner rule: own document yes, another user’s no, missing owner no', () => {
    const rules = compileRules('orders', owner);
    expect(rules.allowsDocument('read', { _openid: 'oAlice' }, alice)).toBe(true);
    expect(rules.allowsDocument('read', { _openid: 'oBob' }, alice)).toBe(false);
    expect(rules.allowsDocument('read', {}, alice)).toBe(false);
  });

  test('null compares as JavaScript does: an absent field == null, but two absent fields are not equal', () => {
    const open = compileRules('shops', { read: 'doc.closedAt == null' });
    expect(open.allowsDocument('read', {}, alice)).toBe(true);
    expect(open.allowsDocument('read', { closedAt: null }, alice)).toBe(true);
    expect(open.allowsDocument('read', { closedAt: new Date(alice.now) }, alice)).toBe(false);
    const named = compileRules('shops', { read: 'null != doc.name' });
    expect(named.allowsDocument('read', { name: 'Tea' }, alice)).toBe(true);
    expect(named.allowsDocument('read', {}, alice)).toBe(false);
    expect(compileRules('x', { read: 'doc.a == doc.b' }).allowsDocument('read', {}, alice)).toBe(false);
  });

  test('writes fall back to `write`; specific keys win; no rule at all denies', () => {
    const rules = compileRules('notes', { read: true, write: 'doc._openid == auth.openid', delete: false });
    expect(rules.allowsDocument('create', { _openid: 'oAlice' }, alice)).toBe(true);
    expect(rules.allowsDocument('update', { _openid: 'oAlice' }, alice)).toBe(true);
    expect(rules.allowsDocument('delete', { _openid: 'oAlice' }, alice)).toBe(false);
    expect(compileRules('bare', {}).allowsDocument('read', {}, alice)).toBe(false);
    expect(compileRules('readonly', { read: true }).allowsDocument('create', {}, alice)).toBe(false);
  });

  test('operators: in, !, comparisons with now and Dates, nested paths, precedence', () => {
    const rules = compileRules('coupons', {
      read: "doc.status in ['ACTIVE', 'PAUSED'] && !(doc.kind in ['STAFF']) && doc.expiresAt > now && doc.meta.level >= 2",
    });
    const good = {
      status: 'ACTIVE',
      kind: 'PUBLIC',
      expiresAt: new Date(alice.now + 1000),
      meta: { level: 2 },
    };
    expect(rules.allowsDocument('read', good, alice)).toBe(true);
    expect(rules.allowsDocument('read', { ...good, kind: 'STAFF' }, alice)).toBe(false);
    expect(rules.allowsDocument('read', { ...good, expiresAt: new Date(alice.now) }, alice)).toBe(false);
    expect(rules.allowsDocument('read', { ...good, meta: { level: '3' } }, alice)).toBe(false);
    const precedence = compileRules('x', { read: 'doc.a == 1 || doc.b == 2 && doc.c == 3' });
    expect(precedence.allowsDocument('read', { a: 1 }, alice)).toBe(true);
    expect(precedence.allowsDocument('read', { b: 2 }, alice)).toBe(false);
  });
});

describe('a query must be a subset of its rule', () => {
  const rules = compileRules('orders', { read: "doc._openid == auth.openid && doc.storeId == 's1'" });

  test('every conjunct must be pinned by the filter on the same field', () => {
    expect(rules.allowsFilter('read', { _openid: 'oAlice', storeId: 's1' }, alice)).toBe(true);
    expect(rules.allowsFilter('read', { _openid: 'oAlice', storeId: 's1', status: 'PAID' }, alice)).toBe(
      true,
    );
    expect(rules.allowsFilter('read', { _openid: 'oAlice' }, alice)).toBe(false);
    expect(rules.allowsFilter('read', { _openid: 'oBob', storeId: 's1' }, alice)).toBe(false);
    expect(rules.allowsFilter('read', {}, alice)).toBe(false);
    expect(rules.allowsFilter('read', { _openid: { $in: ['oAlice'] }, storeId: { $eq: 's1' } }, alice)).toBe(
      true,
    );
    expect(rules.allowsFilter('read', { _openid: { $in: ['oAlice', 'oBob'] }, storeId: 's1' }, alice)).toBe(
      false,
    );
    expect(rules.allowsFilter('read', { _openid: { $ne: 'oBob' }, storeId: 's1' }, alice)).toBe(false);
  });

  test('a disjunctive rule needs one branch; a disjunctive filter needs every branch proven', () => {
    const either = compileRules('posts', { read: 'doc.isPublic == true || doc._openid == auth.openid' });
    expect(either.allowsFilter('read', { isPublic: true }, alice)).toBe(true);
    expect(either.allowsFilter('read', { _openid: 'oAlice' }, alice)).toBe(true);
    expect(either.allowsFilter('read', { isPublic: false }, alice)).toBe(false);
    expect(either.allowsFilter('read', { $or: [{ isPublic: true }, { _openid: 'oAlice' }] }, alice)).toBe(
      true,
    );
    expect(either.allowsFilter('read', { $or: [{ isPublic: true }, { _openid: 'oBob' }] }, alice)).toBe(
      false,
    );
    expect(
      either.allowsFilter('read', { $and: [{ title: 'x' }, { $or: [{ isPublic: true }] }] }, alice),
    ).toBe(true);
  });

  test('ranges, negations and membership are proven by matching constraints', () => {
    const adults = compileRules('people', {
      read: 'doc.age > 17 && doc.role != "ADMIN" && doc.tier in [1, 2]',
    });
    expect(
      adults.allowsFilter('read', { age: { $gt: 17 }, role: 'USER', tier: { $in: [1, 2] } }, alice),
    ).toBe(true);
    expect(
      adults.allowsFilter('read', { age: { $gte: 18 }, role: { $nin: ['ADMIN'] }, tier: 2 }, alice),
    ).toBe(true);
    expect(adults.allowsFilter('read', { age: { $gte: 17 }, role: 'USER', tier: 1 }, alice)).toBe(false);
    expect(
      adults.allowsFilter('read', { age: 30, role: { $ne: 'ADMIN' }, tier: { $in: [1, 3] } }, alice),
    ).toBe(false);
    expect(adults.allowsFilter('read', { age: '30', role: 'USER', tier: 1 }, alice)).toBe(false);
  });

  test('constant rules, rules over auth only, and unprovable comparisons', () => {
    expect(compileRules('menu', { read: true }).allowsFilter('read', {}, alice)).toBe(true);
    expect(
      compileRules('orders', { read: false, write: false }).allowsFilter(
        'read',
        { _openid: 'oAlice' },
        alice,
      ),
    ).toBe(false);
    expect(compileRules('staff', { read: "auth.openid in ['oAlice']" }).allowsFilter('read', {}, alice)).toBe(
      true,
    );
    expect(compileRules('x', { read: 'doc.a == doc.b' }).allowsFilter('read', { a: 1, b: 1 }, alice)).toBe(
      false,
    );
    expect(compileRules('x', { read: '!doc.hidden' }).allowsFilter('read', { hidden: false }, alice)).toBe(
      true,
    );
    expect(compileRules('x', { read: '!doc.hidden' }).allowsFilter('read', {}, alice)).toBe(false);
  });

  test('a null comparison is proven by a filter that pins the field to null, or away from it', () => {
    const open = compileRules('shops', { read: 'doc.closedAt == null' });
    expect(open.allowsFilter('read', { closedAt: null }, alice)).toBe(true);
    expect(open.allowsFilter('read', {}, alice)).toBe(false);
    expect(open.allowsFilter('read', { closedAt: { $ne: null } }, alice)).toBe(false);
    const named = compileRules('shops', { read: 'doc.name != null' });
    expect(named.allowsFilter('read', { name: { $ne: null } }, alice)).toBe(true);
    expect(named.allowsFilter('read', { name: 'Tea' }, alice)).toBe(true);
    expect(named.allowsFilter('read', { name: null }, alice)).toBe(false);
  });

  test('an empty $or proves nothing, and filters that expand too far are not analysed', () => {
    expect(rules.allowsFilter('read', { _openid: 'oAlice', storeId: 's1', $or: [] }, alice)).toBe(false);
    const wide = Array.from({ length: 9 }, (_, i) => ({ $or: [{ [`f${i}`]: 1 }, { [`f${i}`]: 2 }] }));
    expect(rules.allowsFilter('read', { _openid: 'oAlice', storeId: 's1', $and: wide }, alice)).toBe(false);
  });
});
