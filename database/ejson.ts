// Extended JSON as the SDK speaks it: decoded with the very `bson` copy the SDK's database layer uses.
import { createRequire } from 'node:module';

/** The part of bson's EJSON this folder uses (typed here: bson is reached through the SDK's own tree). */
interface ExtendedJsonCodec {
  parse(text: string, options: { relaxed: boolean }): unknown;
}

let codec: ExtendedJsonCodec | undefined;

function extendedJson(): ExtendedJsonCodec {
  if (!codec) {
    const load = createRequire(__filename);
    const bsonPath = load.resolve('bson', { paths: [load.resolve('@cloudbase/database')] });
    codec = (load(bsonPath) as { EJSON: ExtendedJsonCodec }).EJSON;
  }
  return codec;
}

/** Parses Extended JSON text (relaxed: numbers stay numbers; `{"$date": …}` becomes a Date). */
export function parseExtendedJson(text: string): unknown {
  return extendedJson().parse(text, { relaxed: true });
}

/** The plain-JSON view of a decoded value, as it crosses a function boundary: Dates become ISO strings. */
export function toJsonView(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonView);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toJsonView(entry)]));
  }
  return value;
}
