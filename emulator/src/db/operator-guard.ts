// Loud refusals: what the local cloud cannot evaluate must fail with a clear error, never match nothing.
import { CloudError } from '../errors';
import { invalidOperator, requestFailed } from './db-errors';

/** Geo query operators and stages: the platform has them, the local cloud does not evaluate them. */
const GEO_OPERATORS = new Set([
  '$near',
  '$nearSphere',
  '$geoNear',
  '$geoWithin',
  '$geoIntersects',
  '$geometry',
  '$center',
  '$centerSphere',
  '$box',
  '$polygon',
]);

/** Aggregation stages the SDK's builder can send (`Aggregate` methods); others are refused. */
const SUPPORTED_STAGES = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$count',
  '$group',
  '$limit',
  '$lookup',
  '$match',
  '$project',
  '$replaceRoot',
  '$sample',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unwind',
]);

/** Throws on any geo operator anywhere in a query, update or pipeline tree. */
export function refuseGeoOperators(tree: unknown): void {
  visitKeys(tree, (key) => {
    if (GEO_OPERATORS.has(key))
      throw invalidOperator(`geo operator ${key} is not supported by the local cloud`);
  });
}

/** Throws on an aggregation stage the platform's builder does not offer (`$out`, `$merge`, `$facet`…). */
export function refuseUnsupportedStage(stageKey: string): void {
  if (GEO_OPERATORS.has(stageKey)) {
    throw invalidOperator(`geo stage ${stageKey} is not supported by the local cloud`);
  }
  if (!SUPPORTED_STAGES.has(stageKey))
    throw invalidOperator(`aggregation stage ${stageKey} is not supported`);
}

/** Throws when a document to store has a `$`-prefixed field name: an operator where a value belongs. */
export function refuseOperatorFieldNames(document: Record<string, unknown>): void {
  visitKeys(document, (key, path) => {
    if (key.startsWith('$')) {
      throw invalidOperator(`unknown operator ${key} at ${path}: field names cannot start with $`);
    }
  });
}

/** Runs a query-engine call, turning its failures into database wire errors. */
export function withEngineErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CloudError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/operator|not registered|not supported/i.test(message)) throw invalidOperator(message);
    throw requestFailed(message);
  }
}

function visitKeys(tree: unknown, visit: (key: string, path: string) => void, path = ''): void {
  if (tree === null || typeof tree !== 'object' || tree instanceof Date || tree instanceof RegExp) return;
  if (Array.isArray(tree)) {
    tree.forEach((item, index) => visitKeys(item, visit, `${path}.${index}`));
    return;
  }
  for (const [key, value] of Object.entries(tree)) {
    const childPath = path ? `${path}.${key}` : key;
    visit(key, childPath);
    visitKeys(value, visit, childPath);
  }
}
