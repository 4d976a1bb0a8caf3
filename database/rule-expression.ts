// The security-rule expression language, parsed into a tree: the one parser, used by `load.ts` to check
// `collections/*.rules.json` and by the local cloud, which evaluates the tree.
// Grammar (JavaScript precedence):  or := and ('||' and)* ;  and := compare ('&&' compare)* ;
// compare := unary (('=='|'!='|'<'|'<='|'>'|'>=') unary | 'in' '[' literal, … ']')? ;  unary := '!' unary | primary ;
// primary := true | false | null | now | auth.openid | doc.<path> | 'string' | number | '(' or ')'.
// Only what the platform supports and the local cloud evaluates as the platform does is accepted:
// `null` only beside `==` / `!=` (JavaScript's `x == null`: null or absent); no `auth.uid` (a mini program
// caller has only `auth.openid`), no `request`, no `get()`, no `[]`, no arithmetic, no chained comparisons.

/** The platform's per-expression length limit, in characters. */
export const RULE_EXPRESSION_MAX_LENGTH = 1024;

/** A literal value written in a rule (`null` appears only as an operand of `==` or `!=`). */
export type RuleLiteral = string | number | boolean | null;

/** A literal allowed in an `in [ … ]` list. */
export type RuleListItem = string | number | boolean;

/** Comparison operators a rule may use. */
export type RuleComparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A parsed rule expression; `doc.path` holds the field path split at dots. */
export type RuleNode =
  | { kind: 'literal'; value: RuleLiteral }
  | { kind: 'authOpenid' }
  /** `now`: the request time in epoch milliseconds. */
  | { kind: 'now' }
  | { kind: 'doc'; path: string[] }
  | { kind: 'not'; operand: RuleNode }
  | { kind: 'and' | 'or'; left: RuleNode; right: RuleNode }
  | { kind: 'compare'; operator: RuleComparison; left: RuleNode; right: RuleNode }
  | { kind: 'in'; value: RuleNode; list: RuleListItem[] };

