// The security-rule expression language, parsed into a tree: the one parser, used by `load.ts` to check
// `collections/*.rules.json` and by the local cloud, which evaluates the tree.
// Grammar (JavaScript precedence):  or := and ('||' and)* ;  and := compare ('&&' compare)* ;
// compare := unary (('=='|'!='|'<'|'<='|'>'|'>=') unary | 'in' '[' literal, … ']')? ;  unary := '!' unary | primary ;
// primary := true | false | null | now | auth.openid | doc.<path> | 'string' | number | '(' or ')'
//          | get '(' path ')' ('.' field)* ;  path := value ('+' value)* ;  value := primary | `…${path}…`.
// Only what the platform supports and the local cloud evaluates as the platform does is accepted:
// `null` only beside `==` / `!=` (JavaScript's `x == null`: null or absent); no `auth.uid` (a mini program
// caller has only `auth.openid`), no `request`, no `[]`, no arithmetic, no chained comparisons; `get()` at most
// 3 times and 2 deep, its path `database.<collection>.<docId>`, and `+` and template strings only in that path.
import { describeToken as describe, RuleSyntaxError, tokenize, type Token } from './rule-tokens';

export { RuleSyntaxError } from './rule-tokens';

/** The platform's per-expression length limit, in characters. */
export const RULE_EXPRESSION_MAX_LENGTH = 1024;

/** The platform's limit on get() calls in one expression. */
export const RULE_MAX_GET_CALLS = 3;

/** The platform's limit on get() nesting: get(get(…)) is allowed, one level more is not. */
export const RULE_MAX_GET_DEPTH = 2;

/** What a get() path starts with: `database.<collection>.<docId>`. */
export const GET_PATH_PREFIX = 'database.';

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
  | { kind: 'in'; value: RuleNode; list: RuleListItem[] }
  /** `get(path)`: the document at `database.<collection>.<docId>`, or null when there is none. */
  | { kind: 'get'; path: RuleNode }
  /** `get(…).a.b`: a field of a fetched document (`path` split at dots). */
  | { kind: 'member'; object: RuleNode; path: string[] }
  /** A template string: `quasis[0] + parts[0] + quasis[1] + …`, each part as JavaScript writes it into text. */
  | { kind: 'template'; quasis: string[]; parts: RuleNode[] }
  /** `left + right` inside a get() path, as JavaScript's `+` (text joined). */
  | { kind: 'concat'; left: RuleNode; right: RuleNode };

/** Parses one rule expression; throws RuleSyntaxError for anything outside the language. */
export function parseRuleExpression(source: string): RuleNode {
  if (source.length > RULE_EXPRESSION_MAX_LENGTH) {
    throw new RuleSyntaxError(`expression is longer than ${RULE_EXPRESSION_MAX_LENGTH} characters`, 0);
  }
  if (source.trim() === '') throw new RuleSyntaxError('empty expression', 0);
  return new Parser(tokenize(source), { gets: 0, depth: 0 }).parseWhole();
}

const COMPARISONS: readonly string[] = ['==', '!=', '<', '<=', '>', '>='];

