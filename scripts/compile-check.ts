// Compiles every WXML and WXSS file of a mini program with the DevTools compilers, as DevTools does before it
// runs or uploads, so a template or style error is found by `npm test` with its file, line and column.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compilerPath } from './compile-check-compilers';

/** One error a compiler reported: file relative to the mini program root, 1-based line and column. */
export interface CompileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:col: message`, as editors link it. */
export function formatProblem(problem: CompileProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** The mini program and every preview fixture app (`test/preview/*-app/`) under the repository root. */
export function miniprogramRoots(repoRoot: string): string[] {
  const fixtures = path.join(repoRoot, 'test', 'preview');
  const apps = fs
    .readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.endsWith('-app'))
    .map((entry) => path.join(fixtures, entry.name))
    .sort();
  return [path.join(repoRoot, 'miniprogram'), ...apps];
}

/** Source files with the extension under root (paths relative to root, `/`-separated), npm output excluded. */
export function sourceFiles(root: string, extension: '.wxml' | '.wxss'): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith(extension) && !/(^|\/)(node_modules|miniprogram_npm)\//.test(file))
    .sort();
}

/** Every problem `wcc` and `wcsc` report for the WXML and WXSS files of the mini program at root; [] if clean. */
export function compileCheck(root: string): CompileProblem[] {
  const problems = [
    ...sourceFiles(root, '.wxml').flatMap((file) => compileWxmlFile(root, file)),
    ...sourceFiles(root, '.wxss').flatMap((file) => compileWxssFile(root, file)),
  ];
  // A broken style imported by others is reported once, not once per importer.
  return [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
}

/**
 * wcc on one file with the WXS modules it loads (wcc finds `<wxs src>` only among the files it is given, named
 * `./…` from the root, as DevTools names them); it stops at a file's first error.
 */
export function compileWxmlFile(root: string, file: string): CompileProblem[] {
  const files = [file, ...loadedModules(root, file)].map((name) => `./${name}`);
  const run = spawnSync(compilerPath('wcc'), ['-d', '-cc', '0', ...files, '-gn', '$gwx'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status === 0) return missingTemplateFiles(root, file);
  return [parseWccError(withoutDotSlash(run.stderr), file)];
}

/**
 * wcsc on one file together with the WXSS it imports (wcsc resolves `@import` only among the files it is given,
 * named `./…` from the root, as DevTools names them); an `@import` of a missing file is reported at its line.
 */
export function compileWxssFile(root: string, file: string): CompileProblem[] {
  const files = [file, ...importedStyles(root, file)].map((name) => `./${name}`);
  const run = spawnSync(compilerPath('wcsc'), ['-db', '-pc', '0', ...files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status === 0) return [];
  return [parseWcscError(withoutDotSlash(run.stderr), root, file)];
}

/** Every existing WXSS file the file imports, directly or through others (root-relative, `/`-separated). */
function importedStyles(root: string, file: string): string[] {
  return referencedClosure(root, file, '.wxss', () => /@import\s+(["'])([^"']+)\1/g);
}

/** Every existing WXS module a WXML file loads with `<wxs src>`, and the modules those `require`. */
function loadedModules(root: string, file: string): string[] {
  return referencedClosure(root, file, '.wxs', (current) =>
    current.endsWith('.wxml')
      ? /<wxs\s[^>]*?src\s*=\s*(["'])([^"'{}]+)\1/g
      : /\brequire\s*\(\s*(["'])([^"']+)\1/g,
  );
}

/** Files named by a pattern's second group, followed through the named files; missing ones are left to the compiler. */
function referencedClosure(
  root: string,
  file: string,
  extension: '.wxss' | '.wxs',
  pattern: (current: string) => RegExp,
): string[] {
  const found = new Set<string>();
  const visit = (current: string) => {
    const source = fs.readFileSync(path.join(root, current), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of source.matchAll(pattern(current))) {
      const reference = match[2] ?? '';
      const target = reference.startsWith('/')
        ? path.join(root, reference)
        : path.join(root, path.dirname(current), reference);
      const withExtension = target.endsWith(extension) ? target : `${target}${extension}`;
      const name = path.relative(root, withExtension).split(path.sep).join('/');
      if (name === file || found.has(name) || name.startsWith('../') || !fs.existsSync(withExtension))
        continue;
      found.add(name);
      visit(name);
    }
  };
  visit(file);
  return [...found];
}

/** The compilers' messages name files as they were given (`./pages/…`); problems name them from the root. */
function withoutDotSlash(text: string): string {
  return text.replace(/(^|[`\s(])\.\//gm, '$1');
}

/** wcc prints `path:line:col: message` (or `path:line:col:message`), the path a WXML or WXS file. */
function parseWccError(stderr: string, file: string): CompileProblem {
  const text = stderr.trim();
  const match = /^(.+?\.(?:wxml|wxs)):(\d+):(\d+):\s*(.*)$/m.exec(text);
  if (match === null) return { file, line: 1, column: 1, message: text || 'wcc failed without a message' };
  return {
    file: match[1] ?? file,
    line: Number(match[2]),
    column: Number(match[3]),
    message: match[4] ?? '',
  };
}

/** wcsc prints `ERR: path(line:col): message`, or `ERR: path `x` not found from `file`.` without a position. */
function parseWcscError(stderr: string, root: string, file: string): CompileProblem {
  const text = stderr.replace(/\n*error file count: \d+\s*$/, '').trim();
  const positioned = /ERR: (.+?\.wxss)\((\d+):(\d+)\): (.*)/.exec(text);
  if (positioned !== null) {
    return {
      file: positioned[1] ?? file,
      line: Number(positioned[2]),
      column: Number(positioned[3]),
      message: positioned[4] ?? '',
    };
  }
  const missing = /ERR: path `(.+?)` not found from `(.+?)`/.exec(text);
  if (missing !== null) {
    const from = missing[2] ?? file;
    const at = findText(root, from, missing[1] ?? '');
    return { file: from, ...at, message: `@import "${missing[1]}" not found` };
  }
  return {
    file,
    line: 1,
    column: 1,
    message: text.replace(/^ERR:\s*/, '') || 'wcsc failed without a message',
  };
}

/** `<import src>` and `<include src>` of files that do not exist: wcc leaves these to run time. */
function missingTemplateFiles(root: string, file: string): CompileProblem[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  const problems: CompileProblem[] = [];
  for (const match of source.matchAll(/<(import|include)\s[^>]*?\bsrc\s*=\s*["']([^"'{}]+)["']/g)) {
    const src = match[2] ?? '';
    const target = src.startsWith('/') ? path.join(root, src) : path.join(root, path.dirname(file), src);
    const withExtension = target.endsWith('.wxml') ? target : `${target}.wxml`;
    if (!fs.existsSync(withExtension)) {
      problems.push({
        file,
        ...positionOf(source, match.index ?? 0),
        message: `<${match[1]} src="${src}"> not found`,
      });
    }
  }
  return problems;
}

function findText(root: string, file: string, needle: string): { line: number; column: number } {
  try {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const index = source.indexOf(needle);
    return positionOf(source, index < 0 ? 0 : index);
  } catch {
    return { line: 1, column: 1 };
  }
}

function positionOf(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
