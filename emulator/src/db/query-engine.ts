// The Mongo query language over in-memory documents (mingo), with the platform's refusals applied first.
import { Aggregator, ProcessingMode, Query } from 'mingo';
import type { StoredDocument } from './document-store';
import { refuseGeoOperators, refuseUnsupportedStage, withEngineErrors } from './operator-guard';

/** What a find asks for; sort keys apply in insertion order, as the SDK's orderBy calls were made. */
export interface FindSpec {
  filter: Record<string, unknown>;
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

/** Resolves a collection name to its documents for `$lookup`. */
export type CollectionResolver = (name: string) => StoredDocument[];

// No scripts ($where, $function, $accumulator): the platform runs none.
/** Options every mingo query and pipeline runs with. */
export const BASE_OPTIONS = { idKey: '_id', scriptEnabled: false, useStrictMode: true } as const;

/** A compiled filter; throws the platform's error for geo or unknown operators. */
function compileFilter(filter: Record<string, unknown>): (document: StoredDocument) => boolean {
  refuseGeoOperators(filter);
  const query = withEngineErrors(() => new Query(filter, BASE_OPTIONS));
  return (document) => withEngineErrors(() => query.test(document));
}

/** Matching documents, sorted, paged and projected. Results may share objects with the input: read only. */
export function findDocuments(documents: StoredDocument[], spec: FindSpec): Array<Record<string, unknown>> {
  refuseGeoOperators(spec.filter);
  return withEngineErrors(() => {
    const query = new Query(spec.filter, BASE_OPTIONS);
    let cursor = query.find<Record<string, unknown>>(
      documents,
      hasKeys(spec.projection) ? spec.projection : undefined,
    );
    if (hasKeys(spec.sort)) cursor = cursor.sort(spec.sort);
    if (spec.skip) cursor = cursor.skip(spec.skip);
    if (spec.limit !== undefined) cursor = cursor.limit(spec.limit);
    return cursor.all();
  });
}

/** How many documents match. */
export function countDocuments(documents: StoredDocument[], filter: Record<string, unknown>): number {
  const test = compileFilter(filter);
  return documents.reduce((count, document) => (test(document) ? count + 1 : count), 0);
}

/** Runs an aggregation pipeline (`[{ $match: … }, …]`) over copies of the documents. */
export function runPipeline(
  documents: StoredDocument[],
  pipeline: Array<Record<string, unknown>>,
  resolveCollection: CollectionResolver,
): Array<Record<string, unknown>> {
  checkPipeline(pipeline);
  return withEngineErrors(() => {
    const aggregator = new Aggregator(pipeline, {
      ...BASE_OPTIONS,
      // Stages such as $addFields may write into their input: never let them touch stored objects.
      processingMode: ProcessingMode.CLONE_INPUT,
      collectionResolver: (name) => resolveCollection(name),
    });
    return aggregator.run(documents) as Array<Record<string, unknown>>;
  });
}

/** Refuses unsupported stages and geo operators anywhere in a pipeline, lookups' pipelines included. */
export function checkPipeline(pipeline: Array<Record<string, unknown>>): void {
  for (const stage of pipeline) {
    for (const stageKey of Object.keys(stage)) refuseUnsupportedStage(stageKey);
    refuseGeoOperators(stage);
    const lookup = stage.$lookup as { pipeline?: unknown } | undefined;
    if (lookup && Array.isArray(lookup.pipeline))
      checkPipeline(lookup.pipeline as Array<Record<string, unknown>>);
  }
}

function hasKeys<T extends object>(value: T | undefined): value is T {
  return value !== undefined && Object.keys(value).length > 0;
}