/** A rule expression outside the language; `position` is the 0-based character offset of the problem. */
export class RuleSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at character ${position}`);
    this.name = 'RuleSyntaxError';
  }
}

type Token =
  | { type: 'punct'; text: string; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'number'; value: number; at: number }
  | { type: 'word'; text: string; at: number }
  | { type: 'end'; at: number };

const PUNCTUATION = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', ','];
const WORD = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/;
const NUMBER = /^-?\d+(?:\.\d+)?/;
const COMPARISONS: readonly string[] = ['==', '!=', '<', '<=', '>', '>='];
const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (rest[0] === "'" || rest[0] === '"') {
      const literal = readString(source, at);
      tokens.push({ type: 'string', value: literal.value, at });
      at = literal.end;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: 'number', value: Number(number[0]), at });
      at += number[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push({ type: 'word', text: word[0], at });
      at += word[0].length;
      continue;
    }
    // A character outside the language becomes a token of its own, refused where the parser reaches it.
    const punct = PUNCTUATION.find((candidate) => rest.startsWith(candidate)) ?? rest.charAt(0);
    tokens.push({ type: 'punct', text: punct, at });
    at += punct.length;
  }
  tokens.push({ type: 'end', at });
  return tokens;
}

/** A quoted string from `start` (its opening quote): its value and the offset just past its closing quote. */
function readString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  for (let at = start + 1; at < source.length; at += 1) {
    const char = source[at];
    if (char === quote) return { value, end: at + 1 };
    if (char !== '\\') {
      value += char;
      continue;
    }
    const escaped = source[at + 1];
    const replacement = escaped === undefined ? undefined : ESCAPES[escaped];
    if (replacement === undefined)
      throw new RuleSyntaxError(`unsupported escape "\\${escaped ?? ''}" in a string`, at);
    value += replacement;
    at += 1;
  }
  throw new RuleSyntaxError('unterminated string', start);
}

/** Parses one rule expression; throws RuleSyntaxError for anything outside the language. */
export function parseRuleExpression(source: string): RuleNode {
  if (source.length > RULE_EXPRESSION_MAX_LENGTH) {
    throw new RuleSyntaxError(`expression is longer than ${RULE_EXPRESSION_MAX_LENGTH} characters`, 0);
  }
  if (source.trim() === '') throw new RuleSyntaxError('empty expression', 0);
  return new Parser(tokenize(source)).parseWhole();
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parseWhole(): RuleNode {
    const node = this.parseOr();
    const next = this.peek();
    if (next.type !== 'end') throw new RuleSyntaxError(`unexpected ${describe(next)}`, next.at);
    return node;
  }

  private parseOr(): RuleNode {
    let left = this.parseAnd();
    while (this.takePunct('||')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): RuleNode {
    let left = this.parseCompare();
    while (this.takePunct('&&')) left = { kind: 'and', left, right: this.parseCompare() };
    return left;
  }

  private parseCompare(): RuleNode {
    const start = this.peek().at;
    const left = this.parseUnary();
    const next = this.peek();
    let node: RuleNode;
    if (next.type === 'punct' && COMPARISONS.includes(next.text)) {
      this.index += 1;
      const operator = next.text as RuleComparison;
      node = { kind: 'compare', operator, left, right: this.parseUnary() };
      if ((isNull(left) || isNull(node.right)) && operator !== '==' && operator !== '!=')
        throw new RuleSyntaxError(`null is compared only with == or !=, not ${operator}`, next.at);
    } else if (isWord(next, 'in')) {
      if (isNull(left)) throw new RuleSyntaxError('null is compared only with == or !=, not in', next.at);
      this.index += 1;
      node = { kind: 'in', value: left, list: this.parseList() };
    } else if (isNull(left)) {
      throw new RuleSyntaxError('null is not a condition (compare it with == or !=)', start);
    } else {
      return left;
    }
    const chained = this.peek();
    if ((chained.type === 'punct' && COMPARISONS.includes(chained.text)) || isWord(chained, 'in'))
      throw new RuleSyntaxError(`chained comparison ${describe(chained)} (add parentheses)`, chained.at);
    return node;
  }

  private parseUnary(): RuleNode {
    const bang = this.peek();
    if (!this.takePunct('!')) return this.parsePrimary();
    const operand = this.parseUnary();
    if (isNull(operand)) throw new RuleSyntaxError('null cannot be negated', bang.at);
    return { kind: 'not', operand };
  }

  private parsePrimary(): RuleNode {
    const token = this.next();
    if (token.type === 'punct' && token.text === '(') {
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (token.type === 'punct' && token.text === '[')
      throw new RuleSyntaxError('a list stands only after "in"', token.at);
    if (token.type === 'string' || token.type === 'number') return { kind: 'literal', value: token.value };
    if (token.type !== 'word') throw new RuleSyntaxError(`unexpected ${describe(token)}`, token.at);
    const following = this.peek();
    if (following.type === 'punct' && following.text === '(')
      throw new RuleSyntaxError(`function call ${token.text}(…) is not supported`, token.at);
    if (following.type === 'punct' && following.text === '[')
      throw new RuleSyntaxError(`bracket access ${token.text}[…] is not supported`, following.at);
    return wordNode(token.text, token.at);
  }

  private parseList(): RuleListItem[] {
    const open = this.peek();
    if (!this.takePunct('['))
      throw new RuleSyntaxError(`"in" takes a list of literals [ … ], not ${describe(open)}`, open.at);
    const list: RuleListItem[] = [];
    if (this.takePunct(']')) return list;
    do {
      const token = this.next();
      if (token.type === 'string' || token.type === 'number') list.push(token.value);
      else if (isWord(token, 'true') || isWord(token, 'false')) list.push(token.text === 'true');
      else throw new RuleSyntaxError(`a list holds literals only, not ${describe(token)}`, token.at);
    } while (this.takePunct(','));
    this.expectPunct(']');
    return list;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { type: 'end', at: 0 };
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private takePunct(text: string): boolean {
    const token = this.peek();
    if (token.type !== 'punct' || token.text !== text) return false;
    this.index += 1;
    return true;
  }

  private expectPunct(text: string): void {
    const token = this.peek();
    if (!this.takePunct(text))
      throw new RuleSyntaxError(`expected "${text}" but found ${describe(token)}`, token.at);
  }
}

function isWord(token: Token, text: string): token is Token & { type: 'word' } {
  return token.type === 'word' && token.text === text;
}

function isNull(node: RuleNode): boolean {
  return node.kind === 'literal' && node.value === null;
}

function wordNode(text: string, at: number): RuleNode {
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' };
  if (text === 'null') return { kind: 'literal', value: null };
  if (text === 'now') return { kind: 'now' };
  if (text === 'auth.openid') return { kind: 'authOpenid' };
  if (text.startsWith('doc.')) return { kind: 'doc', path: text.split('.').slice(1) };
  const hint = text === 'auth.uid' ? ': a mini program caller has no uid, use auth.openid' : '';
  throw new RuleSyntaxError(
    `"${text}" is not in the rule subset (true, false, null, now, auth.openid, doc.<field>)${hint}`,
    at,
  );
}

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the expression';
    case 'string':
      return `string '${token.value}'`;
    case 'number':
      return `number ${token.value}`;
    default:
      return `"${token.text}"`;
  }
}

/** Every `doc.<field>` path an expression reads, dot-joined, in order of appearance. */
export function documentFieldsOf(node: RuleNode): string[] {
  switch (node.kind) {
    case 'doc':
      return [node.path.join('.')];
    case 'not':
      return documentFieldsOf(node.operand);
    case 'and':
    case 'or':
    case 'compare':
      return [...documentFieldsOf(node.left), ...documentFieldsOf(node.right)];
    case 'in':
      return documentFieldsOf(node.value);
    default:
      return [];
  }
}
