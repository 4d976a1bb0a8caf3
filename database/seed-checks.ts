// Checks seed files: each a list of documents that fit their collection's schema and point at documents that exist.
import type { CheckedCollection } from './collection-checks';
import type { SeedFile } from './definition-files';
import type { ProblemList } from './problems';
import type { SeedDocument, SeedSets } from './types';

/** Top-level fields that name another document, and the collection that document lives in. */
export const REFERENCE_FIELDS: Readonly<Record<string, string>> = {
  storeId: 'stores',
  tableId: 'tables',
  categoryId: 'categories',
  productId: 'products',
  skuId: 'skus',
  couponId: 'coupons',
  userCouponId: 'user_coupons',
  orderId: 'orders',
};

/** A seed document with the file it came from, for messages. */
export interface LocatedDocument {
  file: string;
  label: string;
  document: SeedDocument;
  /** False when the document broke its schema or the date convention (its problems are already listed). */
  isValid: boolean;
}

/** Seed set → collection → located documents that passed the per-document checks. */
export type LocatedSeeds = Map<string, Map<string, LocatedDocument[]>>;

/**
 * Validates every seed file against its collection; returns the documents grouped by set and collection.
 * `collections` maps every declared name to its checked form, or to undefined when its own files are broken.
 */
export function checkSeedFiles(
  seeds: SeedFile[],
  collections: ReadonlyMap<string, CheckedCollection | undefined>,
  problems: ProblemList,
): LocatedSeeds {
  const located: LocatedSeeds = new Map();
  for (const seed of seeds) {
    if (!collections.has(seed.collection)) {
      problems.add(seed.file, `there is no collection "${seed.collection}" in collections/`);
      continue;
    }
    if (!Array.isArray(seed.content)) {
      problems.add(seed.file, 'must hold an array of documents');
      continue;
    }
    const collection = collections.get(seed.collection);
    const documents = collection
      ? checkDocuments(seed.file, seed.content, collection, problems)
      : uncheckedDocuments(seed.file, seed.content);
    const set = located.get(seed.set) ?? new Map<string, LocatedDocument[]>();
    located.set(seed.set, set.set(seed.collection, documents));
  }
  return located;
}

function checkDocuments(
  file: string,
  content: unknown[],
  collection: CheckedCollection,
  problems: ProblemList,
): LocatedDocument[] {
  const ids = new Set<string>();
  const documents: LocatedDocument[] = [];
  content.forEach((document: unknown, position) => {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      problems.add(file, `[${position}] is not a document object`);
      return;
    }
    const record = document as SeedDocument;
    const label = typeof record._id === 'string' ? `[${position}] "${record._id}"` : `[${position}]`;
    if (typeof record._id === 'string') {
      if (ids.has(record._id)) problems.add(file, `${label} repeats an _id`);
      ids.add(record._id);
    }
    const messages = [...collection.validate(record), ...dateConventionProblems(record, '')];
    for (const message of messages) problems.add(file, `${label} ${message}`);
    documents.push({ file, label, document: record, isValid: messages.length === 0 });
  });
  return documents;
}

/** Seeds of a collection whose own files are broken: kept (invalid) so references to them still resolve. */
function uncheckedDocuments(file: string, content: unknown[]): LocatedDocument[] {
  return content.flatMap((document: unknown, position) =>
    typeof document === 'object' && document !== null && !Array.isArray(document)
      ? [{ file, label: `[${position}]`, document: document as SeedDocument, isValid: false }]
      : [],
  );
}

/** Dates live exactly in `…At` fields, written in the seed as {"$date": "…"}. */
function dateConventionProblems(value: unknown, path: string): string[] {
  if (Array.isArray(value))
    return value.flatMap((entry, index) => dateConventionProblems(entry, `${path}/${index}`));
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  const found: string[] = [];
  for (const [key, entry] of Object.entries(value)) {
    const at = `${path}/${key}`;
    if (key.endsWith('At') && typeof entry === 'string') {
      found.push(`${at} is a time written as a plain string: write {"$date": "${entry}"}`);
    } else if (!key.endsWith('At') && entry instanceof Date) {
      found.push(`${at} holds a date but its name does not end in "At"`);
    } else {
      found.push(...dateConventionProblems(entry, at));
    }
  }
  return found;
}

/** Every `…Id` reference in a seed set names a document of that set (null means "none"). */
export function checkSeedReferences(set: Map<string, LocatedDocument[]>, problems: ProblemList): void {
  const idsByCollection = new Map<string, Set<string>>();
  for (const [collection, documents] of set) {
    idsByCollection.set(collection, new Set(documents.map(({ document }) => String(document._id))));
  }
  for (const documents of set.values()) {
    for (const { file, label, document } of documents) {
      for (const [field, target] of Object.entries(REFERENCE_FIELDS)) {
        const value = document[field];
        if (typeof value !== 'string') continue;
        if (!idsByCollection.get(target)?.has(value)) {
          problems.add(file, `${label} ${field} "${value}" names no document in ${target}`);
        }
      }
    }
  }
}

/** The checked documents without their locations, as the definition hands them out. */
export function toSeedSets(located: LocatedSeeds): SeedSets {
  const sets: SeedSets = {};
  for (const [set, collections] of located) {
    const byCollection: Record<string, SeedDocument[]> = {};
    for (const [collection, documents] of collections)
      byCollection[collection] = documents.map(({ document }) => document);
    sets[set] = byCollection;
  }
  return sets;
}
