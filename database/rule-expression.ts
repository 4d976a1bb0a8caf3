// The security-rule expression subset the project writes and the local cloud evaluates, parsed into a tree.
//
// Grammar (JavaScript precedence):  or := and ('||' and)* ;  and := compare ('&&' compare)* ;
// compare := unary (('=='|'!='|'<'|'<='|'>'|'>=') unary | 'in' '[' literal, … ']')? ;
// unary := '!' unary | primary ;  primary := true | false | now | auth.openid | doc.<path> | 'string' | number | '(' or ')'.

/** The platform's per-expression length limit, in characters. */
export const RULE_EXPRESSION_MAX_LENGTH = 1024;

/** A literal value written in a rule. */
export type RuleLiteral = string | number | boolean;

/** Comparison operators a rule may use. */
export type RuleComparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A parsed rule expression; `doc.path` holds the field path split at dots. */
export type RuleNode =
  | { kind: 'literal'; value: RuleLiteral }
  | { kind: 'authOpenid' }
  | { kind: 'now' }
  | { kind: 'doc'; path: string[] }
  | { kind: 'not'; operand: RuleNode }
  | { kind: 'and' | 'or'; left: RuleNode; right: RuleNode }
  | { kind: 'compare'; operator: RuleComparison; left: RuleNode; right: RuleNode }
  | { kind: 'in'; value: RuleNode; list: RuleLiteral[] };

/** A rule expression outside the subset; `position` is the 0-based character offset of the problem. */
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
    const quote = rest[0];
    if (quote === "'" || quote === '"') {
      const close = rest.indexOf(quote, 1);
      if (close < 0) throw new RuleSyntaxError('unterminated string', at);
      const value = rest.slice(1, close);
      if (value.includes('\\')) throw new RuleSyntaxError('escapes in strings are not supported', at);
      tokens.push({ type: 'string', value, at });
      at += close + 1;
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
    const punct = PUNCTUATION.find((candidate) => rest.startsWith(candidate));
    if (!punct) throw new RuleSyntaxError(`unexpected "${rest[0]}"`, at);
    tokens.push({ type: 'punct', text: punct, at });
    at += punct.length;
  }
  tokens.push({ type: 'end', at });
  return tokens;
}

/** Parses one rule expression; throws RuleSyntaxError for anything outside the subset. */
export function parseRuleExpression(source: string): RuleNode {
  if (source.length > RULE_EXPRESSION_MAX_LENGTH) {
    throw new RuleSyntaxError(`expression is longer than ${RULE_EXPRESSION_MAX_LENGTH} characters`, 0);
  }
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
    const left = this.parseUnary();
    const next = this.peek();
    if (next.type === 'punct' && COMPARISONS.includes(next.text)) {
      this.index += 1;
      return { kind: 'compare', operator: next.text as RuleComparison, left, right: this.parseUnary() };
    }
    if (next.type === 'word' && next.text === 'in') {
      this.index += 1;
      return { kind: 'in', value: left, list: this.parseList() };
    }
    return left;
  }

  private parseUnary(): RuleNode {
    if (this.takePunct('!')) return { kind: 'not', operand: this.parseUnary() };
    return this.parsePrimary();
  }

  private parsePrimary(): RuleNode {
    const token = this.next();
    if (token.type === 'punct' && token.text === '(') {
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (token.type === 'string' || token.type === 'number') return { kind: 'literal', value: token.value };
    if (token.type === 'word') return wordNode(token.text, token.at);
    throw new RuleSyntaxError(`unexpected ${describe(token)}`, token.at);
  }

  private parseList(): RuleLiteral[] {
    this.expectPunct('[');
    const list: RuleLiteral[] = [];
    if (this.takePunct(']')) return list;
    do {
      const token = this.next();
      if (token.type === 'string' || token.type === 'number') list.push(token.value);
      else if (token.type === 'word' && (token.text === 'true' || token.text === 'false'))
        list.push(token.text === 'true');
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

function wordNode(text: string, at: number): RuleNode {
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' };
  if (text === 'now') return { kind: 'now' };
  if (text === 'auth.openid') return { kind: 'authOpenid' };
  if (text.startsWith('doc.')) return { kind: 'doc', path: text.split('.').slice(1) };
  throw new RuleSyntaxError(
    `"${text}" is not in the rule subset (true, false, now, auth.openid, doc.<field>)`,
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
