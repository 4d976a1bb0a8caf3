// Turns a rule into a formula over document fields, with `auth` and `now` already filled in and negations pushed to the leaves.
import {
  documentFieldsOf,
  fieldsInGetPaths,
  fieldsOutsideGetPaths,
  type RuleComparison,
  type RuleNode,
} from '../../../../database/rule-expression';
import { evaluateRuleValue, ruleAllows, type RuleContext } from './rule-evaluator';

/** What one document field must satisfy. */
export type FieldTest =
  | { kind: 'compare'; operator: RuleComparison; value: unknown }
  | { kind: 'in'; values: readonly unknown[] }
  | { kind: 'notIn'; values: readonly unknown[] };

/** A rule reduced to conditions on document fields, ready to be proven from a filter. */
export type RuleFormula =
  /** Decided without the document; `false` also stands for a part no filter can prove (e.g. `doc.a == doc.b`). */
  | { kind: 'constant'; value: boolean }
  | { kind: 'all' | 'any'; parts: RuleFormula[] }
  | { kind: 'field'; path: string; test: FieldTest }
  /**
   * A part that reads the document only inside get() paths: decided once the query pins each of `fields` to
   * one value (`==`, or `in` with one value), as the platform requires; `holds` gets those values as a document.
   */
  | { kind: 'pinned'; fields: string[]; holds: (pinned: Record<string, unknown>) => boolean };

const NEGATED: Record<RuleComparison, RuleComparison> = {
  '==': '!=',
  '!=': '==',
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
};
// `value OP doc.x` read from the document's side.
const MIRRORED: Record<RuleComparison, RuleComparison> = {
  '==': '==',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/**
 * The rule as a formula that, whenever it holds for a document, makes the rule hold too.
 * Negated orderings become the opposite ordering (`!(a < 1)` → `a >= 1`), which is stricter
 * only for values that cannot be ordered, so proving the formula still proves the rule.
 */
export function ruleFormula(node: RuleNode, context: RuleContext, negated = false): RuleFormula {
  if (!readsDocument(node)) return { kind: 'constant', value: ruleAllows(node, {}, context) !== negated };
  if (fieldsOutsideGetPaths(node).length === 0)
    return {
      kind: 'pinned',
      fields: fieldsInGetPaths(node),
      holds: (pinned) => ruleAllows(node, pinned, context) !== negated,
    };
  switch (node.kind) {
    case 'not':
      return ruleFormula(node.operand, context, !negated);
    case 'and':
    case 'or': {
      const parts = [ruleFormula(node.left, context, negated), ruleFormula(node.right, context, negated)];
      const conjunction = (node.kind === 'and') !== negated;
      return { kind: conjunction ? 'all' : 'any', parts };
    }
    case 'doc':
      return {
        kind: 'field',
        path: node.path.join('.'),
        test: { kind: 'compare', operator: negated ? '!=' : '==', value: true },
      };
    case 'in':
      if (node.value.kind !== 'doc') return UNPROVABLE;
      return {
        kind: 'field',
        path: node.value.path.join('.'),
        test: negated ? { kind: 'notIn', values: node.list } : { kind: 'in', values: node.list },
      };
    case 'compare':
      return comparisonFormula(node.operator, node.left, node.right, context, negated);
    default:
      return UNPROVABLE;
  }
}

const UNPROVABLE: RuleFormula = { kind: 'constant', value: false };

function comparisonFormula(
  operator: RuleComparison,
  left: RuleNode,
  right: RuleNode,
  context: RuleContext,
  negated: boolean,
): RuleFormula {
  const effective = negated ? NEGATED[operator] : operator;
  if (left.kind === 'doc' && !readsDocument(right))
    return {
      kind: 'field',
      path: left.path.join('.'),
      test: { kind: 'compare', operator: effective, value: evaluateRuleValue(right, {}, context) },
    };
  if (right.kind === 'doc' && !readsDocument(left))
    return {
      kind: 'field',
      path: right.path.join('.'),
      test: { kind: 'compare', operator: MIRRORED[effective], value: evaluateRuleValue(left, {}, context) },
    };
  return UNPROVABLE;
}

function readsDocument(node: RuleNode): boolean {
  return documentFieldsOf(node).length > 0;
}
