// Evaluates a parsed rule against one document: the per-document guard, and the check for creates, updates, deletes.
import type { RuleNode } from '../../../../database/rule-expression';
import { readGetPath, type RuleDocumentReader } from './rule-documents';
import { compareRuleValues, readPath, ruleListIncludes } from './rule-values';

/** Who is asking and when: `auth` as the platform fills it for a mini program caller. */
export interface RuleContext {
  auth: { openid: string };
  /** Epoch milliseconds, the value of `now` in a rule. */
  now: number;
  /** Where `get()` reads committed documents; without one every get() finds nothing. */
  documents?: RuleDocumentReader;
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
    case 'get':
      return readGetPath(context.documents, evaluateRuleValue(node.path, document, context)) ?? null;
    case 'member':
      return readPath(evaluateRuleValue(node.object, document, context), node.path);
    case 'template':
      return node.parts.reduce<string>(
        (text, part, index) =>
          text + asText(evaluateRuleValue(part, document, context)) + (node.quasis[index + 1] ?? ''),
        node.quasis[0] ?? '',
      );
    case 'concat':
      return plus(
        evaluateRuleValue(node.left, document, context),
        evaluateRuleValue(node.right, document, context),
      );
  }
}

/** A value as JavaScript writes it into a template string (`${undefined}` is "undefined"). */
function asText(value: unknown): string {
  return String(value);
}

/** JavaScript's `+` for the values a path joins: numbers add, anything else is joined as text. */
function plus(left: unknown, right: unknown): unknown {
  if (typeof left === 'number' && typeof right === 'number') return left + right;
  return asText(left) + asText(right);
}
