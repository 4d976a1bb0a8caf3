import { documentFieldsOf, parseRuleExpression, RuleSyntaxError } from './rule-expression';

describe('the rule expression language', () => {
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

  test('null is compared with == or != only; strings take the simple escapes', () => {
    expect(parseRuleExpression('doc.closedAt == null && null != doc.name')).toEqual({
      kind: 'and',
      left: {
        kind: 'compare',
        operator: '==',
        left: { kind: 'doc', path: ['closedAt'] },
        right: { kind: 'literal', value: null },
      },
      right: {
        kind: 'compare',
        operator: '!=',
        left: { kind: 'literal', value: null },
        right: { kind: 'doc', path: ['name'] },
      },
    });
    expect(parseRuleExpression("doc.name == 'O\\'Brien\\n'")).toMatchObject({
      right: { kind: 'literal', value: "O'Brien\n" },
    });
  });

  test.each([
    ['auth.uid == doc._openid', '"auth.uid" is not in the rule subset'],
    ['doc._openid == auth.uid', 'a mini program caller has no uid, use auth.openid'],
    ["get('database.stores.x')", 'function call get(…) is not supported'],
    ["get('database.staff.x').role == 'owner'", 'function call get(…) is not supported at character 0'],
    ['doc.items[0] == 1', 'bracket access doc.items[…] is not supported at character 9'],
    ['request.data.x == 1', '"request.data.x" is not in the rule subset'],
    ['auth.loginType == "WECHAT"', '"auth.loginType" is not in the rule subset'],
    ['storeId == "s1"', '"storeId" is not in the rule subset'],
    ['doc.a === 1', 'unexpected "="'],
    ['doc.a = 1', 'unexpected "=" at character 6'],
    ['doc.a + 1', 'unexpected "+"'],
    ['doc.total + 1 > 2', 'unexpected "+" at character 10'],
    ['doc.a == `x`', 'unexpected "`"'],
    ['doc.a == ', 'unexpected the end of the expression'],
    ['(doc.a == 1', 'expected ")" but found the end of the expression'],
    ['doc.a in doc.list', '"in" takes a list of literals [ … ], not "doc.list"'],
    ['doc.a in [doc.b]', 'a list holds literals only'],
    ['doc.a in [auth.openid]', 'a list holds literals only, not "auth.openid"'],
    ['doc.a in [null]', 'a list holds literals only, not "null"'],
    ['[1] == doc.a', 'a list stands only after "in"'],
    ['doc.a == 1 == true', 'chained comparison "=="'],
    ["doc.a == 1 in ['x']", 'chained comparison "in"'],
    ["doc.a == 'open", 'unterminated string'],
    ["doc.a == '\\u0041'", 'unsupported escape "\\u" in a string'],
    ['doc.a > null', 'null is compared only with == or !=, not > at character 6'],
    ["null in ['x']", 'null is compared only with == or !=, not in'],
    ['null', 'null is not a condition'],
    ['doc.a == 1 || null', 'null is not a condition (compare it with == or !=) at character 14'],
    ['!null', 'null cannot be negated'],
    ['true false', 'unexpected "false"'],
    ['', 'empty expression'],
    ['   ', 'empty expression'],
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
