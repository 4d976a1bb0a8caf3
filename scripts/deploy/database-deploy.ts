// Brings a cloud database up to the project's definition: every collection, then a seed set. Safe to rerun:
// an existing collection is kept, and a seed document is written under its own `_id`, so never twice.
import type { DatabaseDefinition, SeedDocument } from '../../database/types';
import type { AdminDatabase } from './admin-database';
import { UsageError } from './usage-error';

/**
 * `keep` adds only the seed documents that are missing (a shop's own edits survive a rerun);
 * `refresh` writes every seed document back to its seeded content.
 */
export type SeedMode = 'keep' | 'refresh';

/** What to deploy, and where. `seed: null` creates the collections only. */
export interface DatabaseDeployOptions {
  database: AdminDatabase;
  definition: DatabaseDefinition;
  seed: string | null;
  seedMode: SeedMode;
  /** Progress lines, one per collection. */
  log?: (line: string) => void;
}

/** What a run did, per collection and per seeded collection. */
export interface DatabaseDeployReport {
  collections: Array<{ name: string; outcome: 'created' | 'existing' }>;
  seed: {
    name: string;
    collections: Array<{ name: string; inserted: number; kept: number; refreshed: number }>;
  } | null;
}

/** Creates every defined collection, then writes the chosen seed set; see SeedMode for reruns. */
export async function deployDatabase(options: DatabaseDeployOptions): Promise<DatabaseDeployReport> {
  const { database, definition, seed, seedMode } = options;
  const log = options.log ?? (() => undefined);
  const seedSet = seed === null ? undefined : definition.seeds[seed];
  if (seed !== null && !seedSet) {
    const known = ['none', ...Object.keys(definition.seeds)].join(', ');
    throw new UsageError(`no seed set "${seed}" in database/seed/ (choose one of: ${known})`);
  }

  const collections: DatabaseDeployReport['collections'] = [];
  for (const { name } of [...definition.collections].sort(byName)) {
    const outcome = await database.ensureCollection(name);
    collections.push({ name, outcome });
    log(`  collection ${name.padEnd(18)} ${outcome === 'created' ? 'created' : 'already there, kept'}`);
  }
  if (seed === null || !seedSet) return { collections, seed: null };

  const seeded: NonNullable<DatabaseDeployReport['seed']>['collections'] = [];
  for (const [name, documents] of Object.entries(seedSet).sort(([a], [b]) => a.localeCompare(b))) {
    const counts = await writeSeed(database, name, documents, seedMode);
    seeded.push({ name, ...counts });
    log(
      `  seed ${seed}/${name.padEnd(16)} ${counts.inserted} added, ` +
        (seedMode === 'refresh' ? `${counts.refreshed} refreshed` : `${counts.kept} already there, kept`),
    );
  }
  return { collections, seed: { name: seed, collections: seeded } };
}

async function writeSeed(
  database: AdminDatabase,
  collection: string,
  documents: readonly SeedDocument[],
  mode: SeedMode,
): Promise<{ inserted: number; kept: number; refreshed: number }> {
  const ids = documents.map((document) => seedId(collection, document));
  const existing = await database.existingIds(collection, ids);
  let inserted = 0;
  let refreshed = 0;
  for (const [index, document] of documents.entries()) {
    if (!existing.has(ids[index] ?? '')) {
      await database.insert(collection, document);
      inserted += 1;
    } else if (mode === 'refresh') {
      await database.replace(collection, document);
      refreshed += 1;
    }
  }
  return { inserted, kept: mode === 'keep' ? existing.size : 0, refreshed };
}

/** A seed document's `_id`: required, because it is what makes a rerun find the document again. */
function seedId(collection: string, document: SeedDocument): string {
  const id = document._id;
  if (typeof id !== 'string' || id === '') {
    throw new UsageError(`a seed document of ${collection} has no string _id, so a rerun would duplicate it`);
  }
  return id;
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}
