// Security rules for client database access: load them with compileRules, then check filters and documents.
export { compileRules, compileRuleTable, RuleLoadError } from './compile-rules';
export type { CompiledRules, RuleOperation, RuleSet } from './compile-rules';
export type { RuleContext } from './rule-evaluator';
export { requestDocumentReader, RULE_MAX_GET_DOCUMENTS } from './rule-documents';
export type { RuleDocumentReader } from './rule-documents';
