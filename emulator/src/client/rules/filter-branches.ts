// Reads a Mongo-style filter as alternative branches, each a set of per-field constraints that all hold.

/** What a filter says about one field. */
export type FieldConstraint =
  /** The field equals one of these (plain equality, `$eq`, `$in`). */
  | { kind: 'oneOf'; values: readonly unknown[] }
  | { kind: 'bound'; operator: '$gt' | '$gte' | '$lt' | '$lte'; value: unknown }
  | { kind: 'notEqual'; value: unknown }
  | { kind: 'noneOf'; values: readonly unknown[] };

/** One way a document can match the filter: every constraint listed for every path holds. */
export type FilterBranch = ReadonlyMap<string, readonly FieldConstraint[]>;

/** Filters that would expand into more branches than this are not analysed (and so not proven). */
export const MAX_FILTER_BRANCHES = 256;

/**
 * The filter as a disjunction of branches, or undefined when it is too large to analyse.
 * Operators the check does not use ($regex, $exists, $elemMatch, $nor, $expr…) are dropped:
 * dropping a condition only widens what a branch matches, so anything proven still holds.
 */
export function filterBranches(filter: Record<string, unknown>): FilterBranch[] | undefined {
  let branches: Array<Map<string, FieldConstraint[]>> = [new Map()];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      const parts = value.map((part) => (isRecord(part) ? filterBranches(part) : undefined));
      if (parts.some((part) => part === undefined)) return undefined;
      const expanded =
        key === '$and'
          ? conjoinAll(branches, parts as FilterBranch[][])
          : conjoin(branches, (parts as FilterBranch[][]).flat());
      if (!expanded) return undefined;
      branches = expanded;
      continue;
    }
    if (key.startsWith('$')) continue;
    const constraints = fieldConstraints(value);
    for (const branch of branches) branch.set(key, [...(branch.get(key) ?? []), ...constraints]);
  }
  return branches;
}

function conjoinAll(
  branches: Array<Map<string, FieldConstraint[]>>,
  parts: FilterBranch[][],
): Array<Map<string, FieldConstraint[]>> | undefined {
  let result: Array<Map<string, FieldConstraint[]>> | undefined = branches;
  for (const part of parts) {
    result = conjoin(result, part);
    if (!result) return undefined;
  }
  return result;
}

/** Every branch of `left` combined with every alternative in `right`. */
function conjoin(
  left: Array<Map<string, FieldConstraint[]>>,
  right: FilterBranch[],
): Array<Map<string, FieldConstraint[]>> | undefined {
  if (left.length * right.length > MAX_FILTER_BRANCHES) return undefined;
  const result: Array<Map<string, FieldConstraint[]>> = [];
  for (const branch of left) {
    for (const alternative of right) {
      const merged = new Map(branch);
      for (const [path, constraints] of alternative)
        merged.set(path, [...(merged.get(path) ?? []), ...constraints]);
      result.push(merged);
    }
  }
  return result;
}

function fieldConstraints(condition: unknown): FieldConstraint[] {
  if (!isRecord(condition) || !Object.keys(condition).some((key) => key.startsWith('$'))) {
    return condition instanceof RegExp ? [] : [{ kind: 'oneOf', values: [condition] }];
  }
  const constraints: FieldConstraint[] = [];
  for (const [operator, operand] of Object.entries(condition)) {
    switch (operator) {
      case '$eq':
        if (!(operand instanceof RegExp)) constraints.push({ kind: 'oneOf', values: [operand] });
        break;
      case '$in':
        if (Array.isArray(operand) && !operand.some((item) => item instanceof RegExp))
          constraints.push({ kind: 'oneOf', values: operand });
        break;
      case '$ne':
        constraints.push({ kind: 'notEqual', value: operand });
        break;
      case '$nin':
        if (Array.isArray(operand)) constraints.push({ kind: 'noneOf', values: operand });
        break;
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte':
        constraints.push({ kind: 'bound', operator, value: operand });
        break;
    }
  }
  return constraints;
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
