// Shapes of the database definition: what the local cloud, the seeders and the deploy scripts load from `database/`.

/** A security-rule value: a constant, or an expression in the subset `rule-expression.ts` accepts. */
export type RuleValue = boolean | string;

/**
 * Platform security rules for one collection. Missing keys deny; `create`, `update` and `delete`
 * fall back to `write`. Cloud functions bypass rules: these guard direct mini program access only.
 */
export interface RuleSet {
  read: RuleValue;
  write: RuleValue;
  create?: RuleValue;
  update?: RuleValue;
  delete?: RuleValue;
}

/** The rule keys the platform knows, in the order they are documented. */
export const RULE_KEYS = ['read', 'write', 'create', 'update', 'delete'] as const;

/** One key of a compound index: a field path (dots for nested fields) and its sort direction. */
export interface IndexKey {
  name: string;
  direction: 1 | -1;
}

/** A collection index as the platform declares it; unique ones reject a second document with the same keys. */
export interface IndexSpec {
  name: string;
  keys: IndexKey[];
  unique?: boolean;
}

/** A JSON Schema (draft-07) object for a collection's documents, as read from its file. */
export type CollectionSchema = Record<string, unknown>;

/** Everything declared for one collection. */
export interface CollectionDefinition {
  name: string;
  schema: CollectionSchema;
  rules: RuleSet;
  indexes: IndexSpec[];
}

/** A seed document, EJSON-decoded (`{"$date": …}` is a Date). */
export type SeedDocument = Record<string, unknown>;

/** Seed set name (`demo`) → collection name → documents to insert. */
export type SeedSets = Record<string, Record<string, SeedDocument[]>>;

/** The whole validated database definition. */
export interface DatabaseDefinition {
  collections: CollectionDefinition[];
  seeds: SeedSets;
}
