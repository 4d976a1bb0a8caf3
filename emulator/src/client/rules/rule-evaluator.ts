// Evaluates a parsed rule against one document: the per-document guard, and the check for creates, updates, deletes.
import type { RuleNode } from '../../../../database/rule-expression';
import { compareRuleValues, readPath, ruleListIncludes } from './rule-values';

/** Who is asking and when: `auth` as the platform fills it for a mini program caller. */
export interface RuleContext {
  auth: { openid: string };
  /** Epoch milliseconds, the value of `now` in a rule. */
  now: number;
}

/** True only when the rule evaluates to exactly `true` for this document (default deny). */
export function ruleAllows(rule: RuleNode, document: Record<string, unknown>, context: RuleContext): boolean {
  return evaluateRuleValue(rule, document, context) === true;
}

/** The raw value of an expression (a comparison yields a boolean, `doc.a` whatever the document holds). */
export function evaluateRuleValue(
  node: RuleNode,
  document: Record<string, unknown>,
  context: RuleContext,
): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'authOpenid':
      return context.auth.openid;
    case 'doc':
      return readPath(document, node.path);
    case 'now':
      return context.now;
    case 'not':
      return !ruleAllows(node.operand, document, context);
    case 'and':
      return ruleAllows(node.left, document, context) && ruleAllows(node.right, document, context);
    case 'or':
      return ruleAllows(node.left, document, context) || ruleAllows(node.right, document, context);
    case 'compare':
      return compareRuleValues(
        evaluateRuleValue(node.left, document, context),
        node.operator,
        evaluateRuleValue(node.right, document, context),
      );
    case 'in':
      return ruleListIncludes(node.list, evaluateRuleValue(node.value, document, context));
  }
}
