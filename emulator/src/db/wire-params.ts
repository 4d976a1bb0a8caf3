// Reading the parameters of database actions as the SDK sends them (Extended JSON strings, numbers, flags).
import { invalidParam } from './db-errors';
import { decodeWireText } from './ejson';

type Params = Record<string, unknown>;

/** Server-side `get()`: 100 documents unless asked, never more than 1000. */
export const DEFAULT_PAGE_LIMIT = 100;
/** The most one server-side `get()` returns, whatever `limit()` asks. */
export const MAX_PAGE_LIMIT = 1000;

/** The `collectionName` every database action carries. */
export function collectionParam(params: Params): string {
  const name = params.collectionName;
  if (typeof name !== 'string' || name === '') throw invalidParam('collectionName is required');
  return name;
}

/** The transaction an ordinary action runs in, if any. */
export function transactionParam(params: Params): string | undefined {
  const id = params.transactionId;
  if (id === undefined || id === null || id === '') return undefined;
  if (typeof id !== 'string') throw invalidParam('transactionId must be a string');
  return id;
}

/** A decoded Extended JSON object parameter (`query`, `data`, `projection`); `{}` when absent. */
export function objectParam(params: Params, name: string, nowMs: number): Record<string, unknown> {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return {};
  const value = typeof raw === 'string' ? decodeWireText(raw, nowMs, name) : raw;
  return asObject(value, name);
}

/** `order` as `{ field: 1 | -1 }`, in the order the SDK's orderBy calls were made. */
export function orderParam(params: Params, nowMs: number): Record<string, 1 | -1> {
  const order = objectParam(params, 'order', nowMs);
  const sort: Record<string, 1 | -1> = {};
  for (const [field, direction] of Object.entries(order)) {
    if (direction !== 1 && direction !== -1) throw invalidParam(`order of ${field} must be 1 or -1`);
    sort[field] = direction;
  }
  return sort;
}

/** `offset` and `limit` with the platform's default and cap. */
export function pageParams(params: Params): { offset: number; limit: number } {
  const offset = nonNegativeInteger(params.offset, 'offset') ?? 0;
  const requested = nonNegativeInteger(params.limit, 'limit');
  const limit = requested ? Math.min(requested, MAX_PAGE_LIMIT) : DEFAULT_PAGE_LIMIT;
  return { offset, limit };
}

/** A boolean flag (`multi`, `merge`, `upsert`) with its default when absent. */
export function flagParam(params: Params, name: string, fallback: boolean): boolean {
  const value = params[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw invalidParam(`${name} must be a boolean`);
  return value;
}

/** `data` of insertDocument: an array of Extended JSON documents. */
export function documentsParam(params: Params, nowMs: number): Array<Record<string, unknown>> {
  const data = params.data;
  if (!Array.isArray(data) || data.length === 0)
    throw invalidParam('data must be a non-empty array of documents');
  return data.map((item, index) => {
    const value = typeof item === 'string' ? decodeWireText(item, nowMs, `data[${index}]`) : item;
    return asObject(value, `data[${index}]`);
  });
}

/** `stages` of aggregateDocuments as a pipeline (`[{ $match: … }, …]`). */
export function stagesParam(params: Params, nowMs: number): Array<Record<string, unknown>> {
  const stages = params.stages;
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array');
  return stages.map((stage, index) => {
    const { stageKey, stageValue } = (stage ?? {}) as { stageKey?: unknown; stageValue?: unknown };
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) {
      throw invalidParam(`stages[${index}].stageKey must be a $-prefixed stage name`);
    }
    if (typeof stageValue !== 'string') throw invalidParam(`stages[${index}].stageValue must be a string`);
    return { [stageKey]: decodeWireText(stageValue, nowMs, `stages[${index}]`) };
  });
}

function asObject(value: unknown, name: string): Record<string, unknown> {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    value instanceof Date ||
    value instanceof RegExp
  ) {
    throw invalidParam(`${name} must be an object`);
  }
  return value as Record<string, unknown>;
}

function nonNegativeInteger(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidParam(`${name} must be a non-negative integer`);
  }
  return value;
}
