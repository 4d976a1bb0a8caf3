// Keeping the dev database across restarts: a snapshot file plus a journal of every committed entry since it.
// A save appends what changed (off the commit path, in bounded batches); the snapshot is rewritten, streamed,
// when the store starts and whenever the journal outgrows it. A kill mid-write loses at most the entries not
// yet flushed: a torn journal line is ignored on load, and the snapshot is only ever replaced whole.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { DEV_STORE_RETENTION, pruneExpired, type RetentionRule } from './dev-store-retention';
import type { DatabaseEngine } from './index';
import { decodeJournal, encodeJournalLine } from './journal-format';
import { JournalWriter } from './journal-writer';
import { writeSnapshotFile } from './snapshot-file';

/** A database bound to its files: changes are journaled after `debounceMs`; flush and close write now. */
export interface FileStore {
  /** Writes every entry committed so far to the journal (fsynced) and waits for it. */
  flush(): Promise<void>;
  /** Writes a fresh snapshot now and drops the journal files it makes redundant. */
  compact(): Promise<void>;
  /** Stops following changes, writes what is pending and waits for a snapshot under way. */
  close(): Promise<void>;
  /** What this store has written so far. */
  stats(): FileStoreStats;
}

/** Bytes written by a file store since it was attached, and where its journal stands. */
export interface FileStoreStats {
  journalBytes: number;
  snapshotBytes: number;
  snapshots: number;
  /** The number of the last committed entry (journaled or pending). */
  sequence: number;
}

/** How eagerly the file store saves and when it compacts. */
export interface FileStoreOptions {
  /** Quiet time after a change before the journal is written; default 200 ms. */
  debounceMs?: number;
  /** The journal is compacted into a snapshot once it is larger than the snapshot and than this; default 1 MiB. */
  compactAtBytes?: number;
  /** What is dropped when the store starts; default DEV_STORE_RETENTION (finished orders older than 30 days). */
  retention?: readonly RetentionRule[];
  /** Epoch ms for retention; default Date.now. */
  now?: () => number;
}

const DEFAULT_DEBOUNCE_MS = 200;
const DEFAULT_COMPACT_AT_BYTES = 1 << 20;

/** What loading left for the file store that follows: the last entry applied and the snapshot's size. */
const loadedState = new WeakMap<DatabaseEngine, { sequence: number; snapshotBytes: number }>();

/** The journal file whose first entry is `firstSequence`, beside the snapshot (`database.journal-000…1.ndjson`). */
export function journalPath(snapshotPath: string, firstSequence: number): string {
  const stem = snapshotPath.replace(/\.json$/, '');
  return `${stem}.journal-${String(firstSequence).padStart(12, '0')}.ndjson`;
}

/** The journal files beside a snapshot, oldest first, with the first entry each holds. */
export function journalFiles(snapshotPath: string): Array<{ file: string; firstSequence: number }> {
  const folder = path.dirname(snapshotPath);
  if (!existsSync(folder)) return [];
  const prefix = `${path.basename(snapshotPath).replace(/\.json$/, '')}.journal-`;
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.ndjson'))
    .map((name) => ({
      file: path.join(folder, name),
      firstSequence: Number(name.slice(prefix.length, -'.ndjson'.length)),
    }))
    .filter((journal) => Number.isSafeInteger(journal.firstSequence))
    .sort((a, b) => a.firstSequence - b.firstSequence);
}

/**
 * Loads a saved database into the engine: the snapshot, then every journal entry after it, in order, up to the
 * first torn line or gap. False when there is no snapshot (a journal without one never finished its first start).
 * Throws on a damaged snapshot or an entry that cannot apply.
 */
