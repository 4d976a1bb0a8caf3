// Value semantics shared by rule evaluation and the query-subset check, so both always agree.
import type { RuleComparison } from '../../../../database/rule-expression';

/**
 * Equality as rules see it: primitives by value, Dates by instant, arrays and plain objects deeply.
 * An absent value (undefined) equals only `null` (JavaScript's `x == null`), never another absent
 * value, so `doc.a == doc.b` cannot grant access to a document that lacks both fields.
 */
export function ruleValuesEqual(left: unknown, right: unknown): boolean {
  if (left === undefined || right === undefined) return left === null || right === null;
  if (left instanceof Date || right instanceof Date) {
    const a = orderable(left);
    const b = orderable(right);
    return typeof a === 'number' && a === b;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => ruleValuesEqual(item, right[index]));
  }
  if (isPlainObject(left) && isPlainObject(right)) {
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length) return false;
    return keys.every((key) => key in right && ruleValuesEqual(left[key], right[key]));
  }
  return left === right;
}

/** `left <operator> right`; ordering compares numbers (Dates as epoch ms) or strings, never across kinds. */
export function compareRuleValues(left: unknown, operator: RuleComparison, right: unknown): boolean {
  if (operator === '==') return ruleValuesEqual(left, right);
  if (operator === '!=') return !ruleValuesEqual(left, right);
  const a = orderable(left);
  const b = orderable(right);
  if (a === undefined || b === undefined || typeof a !== typeof b) return false;
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/** True when `value` equals one of `list`. */
export function ruleListIncludes(list: readonly unknown[], value: unknown): boolean {
  return list.some((item) => ruleValuesEqual(value, item));
}

/** A number or string to order by, or undefined for values rules cannot order. */
export function orderable(value: unknown): number | string | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  if (typeof value === 'string') return value;
  return undefined;
}

/** Reads a field path (`['a', 'b', 'c']` for `doc.a.b.c`) from a document; undefined when any step is missing. */
export function readPath(document: unknown, path: readonly string[]): unknown {
  let current: unknown = document;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
