// Splits a security-rule expression into tokens; anything outside the supported subset is reported with its column.

export type RuleToken =
  | { type: 'identifier'; text: string; column: number }
  | { type: 'number'; value: number; text: string; column: number }
  | { type: 'string'; value: string; text: string; column: number }
  | { type: 'punctuation'; text: RulePunctuation; column: number };

export type RulePunctuation =
  '(' | ')' | '[' | ']' | '.' | ',' | '!' | '&&' | '||' | '==' | '!=' | '<=' | '>=' | '<' | '>';

/** An expression the lexer or parser cannot accept; `column` is 1-based. */
export class RuleSyntaxError extends Error {
  constructor(
    readonly unsupported: string,
    readonly column: number,
  ) {
    super(`${unsupported} (column ${column})`);
    this.name = 'RuleSyntaxError';
  }
}

// Longest first, so `==` wins over a lone `=` and `<=` over `<`.
const PUNCTUATION: RulePunctuation[] = [
  '&&',
  '||',
  '==',
  '!=',
  '<=',
  '>=',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  '!',
  '<',
  '>',
];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/** Tokens of `source`, or a RuleSyntaxError naming the first character outside the subset. */
export function tokenizeRule(source: string): RuleToken[] {
  const tokens: RuleToken[] = [];
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index);
    const column = index + 1;
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      tokens.push({ type: 'identifier', text: identifier[0], column });
      index += identifier[0].length;
      continue;
    }
    // A leading minus belongs to a number only where an operand is expected (`a > -1`, not `a -1`).
    const number = NUMBER.exec(rest);
    if (number && (!number[0].startsWith('-') || expectsOperand(tokens))) {
      tokens.push({ type: 'number', value: Number(number[0]), text: number[0], column });
      index += number[0].length;
      continue;
    }
    if (rest[0] === "'" || rest[0] === '"') {
      const literal = readString(source, index);
      tokens.push({ type: 'string', value: literal.value, text: source.slice(index, literal.end), column });
      index = literal.end;
      continue;
    }
    const punctuation = PUNCTUATION.find((p) => rest.startsWith(p));
    if (punctuation) {
      tokens.push({ type: 'punctuation', text: punctuation, column });
      index += punctuation.length;
      continue;
    }
    const unsupported = rest[0] === '`' ? 'template string' : `character '${rest[0]}'`;
    throw new RuleSyntaxError(`unsupported ${unsupported}`, column);
  }
  return tokens;
}

function expectsOperand(tokens: RuleToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return !last || (last.type === 'punctuation' && last.text !== ')' && last.text !== ']');
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

function readString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === quote) return { value, end: index + 1 };
    if (char === '\\') {
      const escaped = source[index + 1];
      const replacement = escaped === undefined ? undefined : ESCAPES[escaped];
      if (replacement === undefined)
        throw new RuleSyntaxError(`unsupported escape '\\${escaped ?? ''}' in a string`, index + 1);
      value += replacement;
      index += 2;
      continue;
    }
    value += char;
    index += 1;
  }
  throw new RuleSyntaxError('unterminated string', start + 1);
}
