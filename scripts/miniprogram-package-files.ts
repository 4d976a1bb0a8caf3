// What one file of a mini program ships as (its bytes) and which other files it names (scripts it requires,
// components it uses, templates, styles and images it points to).
import fs from 'node:fs';
import { transformSync } from 'esbuild';
import type { ShippedFile } from './miniprogram-package-resolve';

/** A name one file gives another: a script to require, a component to use, or a file path (with suffixes to try). */
export type Reference =
  | { kind: 'script'; name: string }
  | { kind: 'component'; name: string; placeholder?: boolean }
  | { kind: 'file'; name: string; suffixes: string[] };

/**
 * The bytes a file adds to the package: TypeScript as the JavaScript DevTools ships (types stripped per file by
 * esbuild, nothing minified), every other file as it is on disk.
 */
export function shippedBytes(file: ShippedFile): number {
  if (!file.absolute.endsWith('.ts')) return fs.statSync(file.absolute).size;
  return Buffer.byteLength(strippedScript(file), 'utf8');
}

/** The references a file makes, read from its text by its extension; none for images and other assets. */
export function referencesOf(file: ShippedFile): Reference[] {
  const extension = /\.[^./]+$/.exec(file.absolute)?.[0] ?? '';
  if (extension === '.ts' || extension === '.js') return scriptReferences(file);
  if (extension === '.wxs') return scriptReferences(file);
  if (extension === '.json') return componentReferences(file);
  if (extension === '.wxml') return templateReferences(fs.readFileSync(file.absolute, 'utf8'));
  if (extension === '.wxss') return styleReferences(fs.readFileSync(file.absolute, 'utf8'));
  return [];
}

function strippedScript(file: ShippedFile): string {
  const source = fs.readFileSync(file.absolute, 'utf8');
  return transformSync(source, { loader: 'ts', sourcefile: file.packagePath }).code;
}

/**
 * `import … from`, `export … from`, bare `import`, `import()` and `require()` of a string literal. A specifier
 * is path characters only, so prose in a minified library (`"set from "+n`) is not taken for one.
 */
function scriptReferences(file: ShippedFile): Reference[] {
  const code = file.absolute.endsWith('.ts') ? strippedScript(file) : fs.readFileSync(file.absolute, 'utf8');
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])([\w@$.~/-]+)\1/g;
  const scripts = [...code.matchAll(pattern)].map((match) => ({
    kind: 'script' as const,
    name: match[2] ?? '',
  }));
  // Images named in code by their absolute package path (`'/images/empty.png'`) ship too.
  const images = [...code.matchAll(/(["'`])(\/[\w./-]+\.(?:png|jpe?g|gif|svg|webp))\1/g)].map((match) => ({
    kind: 'file' as const,
    name: match[2] ?? '',
    suffixes: [''],
  }));
  return [...scripts, ...images];
}

/**
 * `usingComponents` of a page, component or app JSON; `plugin://` components ship with their plugin. One with a
 * `componentPlaceholder` entry may lie in another subpackage (the platform loads it later).
 */
function componentReferences(file: ShippedFile): Reference[] {
  const parsed: unknown = JSON.parse(fs.readFileSync(file.absolute, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('usingComponents' in parsed)) return [];
  const using = parsed.usingComponents;
  if (typeof using !== 'object' || using === null) return [];
  const placeholders =
    'componentPlaceholder' in parsed && typeof parsed.componentPlaceholder === 'object'
      ? (parsed.componentPlaceholder ?? {})
      : {};
  return Object.entries(using)
    .filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !entry[1].startsWith('plugin://'),
    )
    .map(([tag, name]) => ({ kind: 'component' as const, name, placeholder: tag in placeholders }));
}

/** `<import src>`, `<include src>`, `<wxs src>` and any static local `src` (an image's, a cover-image's). */
function templateReferences(source: string): Reference[] {
  const references: Reference[] = [];
  for (const match of source.matchAll(/<([a-zA-Z-]+)\s[^>]*?(?<![\w-])src\s*=\s*(["'])([^"']*)\2/g)) {
    const tag = match[1] ?? '';
    const name = match[3] ?? '';
    if (!isStaticLocal(name)) continue;
    const suffixes = tag === 'import' || tag === 'include' ? ['', '.wxml'] : [''];
    references.push({ kind: 'file', name, suffixes });
  }
  return references;
}

/** `@import` of other WXSS and local `url()`s. */
function styleReferences(source: string): Reference[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const imports = [...withoutComments.matchAll(/@import\s+(["'])([^"']+)\1/g)].map((match) => ({
    kind: 'file' as const,
    name: match[2] ?? '',
    suffixes: ['', '.wxss'],
  }));
  const urls = [...withoutComments.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .map((match) => match[2] ?? '')
    .filter(isStaticLocal)
    .map((name) => ({ kind: 'file' as const, name, suffixes: [''] }));
  return [...imports, ...urls];
}

/** A path in the package: not bound data (`{{…}}`), not a URL of another scheme (`https:`, `cloud:`, `data:`). */
function isStaticLocal(name: string): boolean {
  return (
    name !== '' && !name.includes('{{') && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(name) && !name.startsWith('//')
  );
}
