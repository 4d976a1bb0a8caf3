// The preview's script is rebuilt only when something it is built from changed: every file under the mini
// program's root (pages, WXML, WXSS, json) and every file esbuild bundled (runtime, client, npm packages),
// compared by content. A reload with nothing changed answers the last script at once.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A built script and the files it was built from. */
export interface CachedBuild {
  script: string;
  /** Absolute paths of every file outside the mini program root that went into the script. */
  inputs: string[];
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(root, file))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile() === true)
    .sort();
}

/** One digest over the names and contents of `files` (a missing file counts as empty). */
function digestOf(files: string[]): string {
  const hash = createHash('sha1');
  for (const file of files) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Answers the last build while its files are unchanged; one build at a time per change. */
export class BundleCache {
  private last: { digest: string; build: Promise<CachedBuild> } | undefined;

  constructor(private readonly miniprogramRoot: string) {}

  /** The script for the files as they are now: the cached one, or `build()`'s (failures are not kept). */
  async script(build: () => Promise<CachedBuild>): Promise<CachedBuild> {
    const rootDigest = digestOf(filesUnder(this.miniprogramRoot));
    const previous = this.last;
    if (previous) {
      const built = await previous.build.catch(() => undefined);
      if (built && previous.digest === `${rootDigest}:${digestOf(built.inputs)}`) return built;
    }
    return this.rebuild(rootDigest, build);
  }

  // The root's files are read before the build starts, so a save during a build is never taken as built.
  private rebuild(rootDigest: string, build: () => Promise<CachedBuild>): Promise<CachedBuild> {
    const started = build();
    const entry = { digest: '', build: started };
    this.last = entry;
    started.then(
      (built) => (entry.digest = `${rootDigest}:${digestOf(built.inputs)}`),
      () => {
        if (this.last === entry) this.last = undefined;
      },
    );
    return started;
  }
}
