// The dev store's journal: one line of JSON per committed entry, numbered; a torn last line is not an entry.
import type { IndexSpec, StoredDocument } from './document-store';
import { decodeSavedValue, toCanonicalTree } from './ejson';
import type { CommittedWrite, StoreEntry } from './store-entry';

/** One journal line: the entry and its sequence number (1, 2, 3 … across files; a snapshot records the last it holds). */
export interface JournalRecord {
  sequence: number;
  entry: StoreEntry;
}

/** What a journal file holds: the whole lines that parse, in order, and how many bytes after them were dropped. */
export interface DecodedJournal {
  records: JournalRecord[];
  /** Bytes of a torn or unreadable tail (0 for a clean file). */
  droppedBytes: number;
}

interface WriteLine {
  collection: string;
  id: string;
  doc: unknown;
}

/** The line for one entry, newline included; documents are canonical Extended JSON (types kept). */
export function encodeJournalLine(sequence: number, entry: StoreEntry): string {
  const body =
    entry.kind === 'writes'
      ? {
          sequence,
          kind: entry.kind,
          writes: entry.writes.map((write): WriteLine => ({
            collection: write.collection,
            id: write.id,
            doc: write.after === undefined ? null : toCanonicalTree(write.after),
          })),
        }
      : { sequence, ...entry };
  return `${JSON.stringify(body)}\n`;
}

/**
 * Reads a journal file's text. A line counts only when it ends with a newline and parses; the first that does
 * not ends the journal (a kill mid-append leaves at most one such line, at the end).
 */
export function decodeJournal(text: string): DecodedJournal {
  const records: JournalRecord[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    const record = decodeLine(text.slice(start, end));
    if (!record) break;
    records.push(record);
    start = end + 1;
  }
  return { records, droppedBytes: Buffer.byteLength(text.slice(start), 'utf8') };
}

function decodeLine(line: string): JournalRecord | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  const value = raw as Partial<
    Record<'sequence' | 'kind' | 'name' | 'collection' | 'indexes' | 'writes', unknown>
  >;
  if (!value || typeof value !== 'object' || !Number.isSafeInteger(value.sequence)) return undefined;
  const sequence = value.sequence as number;
  if (value.kind === 'collection' && typeof value.name === 'string') {
    return { sequence, entry: { kind: 'collection', name: value.name } };
  }
  if (value.kind === 'indexes' && typeof value.collection === 'string' && Array.isArray(value.indexes)) {
    return {
      sequence,
      entry: { kind: 'indexes', collection: value.collection, indexes: value.indexes as IndexSpec[] },
    };
  }
  if (value.kind === 'writes' && Array.isArray(value.writes)) {
    const writes = value.writes.map(decodeWrite);
    if (writes.some((write) => write === undefined)) return undefined;
    return { sequence, entry: { kind: 'writes', writes: writes as CommittedWrite[] } };
  }
  return undefined;
}

function decodeWrite(raw: unknown): CommittedWrite | undefined {
  const line = raw as Partial<WriteLine> | null;
  if (!line || typeof line.collection !== 'string' || typeof line.id !== 'string') return undefined;
  if (line.doc === null) return { collection: line.collection, id: line.id, after: undefined };
  let document: unknown;
  try {
    document = decodeSavedValue(line.doc);
  } catch {
    return undefined;
  }
  const after = document as StoredDocument | null;
  if (!after || typeof after !== 'object' || after._id !== line.id) return undefined;
  return { collection: line.collection, id: line.id, after };
}
