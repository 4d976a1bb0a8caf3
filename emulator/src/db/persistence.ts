// Keeping the dev database across restarts: one JSON file, written atomically, shortly after changes.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import type { DatabaseEngine } from './index';

/** A database bound to a file: saves follow changes after `debounceMs`; flush and close save now. */
export interface FileStore {
  /** Writes the current state if anything changed since the last save. */
  flush(): Promise<void>;
  /** Stops following changes and writes what is pending. */
  close(): Promise<void>;
}

/** How eagerly the file store saves. */
export interface FileStoreOptions {
  /** Quiet time after the last change before saving; default 200 ms. */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 200;

/** Loads a saved database into the engine; false when the file does not exist. Throws on a damaged file. */
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
  return true;
}

/** Saves the engine's database to `filePath` after each burst of changes (write temp file, then rename). */
export function attachFileStore(
  engine: DatabaseEngine,
  filePath: string,
  options: FileStoreOptions = {},
): FileStore {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let isDirty = false;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();

  const save = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    // Saves run one after another, each writing the state as it is when its turn comes.
    saving = saving
      .catch(() => undefined)
      .then(async () => {
        if (!isDirty) return;
        isDirty = false;
        const text = `${JSON.stringify(engine.exportSnapshot(), null, 1)}\n`;
        try {
          await writeAtomically(filePath, text);
        } catch (error) {
          isDirty = true;
          throw error;
        }
      });
    return saving;
  };

  const stopFollowing = engine.onStateChange(() => {
    isDirty = true;
    if (timer) return;
    timer = setTimeout(() => {
      save().catch((error: unknown) =>
        console.error(`saving the local database to ${filePath} failed:`, error),
      );
    }, debounceMs);
    timer.unref();
  });

  return {
    flush: save,
    async close() {
      stopFollowing();
      await save();
    },
  };
}

async function writeAtomically(filePath: string, text: string): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The same error, its message prefixed with what was being done (keeps type and stack). */
function withContext(error: unknown, context: string): Error {
  const failure = error instanceof Error ? error : new Error(String(error));
  failure.message = `${context}: ${failure.message}`;
  return failure;
}