/** What the parsers of one expression (and of its template parts) share: get() calls seen and the current depth. */
interface GetBudget {
  gets: number;
  depth: number;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly budget: GetBudget,
  ) {}

  parseWhole(): RuleNode {
    const node = this.parseOr();
    this.expectEnd();
    return node;
  }

  /** A template part: one path value, then the part's end (its closing brace). */
  parseTemplatePart(): RuleNode {
    const node = this.parsePath();
    this.expectEnd();
    return node;
  }

  private expectEnd(): void {
    const next = this.peek();
    if (next.type !== 'end') throw new RuleSyntaxError(`unexpected ${describe(next)}`, next.at);
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
    if (token.type === 'template') {
      if (this.budget.depth === 0)
        throw new RuleSyntaxError('a template string stands only in a get() path', token.at);
      return this.parseTemplate(token);
    }
    if (token.type !== 'word') throw new RuleSyntaxError(`unexpected ${describe(token)}`, token.at);
    const following = this.peek();
    if (following.type === 'punct' && following.text === '(') {
      if (token.text === 'get') return this.parseGet(token.at);
      throw new RuleSyntaxError(
        `function call ${token.text}(…) is not supported (get() is the only function)`,
        token.at,
      );
    }
    if (following.type === 'punct' && following.text === '[')
      throw new RuleSyntaxError(`bracket access ${token.text}[…] is not supported`, following.at);
    return wordNode(token.text, token.at);
  }

  /** `get(path)` and any `.field` after it; `at` is where the word `get` stands. */
  private parseGet(at: number): RuleNode {
    this.budget.gets += 1;
    if (this.budget.gets > RULE_MAX_GET_CALLS)
      throw new RuleSyntaxError(`more than ${RULE_MAX_GET_CALLS} get() calls in one expression`, at);
    if (this.budget.depth >= RULE_MAX_GET_DEPTH)
      throw new RuleSyntaxError(`get() nested more than ${RULE_MAX_GET_DEPTH} deep`, at);
    this.expectPunct('(');
    const pathAt = this.peek().at;
    this.budget.depth += 1;
    const path = this.parsePath();
    this.budget.depth -= 1;
    this.expectPunct(')');
    checkGetPath(path, pathAt);
    let node: RuleNode = { kind: 'get', path };
    const fields: string[] = [];
    while (this.takePunct('.')) {
      const field = this.next();
      if (field.type !== 'word')
        throw new RuleSyntaxError(`expected a field name after "." but found ${describe(field)}`, field.at);
      fields.push(...field.text.split('.'));
    }
    const bracket = this.peek();
    if (bracket.type === 'punct' && bracket.text === '[')
      throw new RuleSyntaxError('bracket access get(…)[…] is not supported', bracket.at);
    if (fields.length > 0) node = { kind: 'member', object: node, path: fields };
    return node;
  }

  /** A get() path: values joined with `+`. */
  private parsePath(): RuleNode {
    let left = this.parsePrimary();
    while (this.takePunct('+')) left = { kind: 'concat', left, right: this.parsePrimary() };
    return left;
  }

  private parseTemplate(token: Token & { type: 'template' }): RuleNode {
    const parts = token.parts.map((tokens) => new Parser(tokens, this.budget).parseTemplatePart());
    return { kind: 'template', quasis: token.quasis, parts };
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

/** A path whose start is written out must read `database.<collection>.<docId>`. */
function checkGetPath(path: RuleNode, at: number): void {
  const written = leadingText(path);
  const shape = `get() takes a path "${GET_PATH_PREFIX}<collection>.<docId>"`;
  if (written === undefined) return;
  if (!GET_PATH_PREFIX.startsWith(written) && !written.startsWith(GET_PATH_PREFIX))
    throw new RuleSyntaxError(`${shape}, not one starting "${written}"`, at);
  const whole = path.kind === 'literal' || (path.kind === 'template' && path.parts.length === 0);
  if (whole && !/^database\.[A-Za-z0-9_-]+\..+$/.test(written))
    throw new RuleSyntaxError(`${shape}, not "${written}"`, at);
}

/** The text a path starts with as written (a literal, a template's first chunk), or undefined when computed. */
export function leadingText(path: RuleNode): string | undefined {
  switch (path.kind) {
    case 'literal':
      return typeof path.value === 'string' ? path.value : String(path.value);
    case 'template':
      return path.quasis[0] === '' && path.parts.length > 0 ? undefined : path.quasis[0];
    case 'concat':
      return leadingText(path.left);
    default:
      return undefined;
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
    `"${text}" is not in the rule subset (true, false, null, now, auth.openid, doc.<field>, get())${hint}`,
    at,
  );
}

export { documentFieldsOf, fieldsInGetPaths, fieldsOutsideGetPaths, getCallsOf } from './rule-fields';
