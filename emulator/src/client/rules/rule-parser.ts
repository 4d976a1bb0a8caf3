// Parses one security-rule expression into a RuleNode, refusing (never guessing at) anything outside the subset.
import type { CompareOperator, RuleLiteral, RuleNode } from './rule-ast';
import { RuleSyntaxError, tokenizeRule, type RuleToken } from './rule-lexer';

const COMPARE_OPERATORS = new Set<string>(['==', '!=', '<', '<=', '>', '>=']);
const LITERAL_WORDS: Record<string, RuleLiteral> = { true: true, false: false, null: null };

/** The expression as a tree; throws RuleSyntaxError naming the unsupported part and its column. */
export function parseRule(source: string): RuleNode {
  const parser = new RuleParser(tokenizeRule(source), source.length);
  return parser.parseExpression();
}

class RuleParser {
  private position = 0;

  constructor(
    private readonly tokens: RuleToken[],
    private readonly sourceLength: number,
  ) {}

  parseExpression(): RuleNode {
    if (this.tokens.length === 0) throw new RuleSyntaxError('empty expression', 1);
    const node = this.parseOr();
    const extra = this.peek();
    if (extra) throw new RuleSyntaxError(`unexpected '${tokenText(extra)}'`, extra.column);
    return node;
  }

  private parseOr(): RuleNode {
    let left = this.parseAnd();
    while (this.acceptPunctuation('||'))
      left = { kind: 'logical', operator: '||', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): RuleNode {
    let left = this.parseComparison();
    while (this.acceptPunctuation('&&'))
      left = { kind: 'logical', operator: '&&', left, right: this.parseComparison() };
    return left;
  }

  private parseComparison(): RuleNode {
    const left = this.parseUnary();
    const next = this.peek();
    let node: RuleNode = left;
    if (next?.type === 'identifier' && next.text === 'in') {
      this.position += 1;
      node = { kind: 'in', value: left, list: this.parseArrayLiteral() };
    } else if (next?.type === 'punctuation' && COMPARE_OPERATORS.has(next.text)) {
      this.position += 1;
      node = { kind: 'compare', operator: next.text as CompareOperator, left, right: this.parseUnary() };
    }
    const chained = this.peek();
    if (
      node !== left &&
      chained &&
      ((chained.type === 'punctuation' && COMPARE_OPERATORS.has(chained.text)) ||
        (chained.type === 'identifier' && chained.text === 'in'))
    ) {
      throw new RuleSyntaxError(
        `chained comparison '${tokenText(chained)}' (add parentheses)`,
        chained.column,
      );
    }
    return node;
  }

  private parseUnary(): RuleNode {
    if (this.acceptPunctuation('!')) return { kind: 'not', operand: this.parseUnary() };
    return this.parsePrimary();
  }

  private parsePrimary(): RuleNode {
    const token = this.next('an operand');
    if (token.type === 'number' || token.type === 'string') return { kind: 'literal', value: token.value };
    if (token.type === 'punctuation') {
      if (token.text === '(') {
        const inner = this.parseOr();
        this.expectPunctuation(')');
        return inner;
      }
      if (token.text === '[') throw new RuleSyntaxError("an array literal outside 'in [...]'", token.column);
      throw new RuleSyntaxError(`unexpected '${token.text}'`, token.column);
    }
    if (token.text in LITERAL_WORDS) return { kind: 'literal', value: LITERAL_WORDS[token.text] ?? null };
    return this.parseReference(token);
  }

  private parseReference(head: RuleToken & { type: 'identifier' }): RuleNode {
    const segments = [head.text];
    while (this.acceptPunctuation('.')) {
      const segment = this.next('a field name after "."');
      if (segment.type !== 'identifier')
        throw new RuleSyntaxError(`unexpected '${tokenText(segment)}' after "."`, segment.column);
      segments.push(segment.text);
    }
    const following = this.peek();
    const name = segments.join('.');
    if (following?.type === 'punctuation' && following.text === '(')
      throw new RuleSyntaxError(`function call ${name}(...)`, head.column);
    if (following?.type === 'punctuation' && following.text === '[')
      throw new RuleSyntaxError(`bracket access ${name}[...]`, following.column);
    switch (head.text) {
      case 'now':
        if (segments.length === 1) return { kind: 'now' };
        break;
      case 'auth':
        if (segments.length === 2 && (segments[1] === 'openid' || segments[1] === 'uid'))
          return { kind: 'auth', field: segments[1] };
        break;
      case 'doc':
        if (segments.length >= 2) return { kind: 'doc', path: segments.slice(1).join('.') };
        break;
    }
    throw new RuleSyntaxError(`unknown identifier '${name}'`, head.column);
  }

  private parseArrayLiteral(): RuleLiteral[] {
    const open = this.next("'[' after 'in'");
    if (open.type !== 'punctuation' || open.text !== '[')
      throw new RuleSyntaxError(`'in' needs an array literal, found '${tokenText(open)}'`, open.column);
    const items: RuleLiteral[] = [];
    if (this.acceptPunctuation(']')) return items;
    do {
      const item = this.next('an array element');
      if (item.type === 'number' || item.type === 'string') items.push(item.value);
      else if (item.type === 'identifier' && item.text in LITERAL_WORDS)
        items.push(LITERAL_WORDS[item.text] ?? null);
      else throw new RuleSyntaxError(`non-literal array element '${tokenText(item)}'`, item.column);
    } while (this.acceptPunctuation(','));
    this.expectPunctuation(']');
    return items;
  }

  private peek(): RuleToken | undefined {
    return this.tokens[this.position];
  }

  private next(expected: string): RuleToken {
    const token = this.tokens[this.position];
    if (!token)
      throw new RuleSyntaxError(`expression ends where ${expected} was expected`, this.sourceLength + 1);
    this.position += 1;
    return token;
  }

  private acceptPunctuation(text: string): boolean {
    const token = this.peek();
    if (token?.type !== 'punctuation' || token.text !== text) return false;
    this.position += 1;
    return true;
  }

  private expectPunctuation(text: string): void {
    const token = this.next(`'${text}'`);
    if (token.type !== 'punctuation' || token.text !== text)
      throw new RuleSyntaxError(`expected '${text}', found '${tokenText(token)}'`, token.column);
  }
}

function tokenText(token: RuleToken): string {
  return token.text;
}
