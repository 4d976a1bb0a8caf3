// Appending journal lines off the commit path: lines queue in memory and go to disk in bounded, ordered batches.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Most bytes handed to one write call; larger backlogs go in several, so no single buffer grows without bound. */
export const JOURNAL_BATCH_BYTES = 1 << 20;

interface QueuedLine {
  file: string;
  text: string;
}

/**
 * Appends lines to journal files in the order they were queued; each line names its file, so switching to a new
 * file (after a snapshot) is just queuing lines for it. Every flushed batch is fsynced before `flush` resolves.
 */
export class JournalWriter {
  private queue: QueuedLine[] = [];
  private writing: Promise<void> = Promise.resolve();
  /** The open file and its length after the last whole batch (a failed write is cut back to it). */
  private handle: { file: string; handle: FileHandle; size: number } | undefined;
  private written = 0;

  /** Bytes written to journal files since this writer was made. */
  get bytesWritten(): number {
    return this.written;
  }

  /** Queues a line (newline included) for `file`; nothing is written until `flush`. */
  enqueue(file: string, text: string): void {
    this.queue.push({ file, text });
  }

  /** Writes everything queued so far (and anything queued while it runs), in order; rejects if a write failed. */
  flush(): Promise<void> {
    this.writing = this.writing.catch(() => undefined).then(() => this.drain());
    return this.writing;
  }

  /** Flushes, then closes the open file (a later flush opens it again). */
  close(): Promise<void> {
    this.writing = this.writing
      .catch(() => undefined)
      .then(() => this.drain())
      .finally(async () => {
        await this.handle?.handle.close();
        this.handle = undefined;
      });
    return this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const taken = this.queue;
      this.queue = [];
      let start = 0;
      while (start < taken.length) {
        const end = batchEnd(taken, start);
        const file = taken[start]?.file ?? '';
        const text = taken
          .slice(start, end)
          .map((line) => line.text)
          .join('');
        try {
          const open = await this.handleFor(file);
          try {
            await open.handle.write(text);
            await open.handle.datasync();
          } catch (error) {
            await open.handle.truncate(open.size).catch(() => undefined);
            throw error;
          }
          open.size += Buffer.byteLength(text, 'utf8');
        } catch (error) {
          // Keep the lines for the next flush: a full disk must not silently drop commits.
          this.queue = [...taken.slice(start), ...this.queue];
          throw error;
        }
        this.written += Buffer.byteLength(text, 'utf8');
        start = end;
      }
    }
  }

  private async handleFor(file: string): Promise<{ handle: FileHandle; size: number }> {
    if (this.handle?.file === file) return this.handle;
    await this.handle?.handle.close();
    this.handle = undefined;
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, 'a');
    const { size } = await handle.stat();
    this.handle = { file, handle, size };
    return this.handle;
  }
}

/** Where the batch starting at `start` ends: same file, within JOURNAL_BATCH_BYTES, at least one line. */
function batchEnd(lines: QueuedLine[], start: number): number {
  const file = lines[start]?.file;
  let bytes = 0;
  let end = start;
  while (end < lines.length) {
    const line = lines[end];
    if (!line || line.file !== file) break;
    if (end > start && bytes + line.text.length > JOURNAL_BATCH_BYTES) break;
    bytes += line.text.length;
    end += 1;
  }
  return end;
}
