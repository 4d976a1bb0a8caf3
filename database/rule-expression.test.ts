import { documentFieldsOf, parseRuleExpression, RuleSyntaxError } from './rule-expression';

describe('the rule expression subset', () => {
  test('an ownership rule parses into a comparison of a document field with the caller', () => {
    expect(parseRuleExpression('doc._openid == auth.openid')).toEqual({
      kind: 'compare',
      operator: '==',
      left: { kind: 'doc', path: ['_openid'] },
      right: { kind: 'authOpenid' },
    });
  });

  test('&& binds tighter than ||, and ! tighter than a comparison (as in JavaScript)', () => {
    const tree = parseRuleExpression("doc.a == 1 || doc.b == 'x' && !doc.c");
    expect(tree).toMatchObject({
      kind: 'or',
      left: { kind: 'compare', left: { kind: 'doc', path: ['a'] }, right: { kind: 'literal', value: 1 } },
      right: { kind: 'and', right: { kind: 'not', operand: { kind: 'doc', path: ['c'] } } },
    });
    expect(parseRuleExpression('!doc.isHidden == true')).toMatchObject({
      kind: 'compare',
      left: { kind: 'not', operand: { kind: 'doc', path: ['isHidden'] } },
    });
  });

  test('in takes a list of literals; parentheses group', () => {
    expect(parseRuleExpression('(doc.status in [\'PAID\', "READY", 3, true]) && doc.endsAt > now')).toEqual({
      kind: 'and',
      left: { kind: 'in', value: { kind: 'doc', path: ['status'] }, list: ['PAID', 'READY', 3, true] },
      right: {
        kind: 'compare',
        operator: '>',
        left: { kind: 'doc', path: ['endsAt'] },
        right: { kind: 'now' },
      },
    });
  });

  test('the document fields a rule reads are listed with nested paths dot-joined', () => {
    const tree = parseRuleExpression(
      'doc._openid == auth.openid && (doc.address.city != "x" || !doc.isOpen)',
    );
    expect(documentFieldsOf(tree)).toEqual(['_openid', 'address.city', 'isOpen']);
  });

  test.each([
    ['auth.uid == doc._openid', '"auth.uid" is not in the rule subset'],
    ["get('database.stores.x')", '"get" is not in the rule subset'],
    ['doc.a === 1', 'unexpected "="'],
    ['doc.a == ', 'unexpected the end of the expression'],
    ['(doc.a == 1', 'expected ")"'],
    ['doc.a in [doc.b]', 'a list holds literals only'],
    ['doc.a + 1', 'unexpected "+"'],
    ["doc.a == 'open", 'unterminated string'],
    ['request.data.x == 1', '"request.data.x" is not in the rule subset'],
    ['true false', 'unexpected "false"'],
  ])('%s is refused (%s)', (source, message) => {
    expect(() => parseRuleExpression(source)).toThrow(RuleSyntaxError);
    expect(() => parseRuleExpression(source)).toThrow(message);
  });

  test('an expression longer than the platform limit of 1024 characters is refused', () => {
    const long = Array.from({ length: 80 }, (_, i) => `doc.f${i} == 1`).join(' && ');
    expect(long.length).toBeGreaterThan(1024);
    expect(() => parseRuleExpression(long)).toThrow('longer than 1024 characters');
  });
});
