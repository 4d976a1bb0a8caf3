// Aggregation that reads what it needs: a leading `$match` and each `$lookup` take their documents from an index
// (`_id`, or the first field of a declared index) when an equality allows, as the platform does, and otherwise scan
// stored documents in place. Only the documents a stage keeps are copied, never a whole collection.
import { Aggregator, ProcessingMode, Query } from 'mingo';
import type { StoredDocument } from './document-store';
import { deepCopy } from './ejson';
import { equalityConstraints } from './equality-constraints';
import { BASE_OPTIONS, checkPipeline, runPipeline } from './query-engine';
import { withEngineErrors } from './operator-guard';

/** What the planner needs from the store. */
export interface PipelineSource {
  /** Every committed document of a collection, in insertion order (shared objects: read only). */
  documents(collection: string): StoredDocument[];
  /** Documents an equality of `field` to one of `values` can match, in insertion order; undefined: no index. */
  indexedCandidates(
    collection: string,
    field: string,
    values: readonly unknown[],
  ): StoredDocument[] | undefined;
  /** At most how many documents `indexedCandidates` would give (cheap); undefined: no index. */
  indexedCount(collection: string, field: string, values: readonly unknown[]): number | undefined;
  /** Throws the platform's error when the collection does not exist. */
  assertCollection(collection: string): void;
}

type Stage = Record<string, unknown>;
type Row = Record<string, unknown>;

interface LookupSpec {
  from: string;
  localField?: string;
  foreignField?: string;
  let?: Record<string, unknown>;
  pipeline?: Stage[];
  as: string;
}

/** Runs a pipeline over `collection`; `examined(n)` is told how many stored documents each read handed over. */
export function runIndexedPipeline(
  source: PipelineSource,
  collection: string,
  pipeline: Stage[],
  examined: (count: number) => void = () => undefined,
): Row[] {
  checkPipeline(pipeline);
  const leading = leadingMatches(pipeline);
  let rows: Row[] = readFiltered(source, collection, leading, {}, examined);
  let pending: Stage[] = [];
  const runPending = () => {
    if (pending.length > 0) rows = runPipeline(rows as StoredDocument[], pending, copyOfCollection(source));
    pending = [];
  };
  for (const stage of pipeline) {
    const lookup = stage.$lookup as LookupSpec | undefined;
    if (!lookup || typeof lookup.from !== 'string') {
      pending.push(stage);
      continue;
    }
    runPending();
    source.assertCollection(lookup.from);
    rows = rows.map((row) => lookupOne(source, row, lookup, examined));
  }
  runPending();
  return rows;
}

/** One input row joined: its candidates found first, then mingo's own `$lookup` over just those. */
function lookupOne(
  source: PipelineSource,
  row: Row,
  lookup: LookupSpec,
  examined: (count: number) => void,
): Row {
  let candidates: StoredDocument[];
  if (lookup.pipeline === undefined && lookup.localField !== undefined && lookup.foreignField !== undefined) {
    const locals = localValues(row, lookup.localField);
    const indexed = locals && source.indexedCandidates(lookup.from, lookup.foreignField, locals);
    candidates = indexed ?? source.documents(lookup.from);
    examined(candidates.length);
  } else if (lookup.pipeline !== undefined && lookup.localField === undefined) {
    const variables = letValues(row, lookup.let ?? {});
    candidates = variables
      ? readFiltered(source, lookup.from, leadingMatches(lookup.pipeline), variables, examined)
      : source.documents(lookup.from);
    if (!variables) examined(candidates.length);
  } else {
    candidates = source.documents(lookup.from); // both forms at once: keep mingo's reading of it exactly
    examined(candidates.length);
  }
  const joined = withEngineErrors(() =>
    new Aggregator([{ $lookup: lookup }], {
      ...BASE_OPTIONS,
      processingMode: ProcessingMode.CLONE_INPUT,
      collectionResolver: (name: string) =>
        name === lookup.from ? candidates : copyOfCollection(source)(name),
    }).run([row]),
  );
  return (joined[0] ?? row) as Row;
}

/**
 * The stored documents of `collection` passing the leading `$match` stages, in insertion order, uncopied: from an
 * index when one of their equalities is indexed, else from a scan that only tests.
 */
function readFiltered(
  source: PipelineSource,
  collection: string,
  matches: Stage[],
  variables: Record<string, unknown>,
  examined: (count: number) => void,
): StoredDocument[] {
  let best: { field: string; values: unknown[]; count: number } | undefined;
  for (const match of matches) {
    for (const constraint of equalityConstraints(match, variables)) {
      const count = source.indexedCount(collection, constraint.field, constraint.values);
      if (count !== undefined && (!best || count < best.count)) best = { ...constraint, count };
    }
  }
  const documents =
    (best && source.indexedCandidates(collection, best.field, best.values)) ?? source.documents(collection);
  examined(documents.length);
  if (matches.length === 0) return documents;
  return withEngineErrors(() => {
    const queries = matches.map((match) => new Query(match, { ...BASE_OPTIONS, variables }));
    return documents.filter((document) => queries.every((query) => query.test(document)));
  });
}

/** The `$match` stages a pipeline starts with (they filter stored documents as they are). */
function leadingMatches(pipeline: Stage[]): Stage[] {
  const matches: Stage[] = [];
  for (const stage of pipeline) {
    const keys = Object.keys(stage);
    const match = stage.$match;
    if (keys.length !== 1 || match === null || typeof match !== 'object' || Array.isArray(match)) break;
    matches.push(match as Stage);
  }
  return matches;
}

/**
 * The local field's values as `$lookup` compares them (an array is each of its items). Undefined, so the caller
 * reads the whole collection, when the value is missing or empty or the path has an array position (`items.0`).
 */
function localValues(row: Row, localField: string): unknown[] | undefined {
  if (localField.split('.').some((step) => /^\d+$/.test(step))) return undefined;
  const [projected] = withEngineErrors(() =>
    new Aggregator([{ $project: { _id: 0, value: `$${localField}` } }], BASE_OPTIONS).run([row]),
  ) as Row[];
  const value = projected?.value;
  if (value === undefined || value === null) return undefined;
  const values = Array.isArray(value) ? value : [value];
  return values.length > 0 ? values : undefined;
}

/** The lookup's `let` evaluated against the row; undefined when a variable comes out missing. */
function letValues(row: Row, letSpec: Record<string, unknown>): Record<string, unknown> | undefined {
  const names = Object.keys(letSpec);
  if (names.length === 0) return {};
  const [values] = withEngineErrors(() =>
    new Aggregator([{ $replaceRoot: { newRoot: letSpec } }], BASE_OPTIONS).run([row]),
  ) as Row[];
  if (!values || names.some((name) => !(name in values))) return undefined;
  return values;
}

/** The full-copy resolver the pipeline used before, for lookups nested inside a lookup's own pipeline. */
function copyOfCollection(source: PipelineSource): (name: string) => StoredDocument[] {
  return (name) => deepCopy(source.documents(name));
}
