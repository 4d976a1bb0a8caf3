// The project's own files: what git tracks plus new files git would track (ignored ones left out).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Folders never part of the project's own text, used when the tree is not a git checkout. */
const UNTRACKED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', '.local-cloud', '.git']);

/**
 * Paths (relative, `/`-separated, sorted) of the files under `root` that belong to the project: git's
 * tracked and not-ignored untracked files, or — outside a git checkout — every file outside build,
 * dependency and local-data folders. Deleted-but-tracked files are left out.
 */
export function projectFiles(root: string): string[] {
  let listed: string[];
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    listed = output.split('\0').filter((entry) => entry !== '');
  } catch {
    listed = walk(root, '');
  }
  // Regular files only: a symlinked folder (a linked node_modules, say) holds no text of the project's.
  return [...new Set(listed)].filter((file) => isRegularFile(path.join(root, file))).sort();
}

function isRegularFile(file: string): boolean {
  return fs.existsSync(file) && fs.statSync(file).isFile();
}

function walk(root: string, relative: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!UNTRACKED_FOLDERS.has(entry.name)) files.push(...walk(root, child));
    } else if (entry.isFile()) {
      files.push(child);
    }
  }
  return files;
}
