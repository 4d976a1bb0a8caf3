// Checks documents the flows wrote against their collection's schema in database/.
import { loadDatabaseDefinition } from '../../database/load';
import { SchemaCompiler } from '../../database/schema-validator';

const definition = loadDatabaseDefinition();
const compiler = new SchemaCompiler();

/** The schema problems of a stored document (empty when it is valid). */
export function schemaProblems(collection: string, document: Record<string, unknown>): string[] {
  const found = definition.collections.find((candidate) => candidate.name === collection);
  if (!found) throw new Error(`no collection ${collection} in database/`);
  return compiler.compile(found.schema)(document);
}
