// Reads the definition folder's files (collections/*.{schema,rules,indexes}.json, seed/<set>/*.json) without judging content.
import fs from 'node:fs';
import path from 'node:path';
import { parseExtendedJson } from './ejson';
import type { ProblemList } from './problems';

/** The three files every collection has, by the suffix of their names. */
export const COLLECTION_FILE_KINDS = ['schema', 'rules', 'indexes'] as const;
export type CollectionFileKind = (typeof COLLECTION_FILE_KINDS)[number];

/** One collection's parsed files; a kind is absent when its file is missing or unreadable. */
export interface CollectionFiles {
  name: string;
  files: Partial<Record<CollectionFileKind, { file: string; content: unknown }>>;
}

/** One seed file, EJSON-decoded. */
export interface SeedFile {
  set: string;
  collection: string;
  file: string;
  content: unknown;
}

/** What the folder holds, before validation. */
export interface DefinitionFiles {
  collections: CollectionFiles[];
  seeds: SeedFile[];
}

const COLLECTION_NAME = /^[a-z][a-z0-9_]*$/;
const COLLECTION_FILE = /^([^.]+)\.(schema|rules|indexes)\.json$/;

/** Reads `collections/` and `seed/`; unreadable or misnamed files become problems. */
export function readDefinitionFiles(directory: string, problems: ProblemList): DefinitionFiles {
  return { collections: readCollections(directory, problems), seeds: readSeeds(directory, problems) };
}

function readCollections(directory: string, problems: ProblemList): CollectionFiles[] {
  const folder = path.join(directory, 'collections');
  if (!fs.existsSync(folder)) {
    problems.add('collections/', 'folder is missing');
    return [];
  }
  const byName = new Map<string, CollectionFiles>();
  for (const entry of fs.readdirSync(folder).sort()) {
    const file = `collections/${entry}`;
    const match = COLLECTION_FILE.exec(entry);
    if (!match) {
      problems.add(
        file,
        'is not named <collection>.schema.json, <collection>.rules.json or <collection>.indexes.json',
      );
      continue;
    }
    const name = match[1] ?? '';
    const kind = match[2] as CollectionFileKind;
    if (!COLLECTION_NAME.test(name)) {
      problems.add(file, `collection name "${name}" must be lower snake_case`);
      continue;
    }
    const collection = byName.get(name) ?? { name, files: {} };
    byName.set(name, collection);
    const content = readJson(directory, file, JSON.parse, problems);
    if (content !== undefined) collection.files[kind] = { file, content };
  }
  for (const collection of byName.values()) {
    for (const kind of COLLECTION_FILE_KINDS) {
      const expected = `collections/${collection.name}.${kind}.json`;
      if (!fs.existsSync(path.join(directory, expected))) {
        problems.add(expected, 'is missing (every collection has a schema, a rules and an indexes file)');
      }
    }
  }
  return [...byName.values()];
}

function readSeeds(directory: string, problems: ProblemList): SeedFile[] {
  const folder = path.join(directory, 'seed');
  if (!fs.existsSync(folder)) return [];
  const seeds: SeedFile[] = [];
  for (const set of fs.readdirSync(folder).sort()) {
    if (!fs.statSync(path.join(folder, set)).isDirectory()) {
      problems.add(`seed/${set}`, 'seed sets are folders (seed/<set>/<collection>.json)');
      continue;
    }
    for (const entry of fs.readdirSync(path.join(folder, set)).sort()) {
      const file = `seed/${set}/${entry}`;
      if (!entry.endsWith('.json')) {
        problems.add(file, 'is not a <collection>.json seed file');
        continue;
      }
      const content = readJson(directory, file, parseExtendedJson, problems);
      if (content !== undefined)
        seeds.push({ set, collection: entry.slice(0, -'.json'.length), file, content });
    }
  }
  return seeds;
}

function readJson(
  directory: string,
  file: string,
  parse: (text: string) => unknown,
  problems: ProblemList,
): unknown {
  try {
    return parse(fs.readFileSync(path.join(directory, file), 'utf8'));
  } catch (error) {
    problems.add(file, `cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}
