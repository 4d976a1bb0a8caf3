// "A query must be a subset of its rule": decides whether a filter guarantees a rule for every document it can match.
import type { RuleComparison } from '../../../../database/rule-expression';
import { filterBranches, type FieldConstraint, type FilterBranch } from './filter-branches';
import type { FieldTest, RuleFormula } from './rule-formula';
import { compareRuleValues, orderable, ruleListIncludes, ruleValuesEqual } from './rule-values';

/**
 * True when every branch of `filter` proves `formula`: conjunctions need each part proven,
 * a disjunction one part, and a field test is proven by the filter's own constraints on that
 * same field (equalities and `$in`, bounds, `$ne`, `$nin`).
 */
export function filterProvesFormula(filter: Record<string, unknown>, formula: RuleFormula): boolean {
  const branches = filterBranches(filter);
  return branches !== undefined && branches.every((branch) => branchProves(branch, formula));
}

function branchProves(branch: FilterBranch, formula: RuleFormula): boolean {
  switch (formula.kind) {
    case 'constant':
      return formula.value;
    case 'all':
      return formula.parts.every((part) => branchProves(branch, part));
    case 'any':
      return formula.parts.some((part) => branchProves(branch, part));
    case 'field':
      return (branch.get(formula.path) ?? []).some((constraint) =>
        constraintProves(constraint, formula.test),
      );
    case 'pinned': {
      const pinned = pinnedDocument(branch, formula.fields);
      return pinned !== undefined && formula.holds(pinned);
    }
  }
}

/** The one value the branch gives each field (`==`, or `in` with one value) as a document; undefined if one has none. */
function pinnedDocument(
  branch: FilterBranch,
  fields: readonly string[],
): Record<string, unknown> | undefined {
  const document: Record<string, unknown> = {};
  for (const field of fields) {
    const single = (branch.get(field) ?? []).find(
      (constraint) => constraint.kind === 'oneOf' && constraint.values.length === 1,
    );
    if (single?.kind !== 'oneOf') return undefined;
    writePath(document, field.split('.'), single.values[0]);
  }
  return document;
}

function writePath(document: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = document;
  path.slice(0, -1).forEach((segment) => {
    const next = current[segment];
    const child: Record<string, unknown> =
      next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : {};
    current[segment] = child;
    current = child;
  });
  const last = path[path.length - 1];
  if (last !== undefined) current[last] = value;
}

function constraintProves(constraint: FieldConstraint, test: FieldTest): boolean {
  switch (constraint.kind) {
    case 'oneOf':
      return constraint.values.every((value) => valuePasses(value, test));
    case 'notEqual':
      return excludedValuesProve([constraint.value], test);
    case 'noneOf':
      return excludedValuesProve(constraint.values, test);
    case 'bound':
      return boundProves(constraint.operator, constraint.value, test);
  }
}

function valuePasses(value: unknown, test: FieldTest): boolean {
  if (test.kind === 'in') return ruleListIncludes(test.values, value);
  if (test.kind === 'notIn') return !ruleListIncludes(test.values, value);
  return compareRuleValues(value, test.operator, test.value);
}

/** A field known to differ from every value in `excluded` passes `!= v` or `notIn [..]` when those are all excluded. */
function excludedValuesProve(excluded: readonly unknown[], test: FieldTest): boolean {
  const isExcluded = (value: unknown) => excluded.some((item) => ruleValuesEqual(item, value));
  if (test.kind === 'notIn') return test.values.every(isExcluded);
  return test.kind === 'compare' && test.operator === '!=' && isExcluded(test.value);
}

/** What `field <bound> limit` proves: e.g. `> 10` proves `> 10`, `>= 5` and `!= 3`, but not `> 11`. */
function boundProves(bound: '$gt' | '$gte' | '$lt' | '$lte', limit: unknown, test: FieldTest): boolean {
  if (test.kind === 'in') return false;
  if (test.kind === 'notIn') return test.values.every((value) => boundProvesOne(bound, limit, '!=', value));
  return boundProvesOne(bound, limit, test.operator, test.value);
}

function boundProvesOne(bound: string, limit: unknown, operator: RuleComparison, value: unknown): boolean {
  const b = orderable(limit);
  const v = orderable(value);
  if (b === undefined || v === undefined || typeof b !== typeof v) return false;
  const above = bound === '$gt' || bound === '$gte';
  const strict = bound === '$gt' || bound === '$lt';
  switch (operator) {
    case '>':
      return above && (strict ? b >= v : b > v);
    case '>=':
      return above && b >= v;
    case '<':
      return !above && (strict ? b <= v : b < v);
    case '<=':
      return !above && b <= v;
    case '!=':
      return above ? (strict ? b >= v : b > v) : strict ? b <= v : b < v;
    default:
      return false;
  }
}
