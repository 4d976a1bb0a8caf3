// Equality lookups on one field path: which documents hold a given scalar there (itself or inside an array).
import type { StoredDocument } from './document-store';

/** A value an equality index can key: strings, numbers and booleans (type-tagged, so 1 and "1" differ). */
export function equalityKey(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return `s${value}`;
    case 'number':
      return `n${String(value)}`;
    case 'boolean':
      return value ? 'b1' : 'b0';
    default:
      return undefined;
  }
}

/**
 * A multikey equality index: every scalar found at the path, descending through arrays at any step as a query
 * does. It answers a superset of the documents an equality on the field matches; the caller's filter decides.
 */
export class FieldIndex {
  private readonly idsByKey = new Map<string, Set<string>>();
  private readonly steps: string[];

  constructor(readonly field: string) {
    this.steps = field.split('.');
  }

  add(document: StoredDocument): void {
    for (const key of this.keysOf(document)) {
      let ids = this.idsByKey.get(key);
      if (!ids) this.idsByKey.set(key, (ids = new Set()));
      ids.add(document._id);
    }
  }

  remove(document: StoredDocument): void {
    for (const key of this.keysOf(document)) {
      const ids = this.idsByKey.get(key);
      ids?.delete(document._id);
      if (ids?.size === 0) this.idsByKey.delete(key);
    }
  }

  rebuild(documents: Iterable<StoredDocument>): void {
    this.idsByKey.clear();
    for (const document of documents) this.add(document);
  }

  /** Ids of documents holding `key` (from `equalityKey`) at the path; empty when none. */
  idsFor(key: string): ReadonlySet<string> {
    return this.idsByKey.get(key) ?? new Set();
  }

  private keysOf(document: StoredDocument): Set<string> {
    const keys = new Set<string>();
    collectKeys(document, this.steps, 0, keys);
    return keys;
  }
}

function collectKeys(value: unknown, steps: string[], step: number, keys: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, steps, step, keys);
    return;
  }
  if (step === steps.length) {
    const key = equalityKey(value);
    if (key !== undefined) keys.add(key);
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof RegExp) return;
  collectKeys((value as Record<string, unknown>)[steps[step] ?? ''], steps, step + 1, keys);
}
