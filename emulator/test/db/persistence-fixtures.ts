import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TestClock } from '../../src/clock';
import { DatabaseEngine, type DatabaseSnapshot } from '../../src/db';
import { journalFiles, loadInto } from '../../src/db/persistence';

/** An engine on its own clock, with nothing in it. */
export const freshEngine = (): DatabaseEngine => new DatabaseEngine({ clock: new TestClock() });

/** Loads a dev store from `filePath` into a fresh engine and returns the engine's snapshot. */
export function loadedState(filePath: string): DatabaseSnapshot {
  const engine = freshEngine();
  loadInto(engine, filePath);
  return engine.exportSnapshot();
}

/** Copies a dev store's snapshot into a new folder with its only journal cut after `keepBytes` bytes. */
export async function copyWithJournalCut(
  filePath: string,
  journalText: Buffer,
  journalName: string,
  keepBytes: number,
): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'diandan-cut-'));
  const copy = path.join(folder, path.basename(filePath));
  await copyFile(filePath, copy);
  await writeFile(path.join(folder, journalName), journalText.subarray(0, keepBytes));
  return copy;
}

/** The one journal file beside a snapshot (fails the test if there are several). */
export function onlyJournal(filePath: string): string {
  const journals = journalFiles(filePath);
  if (journals.length !== 1 || !journals[0])
    throw new Error(`expected one journal, found ${journals.length}`);
  return journals[0].file;
}

/** The file names in a folder, sorted. */
export async function namesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}

/** The same snapshot without the fields that say where the journal stood. */
export function contentOf(snapshot: DatabaseSnapshot): DatabaseSnapshot['collections'] {
  return snapshot.collections;
}
