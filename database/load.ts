// Loads the database definition (collections, rules, indexes, seed sets) and refuses it whole if anything is wrong.
import { checkCatalog } from './catalog-checks';
import { type CheckedCollection, checkCollection } from './collection-checks';
import { readDefinitionFiles } from './definition-files';
import { ProblemList } from './problems';
import { checkRuleReferences } from './rule-reference-checks';
import { SchemaCompiler } from './schema-validator';
import { checkSeedFiles, checkSeedReferences, toSeedSets } from './seed-checks';
import type { DatabaseDefinition } from './types';

export { DatabaseDefinitionError } from './problems';

/** The project's own definition folder (this one). */
export const DATABASE_DIRECTORY = __dirname;

/**
 * Reads and validates `dir` (default: this folder): every collection has its three files, rule keys
 * and expressions are in the supported subset, index fields exist in the schema, seed documents fit
 * their schemas (dates decoded from {"$date": …}) and reference documents that exist.
 * Throws DatabaseDefinitionError listing every problem, each prefixed with its file.
 */
export function loadDatabaseDefinition(dir: string = DATABASE_DIRECTORY): DatabaseDefinition {
  const problems = new ProblemList();
  const files = readDefinitionFiles(dir, problems);
  const compiler = new SchemaCompiler();
  const checked = new Map<string, CheckedCollection | undefined>();
  for (const collection of files.collections) {
    checked.set(collection.name, checkCollection(collection, compiler, problems));
  }
  checkRuleReferences(checked, problems);
  const located = checkSeedFiles(files.seeds, checked, problems);
  for (const set of located.values()) {
    checkSeedReferences(set, problems);
    checkCatalog(set, problems);
  }
  problems.throwIfAny(dir);
  const collections = [...checked.values()].flatMap((collection) =>
    collection ? [collection.definition] : [],
  );
  return { collections, seeds: toSeedSets(located) };
}
