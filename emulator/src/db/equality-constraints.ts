// Reading a `$match` for equalities an index can answer: `{ f: v }`, `{ f: { $eq | $in } }`, `$and` of them, and in
// `$expr` the `$eq: ['$f', x]` and `$in: ['$f', x]` forms, where x is a literal or a `$$variable` of a lookup.

/** Documents matching the stage must have `field` equal to one of `values` (each a literal value). */
export interface EqualityConstraint {
  field: string;
  values: unknown[];
}

/** Every equality a `$match` criteria implies; `variables` resolves `$$name` inside `$expr`. */
export function equalityConstraints(
  criteria: Record<string, unknown>,
  variables: Record<string, unknown> = {},
): EqualityConstraint[] {
  const found: EqualityConstraint[] = [];
  for (const [key, value] of Object.entries(criteria)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isRecord(part)) found.push(...equalityConstraints(part, variables));
    } else if (key === '$expr') {
      found.push(...expressionConstraints(value, variables));
    } else if (!key.startsWith('$')) {
      const values = queryEqualityValues(value);
      if (values) found.push({ field: key, values });
    }
  }
  return found;
}

function queryEqualityValues(condition: unknown): unknown[] | undefined {
  if (!isRecord(condition)) return condition instanceof RegExp ? undefined : [condition];
  const operators = Object.keys(condition);
  if (operators.length !== 1) return undefined;
  if (operators[0] === '$eq') return [condition.$eq];
  if (operators[0] === '$in' && Array.isArray(condition.$in)) return condition.$in as unknown[];
  return undefined;
}

function expressionConstraints(
  expression: unknown,
  variables: Record<string, unknown>,
): EqualityConstraint[] {
  if (!isRecord(expression) || Object.keys(expression).length !== 1) return [];
  if (Array.isArray(expression.$and)) {
    return expression.$and.flatMap((part) => expressionConstraints(part, variables));
  }
  const equal = twoOperands(expression.$eq);
  if (equal) {
    const [left, right] = equal;
    const field = fieldPath(left) ?? fieldPath(right);
    const other = fieldPath(left) !== undefined ? right : left;
    const value = operandValue(other, variables);
    return field !== undefined && value.known ? [{ field, values: [value.value] }] : [];
  }
  const member = twoOperands(expression.$in);
  if (member) {
    const field = fieldPath(member[0]);
    const list = operandValue(member[1], variables);
    return field !== undefined && list.known && Array.isArray(list.value)
      ? [{ field, values: list.value as unknown[] }]
      : [];
  }
  return [];
}

function twoOperands(value: unknown): [unknown, unknown] | undefined {
  return Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : undefined;
}

/** `'$storeId'` → `storeId`; variables (`$$x`) and anything else → undefined. */
function fieldPath(operand: unknown): string | undefined {
  if (typeof operand !== 'string' || !operand.startsWith('$') || operand.startsWith('$$')) return undefined;
  return operand.slice(1);
}

/** A literal, or a `$$name` bound in `variables`; field paths and computed expressions are unknown here. */
function operandValue(
  operand: unknown,
  variables: Record<string, unknown>,
): { known: boolean; value?: unknown } {
  if (typeof operand === 'string' && operand.startsWith('$$')) {
    const name = operand.slice(2);
    return name in variables && !name.includes('.')
      ? { known: true, value: variables[name] }
      : { known: false };
  }
  if (typeof operand === 'string' && operand.startsWith('$')) return { known: false };
  if (isRecord(operand) || Array.isArray(operand)) {
    return Array.isArray(operand) &&
      operand.every((item) => !isRecord(item) && !Array.isArray(item) && !isPath(item))
      ? { known: true, value: operand }
      : { known: false };
  }
  return { known: true, value: operand };
}

function isPath(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('$');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof RegExp)
  );
}
