// Extended JSON as the SDK writes it, decoded into the plain values the engine stores and matches:
// numbers as number, dates as Date, regular expressions as RegExp, `db.serverDate()` as the clock's time.
import type * as Bson from 'bson';
import { requireFromSdkTree } from '../sdk-modules';
import { invalidParam, invalidOperator } from './db-errors';

// The SDK's own copy of bson, so both ends read and write Extended JSON identically.
const bson = requireFromSdkTree<typeof Bson>('bson', '@cloudbase/database');

/** Regular-expression options JavaScript can honour; `x` (extended) is MongoDB-only. */
const SUPPORTED_REGEX_OPTIONS = new Set(['i', 'm', 's', 'u']);
const MONGO_ONLY_REGEX_OPTIONS = new Set(['x', 'l']);

/** Parses one Extended JSON text from the wire; `what` names the parameter in errors. */
export function decodeWireText(text: string, nowMs: number, what: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParam(`${what} is not valid JSON`);
  }
  return decodeWireValue(parsed, nowMs);
}

/** Decodes an already JSON-parsed Extended JSON value; `{$tcb_server_date:{offset}}` becomes `nowMs + offset`. */
export function decodeWireValue(raw: unknown, nowMs: number): unknown {
  const prepared = resolveServerDates(raw, nowMs);
  let deserialized: unknown;
  try {
    deserialized = bson.EJSON.deserialize(prepared as Bson.Document, { relaxed: true });
  } catch (error) {
    throw invalidParam(`malformed Extended JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return toPlainValue(deserialized);
}

/**
 * Decodes canonical Extended JSON the local cloud wrote itself (the dev store's files): like `decodeWireValue`,
 * without looking for `serverDate` markers, which saved documents never hold.
 */
export function decodeSavedValue(raw: unknown): unknown {
  let deserialized: unknown;
  try {
    deserialized = bson.EJSON.deserialize(raw as Bson.Document, { relaxed: true });
  } catch (error) {
    throw invalidParam(`malformed Extended JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return toPlainValue(deserialized);
}

/** Brings a value written by local code (seeds, other services) to exactly what a wire write would store. */
export function normalizeHostValue(value: unknown, nowMs: number): unknown {
  let canonical: unknown;
  try {
    canonical = bson.EJSON.serialize(value as Bson.Document, { relaxed: false });
  } catch (error) {
    throw invalidParam(`value cannot be stored: ${error instanceof Error ? error.message : String(error)}`);
  }
  return decodeWireValue(canonical, nowMs);
}

/** Encodes a stored document for a reply (`data.list` items are Extended JSON strings). */
export function encodeForWire(value: unknown): string {
  return bson.EJSON.stringify(value as Bson.Document, { relaxed: false });
}

/** Canonical Extended JSON as a plain object tree, for the file store. */
export function toCanonicalTree(value: unknown): unknown {
  return bson.EJSON.serialize(value as Bson.Document, { relaxed: false });
}

/** A string equal for equal values (type-aware: 1 and "1" differ, equal Dates match). */
export function canonicalKey(value: unknown): string {
  return bson.EJSON.stringify(value === undefined ? null : (value as Bson.Document), { relaxed: false });
}

/** Deep copy that keeps Dates and RegExps (structuredClone is missing under jsdom). */
export function deepCopy<T>(value: T): T {
  return copyValue(value) as T;
}

function copyValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (Array.isArray(value)) return value.map(copyValue);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyValue(item);
  return copy;
}

function resolveServerDates(value: unknown, nowMs: number): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveServerDates(item, nowMs));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if ('$tcb_server_date' in record)
    return { $date: { $numberLong: String(nowMs + serverDateOffset(record)) } };
  if ('$regularExpression' in record) checkRegexOptions(record.$regularExpression);
  const resolved: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) resolved[key] = resolveServerDates(item, nowMs);
  return resolved;
}

function serverDateOffset(record: Record<string, unknown>): number {
  const spec = record.$tcb_server_date as { offset?: unknown } | null;
  const rawOffset = spec && typeof spec === 'object' ? spec.offset : undefined;
  if (rawOffset === undefined) return 0;
  const decoded = bson.EJSON.deserialize({ offset: rawOffset } as Bson.Document, { relaxed: true }) as {
    offset?: unknown;
  };
  const offset = Number(decoded.offset);
  if (!Number.isFinite(offset))
    throw invalidParam('serverDate offset must be a finite number of milliseconds');
  return offset;
}

function checkRegexOptions(spec: unknown): void {
  const options = spec && typeof spec === 'object' ? (spec as { options?: unknown }).options : undefined;
  if (typeof options !== 'string') return;
  for (const option of options) {
    if (SUPPORTED_REGEX_OPTIONS.has(option)) continue;
    if (MONGO_ONLY_REGEX_OPTIONS.has(option)) {
      throw invalidOperator(`regular expression option "${option}" is not supported by the local cloud`);
    }
    throw invalidParam(
      `regular expression option "${option}" is not valid in a database query (use i, m, s, u)`,
    );
  }
}

function toPlainValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidParam('invalid date');
    return value;
  }
  if (Array.isArray(value)) return value.map(toPlainValue);
  const bsonType = (value as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string') return fromBsonType(bsonType, value);
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) plain[key] = toPlainValue(item);
  return plain;
}

function fromBsonType(bsonType: string, value: object): unknown {
  switch (bsonType) {
    case 'BSONRegExp': {
      const { pattern, options } = value as Bson.BSONRegExp;
      const flags = [...options].filter((option) => SUPPORTED_REGEX_OPTIONS.has(option)).join('');
      return new RegExp(pattern, flags);
    }
    case 'Long':
      return (value as Bson.Long).toNumber();
    case 'Int32':
    case 'Double':
      return (value as Bson.Int32 | Bson.Double).valueOf();
    default:
      throw invalidParam(`${bsonType} values are not supported by the local cloud`);
  }
}
