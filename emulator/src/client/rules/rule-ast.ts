// The parsed form of one security-rule expression (the subset the local cloud evaluates).

/** A literal value a rule may name: strings, numbers, true, false, null. */
export type RuleLiteral = string | number | boolean | null;

export type CompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type RuleNode =
  | { kind: 'literal'; value: RuleLiteral }
  /** `auth.openid` or `auth.uid` (a mini program caller has no uid). */
  | { kind: 'auth'; field: 'openid' | 'uid' }
  /** `doc.a.b`: a dotted path into the document (or, for a query, into its filter). */
  | { kind: 'doc'; path: string }
  /** `now`: the current time in epoch milliseconds. */
  | { kind: 'now' }
  | { kind: 'not'; operand: RuleNode }
  | { kind: 'logical'; operator: '&&' | '||'; left: RuleNode; right: RuleNode }
  | { kind: 'compare'; operator: CompareOperator; left: RuleNode; right: RuleNode }
  /** `value in [a, b]`: membership in an array literal. */
  | { kind: 'in'; value: RuleNode; list: RuleLiteral[] };

/** True when the expression reads the document anywhere inside it. */
export function readsDocument(node: RuleNode): boolean {
  switch (node.kind) {
    case 'doc':
      return true;
    case 'not':
      return readsDocument(node.operand);
    case 'logical':
    case 'compare':
      return readsDocument(node.left) || readsDocument(node.right);
    case 'in':
      return readsDocument(node.value);
    default:
      return false;
  }
}
