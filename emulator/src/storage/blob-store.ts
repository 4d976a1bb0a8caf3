import fs from 'node:fs';
import path from 'node:path';

/** Where stored files' bytes live, keyed by checked cloud path. */
export interface BlobStore {
  read(cloudPath: string): Buffer | undefined;
  write(cloudPath: string, bytes: Buffer): void;
  /** False when there was nothing to remove. */
  remove(cloudPath: string): boolean;
  /** Every stored cloud path, sorted. */
  paths(): string[];
}

/** Files in memory, gone when the process ends (tests). */
export function memoryBlobStore(): BlobStore {
  const files = new Map<string, Buffer>();
  return {
    read: (cloudPath) => {
      const bytes = files.get(cloudPath);
      return bytes && Buffer.from(bytes);
    },
    write: (cloudPath, bytes) => void files.set(cloudPath, Buffer.from(bytes)),
    remove: (cloudPath) => files.delete(cloudPath),
    paths: () => [...files.keys()].sort(),
  };
}

/** Files under a folder, one file per cloud path, surviving restarts; files put there by hand are served too. */
export function directoryBlobStore(root: string): BlobStore {
  const base = path.resolve(root);
  // Cloud paths are checked before they get here; resolving again keeps every access inside `base`.
  const locate = (cloudPath: string): string => {
    const file = path.resolve(base, ...cloudPath.split('/'));
    if (!file.startsWith(base + path.sep))
      throw new Error(`cloud path ${cloudPath} leaves the storage folder`);
    return file;
  };
  return {
    read: (cloudPath) => {
      const file = locate(cloudPath);
      return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : undefined;
    },
    write: (cloudPath, bytes) => {
      const file = locate(cloudPath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    },
    remove: (cloudPath) => {
      const file = locate(cloudPath);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return false;
      fs.unlinkSync(file);
      return true;
    },
    paths: () => (fs.existsSync(base) ? listFiles(base, '').sort() : []),
  };
}

function listFiles(dir: string, prefix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const cloudPath = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), cloudPath);
    return entry.isFile() ? [cloudPath] : [];
  });
}
