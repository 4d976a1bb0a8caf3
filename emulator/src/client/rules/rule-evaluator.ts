// Evaluates a parsed rule against one document: the per-document guard, and the check for creates, updates, deletes.
import type { RuleNode } from './rule-ast';
import { compareRuleValues, readPath, ruleListIncludes } from './rule-values';

/** Who is asking and when: `auth` as the platform fills it for a mini program caller (openid, no uid). */
export interface RuleContext {
  auth: { openid?: string; uid?: string };
  /** Epoch milliseconds, the value of `now` in a rule. */
  now: number;
}

/** True only when the rule evaluates to exactly `true` for this document (default deny). */
export function ruleAllows(rule: RuleNode, document: Record<string, unknown>, context: RuleContext): boolean {
  return evaluate(rule, document, context) === true;
}

/** The raw value of an expression (a comparison yields a boolean, `doc.a` whatever the document holds). */
export function evaluateRuleValue(
  node: RuleNode,
  document: Record<string, unknown>,
  context: RuleContext,
): unknown {
  return evaluate(node, document, context);
}

function evaluate(node: RuleNode, document: Record<string, unknown>, context: RuleContext): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'auth':
      return context.auth[node.field];
    case 'doc':
      return readPath(document, node.path);
    case 'now':
      return context.now;
    case 'not':
      return evaluate(node.operand, document, context) !== true;
    case 'logical': {
      const left = evaluate(node.left, document, context) === true;
      if (node.operator === '&&') return left && evaluate(node.right, document, context) === true;
      return left || evaluate(node.right, document, context) === true;
    }
    case 'compare':
      return compareRuleValues(
        evaluate(node.left, document, context),
        node.operator,
        evaluate(node.right, document, context),
      );
    case 'in':
      return ruleListIncludes(node.list, evaluate(node.value, document, context));
  }
}
