import {
  documentFieldsOf,
  fieldsInGetPaths,
  fieldsOutsideGetPaths,
  getCallsOf,
  parseRuleExpression,
  RuleSyntaxError,
} from './rule-expression';

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
    ["size('database.stores.x') == 1", 'function call size(…) is not supported (get() is the only function)'],
    ['exists(doc.a)', 'function call exists(…) is not supported (get() is the only function) at character 0'],
    ['doc.items[0] == 1', 'bracket access doc.items[…] is not supported at character 9'],
    ['request.data.x == 1', '"request.data.x" is not in the rule subset'],
    ['auth.loginType == "WECHAT"', '"auth.loginType" is not in the rule subset'],
    ['storeId == "s1"', '"storeId" is not in the rule subset'],
    ['doc.a === 1', 'unexpected "="'],
    ['doc.a = 1', 'unexpected "=" at character 6'],
    ['doc.a + 1', 'unexpected "+"'],
    ['doc.total + 1 > 2', 'unexpected "+" at character 10'],
    ['doc.a == `x`', 'a template string stands only in a get() path at character 9'],
    ['doc.a == `x${doc.b', 'unterminated ${ in a template string at character 11'],
    ['doc.a == `x', 'unterminated template string'],
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

describe('get(path): a document read from inside a rule', () => {
  const staffRule =
    'doc._openid == auth.openid || get(`database.staff.${doc.storeId}_${auth.openid}`).isActive == true';

  test('a template path with doc and auth parts, and a field of the document it fetches', () => {
    expect(parseRuleExpression(staffRule)).toEqual({
      kind: 'or',
      left: {
        kind: 'compare',
        operator: '==',
        left: { kind: 'doc', path: ['_openid'] },
        right: { kind: 'authOpenid' },
      },
      right: {
        kind: 'compare',
        operator: '==',
        left: {
          kind: 'member',
          object: {
            kind: 'get',
            path: {
              kind: 'template',
              quasis: ['database.staff.', '_', ''],
              parts: [{ kind: 'doc', path: ['storeId'] }, { kind: 'authOpenid' }],
            },
          },
          path: ['isActive'],
        },
        right: { kind: 'literal', value: true },
      },
    });
  });

  test('the fields a rule reads inside get() paths are told apart from the others', () => {
    const tree = parseRuleExpression(staffRule);
    expect(documentFieldsOf(tree)).toEqual(['_openid', 'storeId']);
    expect(fieldsInGetPaths(tree)).toEqual(['storeId']);
    expect(fieldsOutsideGetPaths(tree)).toEqual(['_openid']);
    expect(getCallsOf(tree)).toBe(1);
  });

  test('a quoted path, + joining, nested fields, get(…) compared with null, and get(get(…).x) two deep', () => {
    expect(parseRuleExpression("get('database.stores.s1').owner.openid == auth.openid")).toMatchObject({
      left: {
        kind: 'member',
        object: { kind: 'get', path: { kind: 'literal', value: 'database.stores.s1' } },
        path: ['owner', 'openid'],
      },
    });
    expect(
      parseRuleExpression("get('database.staff.' + doc.storeId + '_' + auth.openid) != null"),
    ).toMatchObject({
      kind: 'compare',
      operator: '!=',
      left: {
        kind: 'get',
        path: {
          kind: 'concat',
          left: { kind: 'concat', left: { kind: 'concat', left: { kind: 'literal' } } },
          right: { kind: 'authOpenid' },
        },
      },
    });
    const nested = parseRuleExpression(
      'get(`database.stores.${get(`database.links.${doc.linkId}`).storeId}`).open',
    );
    expect(getCallsOf(nested)).toBe(2);
    expect(fieldsInGetPaths(nested)).toEqual(['linkId']);
    expect(parseRuleExpression('get(`database.a.\\${x}`) == null')).toMatchObject({
      left: { kind: 'get', path: { kind: 'template', quasis: ['database.a.${x}'], parts: [] } },
    });
  });

  test.each([
    [
      "get('database.a.1').x && get('database.a.2').x && get('database.a.3').x && get('database.a.4').x",
      'more than 3 get() calls in one expression at character 75',
    ],
    [
      'get(`database.a.${get(`database.b.${get(`database.c.${doc.x}`).y}`).z}`).w',
      'get() nested more than 2 deep at character 36',
    ],
    [
      "get('stores.s1').open",
      'get() takes a path "database.<collection>.<docId>", not one starting "stores.s1"',
    ],
    [
      "get('database.stores').open",
      'get() takes a path "database.<collection>.<docId>", not "database.stores"',
    ],
    ['get(`db.${doc.storeId}`).open', 'not one starting "db."'],
    ["get('database.a.b')[auth.openid] == 1", 'bracket access get(…)[…] is not supported'],
    ["get('database.a.b').", 'expected a field name after "." but found the end of the expression'],
    ["get('database.a.b' == 1)", 'expected ")" but found "=="'],
    ["'database.' + doc.a == 'x'", 'unexpected "+"'],
    ['get()', 'unexpected ")"'],
  ])('%s is refused (%s)', (source, message) => {
    expect(() => parseRuleExpression(source)).toThrow(RuleSyntaxError);
    expect(() => parseRuleExpression(source)).toThrow(message);
  });
});
