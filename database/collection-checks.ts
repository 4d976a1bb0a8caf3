// Turns one collection's three files into a CollectionDefinition, reporting every problem in them.
import type { CollectionFiles } from './definition-files';
import type { ProblemList } from './problems';
import { documentFieldsOf, parseRuleExpression, RuleSyntaxError } from './rule-expression';
import { allowedTypes, listSchemaProperties, resolveSchemaPath } from './schema-paths';
import type { DocumentValidator, SchemaCompiler } from './schema-validator';
import {
  type CollectionDefinition,
  type CollectionSchema,
  type IndexSpec,
  RULE_KEYS,
  type RuleSet,
} from './types';

/** A checked collection and the validator for its documents. */
export interface CheckedCollection {
  definition: CollectionDefinition;
  validate: DocumentValidator;
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Checks a collection's schema, rules and indexes; undefined when any of them is unusable. */
export function checkCollection(
  collection: CollectionFiles,
  compiler: SchemaCompiler,
  problems: ProblemList,
): CheckedCollection | undefined {
  const { schema: schemaFile, rules: rulesFile, indexes: indexesFile } = collection.files;
  const before = problems.count;
  const checked = schemaFile
    ? checkSchema(schemaFile.file, schemaFile.content, compiler, problems)
    : undefined;
  const rules = rulesFile
    ? checkRules(rulesFile.file, rulesFile.content, checked?.schema, problems)
    : undefined;
  const indexes = indexesFile
    ? checkIndexes(indexesFile.file, indexesFile.content, checked?.schema, problems)
    : undefined;
  if (!checked || !rules || !indexes || problems.count > before) return undefined;
  return {
    definition: { name: collection.name, schema: checked.schema, rules, indexes },
    validate: checked.validate,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkSchema(
  file: string,
  content: unknown,
  compiler: SchemaCompiler,
  problems: ProblemList,
): { schema: CollectionSchema; validate: DocumentValidator } | undefined {
  if (!isRecord(content)) {
    problems.add(file, 'must hold a JSON Schema object');
    return undefined;
  }
  if (content.$schema !== DRAFT_07) problems.add(file, `"$schema" must be "${DRAFT_07}"`);
  if (content.type !== 'object') problems.add(file, '"type" must be "object"');
  const id = resolveSchemaPath(content, '_id');
  if (!id || !allowedTypes(id).includes('string')) problems.add(file, 'must declare "_id" as a string');
  for (const property of listSchemaProperties(content)) {
    checkNamingConvention(file, property.path, property.name, property.schema, problems);
  }
  try {
    return { schema: content, validate: compiler.compile(content) };
  } catch (error) {
    problems.add(file, `is not a valid schema (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/** Money is integer fen and never negative; `…At` fields are dates. */
function checkNamingConvention(
  file: string,
  path: string,
  name: string,
  schema: Record<string, unknown>,
  problems: ProblemList,
): void {
  const types = allowedTypes(schema).filter((type) => type !== 'null');
  if (name.endsWith('Fen')) {
    const minimum = schema.minimum;
    if (types.length !== 1 || types[0] !== 'integer' || typeof minimum !== 'number' || minimum < 0) {
      problems.add(file, `"${path}" is money: it must be an integer with "minimum" of 0 or more`);
    }
  }
  if (name.endsWith('At') && (types.length !== 1 || types[0] !== 'string' || schema.format !== 'date-time')) {
    problems.add(
      file,
      `"${path}" is a time: it must be { "type": "string", "format": "date-time" } (a Date when stored)`,
    );
  }
}

function checkRules(
  file: string,
  content: unknown,
  schema: CollectionSchema | undefined,
  problems: ProblemList,
): RuleSet | undefined {
  if (!isRecord(content)) {
    problems.add(file, 'must hold an object of rules ({ "read": …, "write": … })');
    return undefined;
  }
  const known: readonly string[] = RULE_KEYS;
  let usable = true;
  for (const [key, value] of Object.entries(content)) {
    if (!known.includes(key)) {
      problems.add(file, `unknown rule key "${key}" (known: ${RULE_KEYS.join(', ')})`);
      usable = false;
    } else if (!checkRuleValue(file, key, value, schema, problems)) {
      usable = false;
    }
  }
  for (const required of ['read', 'write']) {
    if (!(required in content)) {
      problems.add(file, `rule "${required}" is missing (write false to deny)`);
      usable = false;
    }
  }
  return usable ? (content as unknown as RuleSet) : undefined;
}

function checkRuleValue(
  file: string,
  key: string,
  value: unknown,
  schema: CollectionSchema | undefined,
  problems: ProblemList,
): boolean {
  if (typeof value === 'boolean') return true;
  if (typeof value !== 'string') {
    problems.add(file, `rule "${key}" must be true, false or an expression string`);
    return false;
  }
  try {
    const fields = documentFieldsOf(parseRuleExpression(value));
    const unknown = schema ? fields.filter((field) => !resolveSchemaPath(schema, field)) : [];
    for (const field of unknown)
      problems.add(file, `rule "${key}" reads doc.${field}, which the schema does not declare`);
    return unknown.length === 0;
  } catch (error) {
    if (!(error instanceof RuleSyntaxError)) throw error;
    problems.add(file, `rule "${key}" is outside the supported expression subset: ${error.message}`);
    return false;
  }
}

function checkIndexes(
  file: string,
  content: unknown,
  schema: CollectionSchema | undefined,
  problems: ProblemList,
): IndexSpec[] | undefined {
  if (!Array.isArray(content)) {
    problems.add(file, 'must hold an array of indexes');
    return undefined;
  }
  const before = problems.count;
  const names = new Set<string>();
  content.forEach((index: unknown, position) => {
    const label =
      isRecord(index) && typeof index.name === 'string' ? `index "${index.name}"` : `index [${position}]`;
    if (!isRecord(index) || typeof index.name !== 'string' || index.name === '') {
      problems.add(file, `${label} needs a non-empty "name"`);
      return;
    }
    if (names.has(index.name)) problems.add(file, `${label} is declared twice`);
    names.add(index.name);
    for (const key of Object.keys(index)) {
      if (!['name', 'keys', 'unique'].includes(key))
        problems.add(file, `${label} has unknown field "${key}"`);
    }
    if (index.unique !== undefined && typeof index.unique !== 'boolean') {
      problems.add(file, `${label}: "unique" must be true or false`);
    }
    if (!Array.isArray(index.keys) || index.keys.length === 0) {
      problems.add(file, `${label} needs at least one key`);
      return;
    }
    for (const key of index.keys as unknown[]) checkIndexKey(file, label, key, schema, problems);
  });
  return problems.count > before ? undefined : (content as IndexSpec[]);
}

function checkIndexKey(
  file: string,
  label: string,
  key: unknown,
  schema: CollectionSchema | undefined,
  problems: ProblemList,
): void {
  if (!isRecord(key) || typeof key.name !== 'string' || (key.direction !== 1 && key.direction !== -1)) {
    problems.add(file, `${label}: each key is { "name": <field>, "direction": 1 | -1 }`);
    return;
  }
  if (Object.keys(key).some((field) => field !== 'name' && field !== 'direction')) {
    problems.add(file, `${label}: key "${key.name}" has fields other than name and direction`);
  }
  if (schema && !resolveSchemaPath(schema, key.name)) {
    problems.add(file, `${label} uses field "${key.name}", which the schema does not declare`);
  }
}