export function loadInto(engine: DatabaseEngine, filePath: string): boolean {
  if (!existsSync(filePath)) return false;
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw withContext(error, `cannot read the saved database ${filePath}`);
  }
  try {
    engine.importSnapshot(saved);
  } catch (error) {
    throw withContext(error, `cannot load the saved database ${filePath}`);
  }
  let sequence = (saved as { sequence?: number }).sequence ?? 0;
  for (const journal of journalFiles(filePath)) {
    const { records, droppedBytes } = decodeJournal(readFileSync(journal.file, 'utf8'));
    for (const record of records) {
      if (record.sequence <= sequence) continue;
      if (record.sequence !== sequence + 1) break; // a gap: nothing after it can be trusted
      try {
        engine.applyEntry(record.entry);
      } catch (error) {
        throw withContext(error, `cannot replay entry ${record.sequence} of ${journal.file}`);
      }
      sequence = record.sequence;
    }
    if (droppedBytes > 0) {
      console.warn(`the dev store ignored ${droppedBytes} bytes of an unfinished write in ${journal.file}`);
    }
  }
  loadedState.set(engine, { sequence, snapshotBytes: statSync(filePath).size });
  return true;
}

/**
 * Makes `filePath` and its journal hold the engine's database from now on: drops what `retention` says is past
 * keeping, writes a snapshot of the result, then journals every committed entry. Journal files that loading did
 * not use are deleted first, so nothing stale is ever replayed.
 */
export function attachFileStore(
  engine: DatabaseEngine,
  filePath: string,
  options: FileStoreOptions = {},
): FileStore {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const compactAtBytes = options.compactAtBytes ?? DEFAULT_COMPACT_AT_BYTES;
  const loaded = loadedState.get(engine) ?? { sequence: 0, snapshotBytes: 0 };
  for (const journal of journalFiles(filePath)) {
    if (journal.firstSequence > loaded.sequence) rmSync(journal.file, { force: true });
  }
  pruneExpired(engine, options.retention ?? DEV_STORE_RETENTION, (options.now ?? Date.now)());

  const writer = new JournalWriter();
  let sequence = loaded.sequence;
  let journalFile = journalPath(filePath, sequence + 1);
  let journalFileBytes = 0;
  let snapshotFileBytes = loaded.snapshotBytes;
  const stats = { snapshotBytes: 0, snapshots: 0 };
  let timer: NodeJS.Timeout | undefined;
  let compacting: Promise<void> | undefined;

  const compact = (): Promise<void> => {
    compacting ??= (async () => {
      // Stored documents are never changed in place, so this capture stays the state at `upTo`.
      const capture = engine.captureCommitted();
      const upTo = sequence;
      journalFile = journalPath(filePath, upTo + 1);
      journalFileBytes = 0;
      const bytes = await writeSnapshotFile(filePath, capture, upTo);
      snapshotFileBytes = bytes;
      stats.snapshotBytes += bytes;
      stats.snapshots += 1;
      await writer.close(); // lines for older files are on disk and no older file is open
      for (const journal of journalFiles(filePath)) {
        if (journal.firstSequence <= upTo) await rm(journal.file, { force: true });
      }
    })().finally(() => {
      compacting = undefined;
    });
    return compacting;
  };

  const flush = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    await writer.flush();
    if (journalFileBytes > Math.max(compactAtBytes, snapshotFileBytes)) {
      compact().catch((error: unknown) =>
        console.error(`compacting the dev store ${filePath} failed:`, error),
      );
    }
  };

  const stopFollowing = engine.onCommit((entry) => {
    sequence += 1;
    const line = encodeJournalLine(sequence, entry);
    writer.enqueue(journalFile, line);
    journalFileBytes += Buffer.byteLength(line, 'utf8');
    if (timer) return;
    timer = setTimeout(() => {
      flush().catch((error: unknown) => console.error(`saving the dev store to ${filePath} failed:`, error));
    }, debounceMs);
    timer.unref();
  });

  compact().catch((error: unknown) => console.error(`writing the dev store ${filePath} failed:`, error));

  return {
    flush,
    compact,
    async close() {
      stopFollowing();
      await flush();
      await compacting;
      await writer.close();
    },
    stats: () => ({ journalBytes: writer.bytesWritten, ...stats, sequence }),
  };
}

/** The same error, its message prefixed with what was being done (keeps type and stack). */
function withContext(error: unknown, context: string): Error {
  const failure = error instanceof Error ? error : new Error(String(error));
  failure.message = `${context}: ${failure.message}`;
  return failure;
}
