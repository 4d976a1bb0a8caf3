// Splits a security-rule expression into tokens for rule-expression.ts; a template string (`…${…}…`) becomes one
// token holding its literal chunks and the tokens of each interpolated expression.

/** A syntax problem; `position` is the 0-based character offset of the problem in the whole expression. */
export class RuleSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at character ${position}`);
    this.name = 'RuleSyntaxError';
  }
}

export type Token =
  | { type: 'punct'; text: string; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'number'; value: number; at: number }
  | { type: 'word'; text: string; at: number }
  /** `quasis` has one more entry than `parts`; each part's tokens end with an `end` token at its closing brace. */
  | { type: 'template'; quasis: string[]; parts: Token[][]; at: number }
  | { type: 'end'; at: number };

const PUNCTUATION = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', ',', '.', '+'];
const WORD = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/;
const NUMBER = /^-?\d+(?:\.\d+)?/;
const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
  $: '$',
};

/** The tokens of a whole expression, ending with an `end` token. */
export function tokenize(source: string): Token[] {
  return tokenizeFrom(source, 0, false).tokens;
}

/** Tokens from `start`; inside a template's `${`, stops at its closing brace (`end` is just past it). */
function tokenizeFrom(
  source: string,
  start: number,
  insideTemplate: boolean,
): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let at = start;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (insideTemplate && rest[0] === '}') {
      tokens.push({ type: 'end', at });
      return { tokens, end: at + 1 };
    }
    if (rest[0] === '`') {
      const template = readTemplate(source, at);
      tokens.push(template.token);
      at = template.end;
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
  if (insideTemplate) throw new RuleSyntaxError('unterminated ${ in a template string', start - 2);
  tokens.push({ type: 'end', at });
  return { tokens, end: at };
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
    value += readEscape(source, at);
    at += 1;
  }
  throw new RuleSyntaxError('unterminated string', start);
}

/** A template string from `start` (its backtick): literal chunks, the tokens of each `${ … }`, and its end. */
function readTemplate(source: string, start: number): { token: Token; end: number } {
  const quasis: string[] = [];
  const parts: Token[][] = [];
  let chunk = '';
  let at = start + 1;
  while (at < source.length) {
    const char = source[at];
    if (char === '`') {
      quasis.push(chunk);
      return { token: { type: 'template', quasis, parts, at: start }, end: at + 1 };
    }
    if (char === '\\') {
      chunk += readEscape(source, at);
      at += 2;
      continue;
    }
    if (char === '$' && source[at + 1] === '{') {
      quasis.push(chunk);
      chunk = '';
      const inner = tokenizeFrom(source, at + 2, true);
      parts.push(inner.tokens);
      at = inner.end;
      continue;
    }
    chunk += char;
    at += 1;
  }
  throw new RuleSyntaxError('unterminated template string', start);
}

function readEscape(source: string, at: number): string {
  const escaped = source[at + 1];
  const replacement = escaped === undefined ? undefined : ESCAPES[escaped];
  if (replacement === undefined)
    throw new RuleSyntaxError(`unsupported escape "\\${escaped ?? ''}" in a string`, at);
  return replacement;
}

/** A token as a problem message names it. */
export function describeToken(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the expression';
    case 'string':
      return `string '${token.value}'`;
    case 'number':
      return `number ${token.value}`;
    case 'template':
      return 'a template string';
    default:
      return `"${token.text}"`;
  }
}
