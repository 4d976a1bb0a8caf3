// Loads a collection's security rules once, refusing loudly anything outside the rule language.
import {
  fieldsInGetPaths,
  parseRuleExpression,
  RuleSyntaxError,
  type RuleNode,
} from '../../../../database/rule-expression';
import { RULE_KEYS, type RuleSet as DefinedRuleSet } from '../../../../database/types';
import { CloudError, WireCode } from '../../errors';
import { ruleAllows, type RuleContext } from './rule-evaluator';
import { ruleFormula } from './rule-formula';
import { filterProvesFormula } from './query-subset';

/** A collection's security rules as the platform stores them; here every key may be absent (absent denies). */
export type RuleSet = Partial<DefinedRuleSet>;

/** The operations a client request is checked for; create/update/delete fall back to `write`. */
export type RuleOperation = 'read' | 'create' | 'update' | 'delete';

/** A collection's rules, parsed once, answering per-document and per-filter questions. */
export interface CompiledRules {
  readonly collection: string;
  /** Whether the rule for `operation` holds for this document (the per-document guard; a create passes the new document). */
  allowsDocument(operation: RuleOperation, document: Record<string, unknown>, context: RuleContext): boolean;
  /** Whether every document `filter` can match is guaranteed to satisfy the rule ("a query must be a subset of its rule"). */
  allowsFilter(operation: RuleOperation, filter: Record<string, unknown>, context: RuleContext): boolean;
  /** The document fields the rule's get() paths read, which a query must pin to one value each. */
  fieldsInGetPaths(operation: RuleOperation): string[];
}

/** Rules the local cloud will not load; names the collection, the rule key and the unsupported part. */
export class RuleLoadError extends CloudError {
  constructor(
    readonly collection: string,
    readonly ruleKey: string,
    readonly unsupported: string,
  ) {
    super(
      WireCode.INVALID_PARAM,
      `security rules of collection "${collection}", key "${ruleKey}": ${unsupported}`,
    );
    this.name = 'RuleLoadError';
  }
}

type RuleKey = (typeof RULE_KEYS)[number];

/** Parses and checks every rule of one collection; throws RuleLoadError on the first unsupported part. */
export function compileRules(collection: string, rules: RuleSet): CompiledRules {
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules))
    throw new RuleLoadError(
      collection,
      '(all)',
      'rules must be an object of read/write/create/update/delete',
    );
  const compiled = new Map<RuleKey, RuleNode>();
  for (const [key, value] of Object.entries(rules) as Array<[string, unknown]>) {
    if (!(RULE_KEYS as readonly string[]).includes(key))
      throw new RuleLoadError(collection, key, `unknown rule key (expected ${RULE_KEYS.join(', ')})`);
    compiled.set(key as RuleKey, compileOne(collection, key, value));
  }
  const ruleFor = (operation: RuleOperation): RuleNode =>
    compiled.get(operation) ?? (operation === 'read' ? undefined : compiled.get('write')) ?? DENY;
  return {
    collection,
    allowsDocument: (operation, document, context) => ruleAllows(ruleFor(operation), document, context),
    allowsFilter: (operation, filter, context) =>
      filterProvesFormula(filter, ruleFormula(ruleFor(operation), context)),
    fieldsInGetPaths: (operation) => fieldsInGetPaths(ruleFor(operation)),
  };
}

/** Compiles the rules of every collection; a collection absent here is denied to clients. */
export function compileRuleTable(rules: Record<string, RuleSet | undefined>): Map<string, CompiledRules> {
  const table = new Map<string, CompiledRules>();
  for (const [collection, set] of Object.entries(rules)) {
    if (set !== undefined) table.set(collection, compileRules(collection, set));
  }
  return table;
}

const DENY: RuleNode = { kind: 'literal', value: false };

function compileOne(collection: string, key: string, value: unknown): RuleNode {
  if (typeof value === 'boolean') return { kind: 'literal', value };
  if (typeof value !== 'string')
    throw new RuleLoadError(collection, key, `a rule must be true, false or a string, not ${typeof value}`);
  try {
    return parseRuleExpression(value);
  } catch (error) {
    if (error instanceof RuleSyntaxError)
      throw new RuleLoadError(collection, key, `${error.message} in "${value}"`);
    throw error;
  }
}
