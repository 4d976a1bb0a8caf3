import type { IndexSpec, StoredDocument } from './document-store';
import { canonicalKey } from './ejson';

/** The value at a dotted path (`spec.size`), or undefined when any step is missing. */
export function valueAtPath(document: Record<string, unknown>, path: string): unknown {
  let current: unknown = document;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/**
 * One unique index of a collection: which document owns each key.
 * As in MongoDB, a missing field counts as null, so two documents without it collide.
 */
export class UniqueIndex {
  private readonly owners = new Map<string, string>();

  constructor(readonly spec: IndexSpec) {}

  /** The index key of a document, as a comparable string. */
  keyOf(document: StoredDocument): string {
    return canonicalKey(this.spec.keys.map((key) => valueAtPath(document, key.name) ?? null));
  }

  /** The indexed fields of a document, for error messages (`{ outTradeNo: "A1" }`). */
  keyFields(document: StoredDocument): Record<string, unknown> {
    return Object.fromEntries(
      this.spec.keys.map((key) => [key.name, valueAtPath(document, key.name) ?? null]),
    );
  }

  /** The `_id` of the document holding `key`, if any. */
  ownerOf(key: string): string | undefined {
    return this.owners.get(key);
  }

  add(document: StoredDocument): void {
    this.owners.set(this.keyOf(document), document._id);
  }

  remove(document: StoredDocument): void {
    const key = this.keyOf(document);
    if (this.owners.get(key) === document._id) this.owners.delete(key);
  }

  /** Indexes existing documents; returns the first document whose key is already taken, if any. */
  rebuild(documents: Iterable<StoredDocument>): StoredDocument | undefined {
    this.owners.clear();
    for (const document of documents) {
      const key = this.keyOf(document);
      if (this.owners.has(key)) return document;
      this.owners.set(key, document._id);
    }
    return undefined;
  }
}
