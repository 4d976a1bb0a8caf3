// Writing a snapshot of the dev store without holding the event loop: streamed in small batches, then swapped in
// whole (temporary file, fsync, rename, fsync of the folder), so the file on disk is always one complete snapshot.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { toCanonicalTree } from './ejson';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot';
import type { CommittedCapture } from './store-entry';

/** Documents encoded per write: small enough that one batch holds the event loop for a few milliseconds. */
export const SNAPSHOT_BATCH_DOCUMENTS = 256;

/**
 * Writes `capture` as the snapshot at `filePath` holding journal entries up to `sequence`; returns its bytes.
 * The layout is one JSON value with one document per line, readable by `JSON.parse` and by people.
 */
export async function writeSnapshotFile(
  filePath: string,
  capture: CommittedCapture,
  sequence: number,
): Promise<number> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text, 'utf8');
    await handle.write(text);
  };
  try {
    const header = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, sequence };
    await write(`${JSON.stringify(header).slice(0, -1)},"collections":[\n`);
    for (const [position, collection] of capture.collections.entries()) {
      const name = JSON.stringify(collection.name);
      await write(
        `${position ? ',\n' : ''}{"name":${name},"indexes":${JSON.stringify(collection.indexes)},"documents":[`,
      );
      for (let start = 0; start < collection.documents.length; start += SNAPSHOT_BATCH_DOCUMENTS) {
        const batch = collection.documents.slice(start, start + SNAPSHOT_BATCH_DOCUMENTS);
        const lines = batch.map((document) => JSON.stringify(toCanonicalTree(document)));
        await write(`${start ? ',' : ''}\n${lines.join(',\n')}`);
      }
      await write(']}');
    }
    await write('\n]}\n');
    await handle.sync();
    await handle.close();
    await renameDurably(temporary, filePath);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  return bytes;
}

async function renameDurably(from: string, to: string): Promise<void> {
  await rename(from, to);
  // The rename itself is durable once the folder is synced; some systems cannot open a folder for that.
  const folder = await open(path.dirname(to), 'r').catch(() => undefined);
  if (!folder) return;
  await folder.sync().catch(() => undefined);
  await folder.close();
}
