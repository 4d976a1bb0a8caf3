// Checks app.json against the files: every page (main package and subpackages) and every component it or a
// page names must exist with its script, json and wxml — DevTools otherwise fails at compile or at run time.
import fs from 'node:fs';
import path from 'node:path';
import { asObject, readJsonObject } from './project-config-checks';

/** The files a page or component needs besides its script (`.ts`, or `.js` without TypeScript). */
const REQUIRED_EXTENSIONS = ['.json', '.wxml'];

/** Every problem with `<miniprogramRoot>/app.json` and what it names, as `<file>: …` lines relative to that root. */
export function checkAppJson(miniprogramRoot: string): string[] {
  const problems: string[] = [];
  const app = readJsonObject(path.join(miniprogramRoot, 'app.json'), (message) =>
    problems.push(`app.json: ${message}`),
  );
  if (!app) return problems;

  const pages = stringList(app.pages);
  if (!pages || pages.length === 0) problems.push('app.json: "pages" must list at least one page');
  const allPages = [...(pages ?? [])];
  for (const pkg of subpackages(app)) {
    if (!pkg.root || !pkg.pages) {
      problems.push(`app.json: subpackage ${JSON.stringify(pkg.raw)} needs a "root" and "pages"`);
      continue;
    }
    allPages.push(...pkg.pages.map((page) => path.posix.join(pkg.root as string, page)));
  }

  const visited = new Set<string>();
  for (const page of allPages) {
    checkUnit(miniprogramRoot, page, 'page', `app.json pages`, problems, visited);
  }
  checkComponents(miniprogramRoot, '', asObject(app.usingComponents), 'app.json', problems, visited);

  const sitemap = app.sitemapLocation;
  if (typeof sitemap === 'string' && !fs.existsSync(path.join(miniprogramRoot, sitemap))) {
    problems.push(`app.json: sitemapLocation "${sitemap}" does not exist`);
  }
  for (const item of (asObject(app.tabBar)?.list as unknown[] | undefined) ?? []) {
    const tab = asObject(item);
    if (typeof tab?.pagePath !== 'string' || !allPages.includes(tab.pagePath)) {
      problems.push(`app.json: tabBar pagePath ${JSON.stringify(tab?.pagePath)} is not a listed page`);
    }
    for (const key of ['iconPath', 'selectedIconPath']) {
      const icon = tab?.[key];
      if (typeof icon === 'string' && !fs.existsSync(path.join(miniprogramRoot, icon))) {
        problems.push(`app.json: tabBar ${key} "${icon}" does not exist`);
      }
    }
  }
  return problems;
}

function checkUnit(
  root: string,
  unit: string,
  kind: 'page' | 'component',
  namedBy: string,
  problems: string[],
  visited: Set<string>,
): void {
  if (visited.has(unit)) return;
  visited.add(unit);
  const base = path.join(root, unit);
  const hasTs = fs.existsSync(`${base}.ts`);
  const hasJs = fs.existsSync(`${base}.js`);
  const missing = [
    ...(hasTs || hasJs ? [] : ['.ts']),
    ...REQUIRED_EXTENSIONS.filter((ext) => !fs.existsSync(base + ext)),
  ];
  if (missing.length > 0) {
    problems.push(`${namedBy}: ${kind} "${unit}" has no ${missing.map((ext) => unit + ext).join(', ')}`);
  }
  if (hasTs && hasJs) {
    problems.push(`${unit}.js: stands beside ${unit}.ts; DevTools may run the stale .js — delete it`);
  }
  if (!fs.existsSync(`${base}.json`)) return;
  const json = readJsonObject(`${base}.json`, (message) => problems.push(`${unit}.json: ${message}`));
  if (kind === 'component' && json && json.component !== true) {
    problems.push(`${unit}.json: a component's json must say "component": true`);
  }
  checkComponents(
    root,
    path.posix.dirname(unit),
    asObject(json?.usingComponents),
    `${unit}.json`,
    problems,
    visited,
  );
}

function checkComponents(
  root: string,
  fromDir: string,
  components: Record<string, unknown> | undefined,
  namedBy: string,
  problems: string[],
  visited: Set<string>,
): void {
  for (const [tag, target] of Object.entries(components ?? {})) {
    if (typeof target !== 'string' || target === '') {
      problems.push(`${namedBy}: usingComponents "${tag}" must name a path`);
      continue;
    }
    if (/^plugin(-private)?:\/\//.test(target)) continue;
    const unit = resolveComponent(root, fromDir, target);
    if (!unit) {
      problems.push(`${namedBy}: usingComponents "${tag}" → "${target}" does not exist`);
      continue;
    }
    checkUnit(root, unit, 'component', namedBy, problems, visited);
  }
}

/** A component path as the platform resolves it: from the root (`/…`), beside the file, or in miniprogram_npm. */
function resolveComponent(root: string, fromDir: string, target: string): string | undefined {
  const exists = (unit: string) =>
    ['.json', '.ts', '.js', '.wxml'].some((ext) => fs.existsSync(path.join(root, unit + ext)));
  const candidates = target.startsWith('/')
    ? [target.slice(1)]
    : [path.posix.join(fromDir, target), ...npmCandidates(fromDir, target)];
  for (const candidate of candidates) {
    if (candidate.startsWith('..')) continue;
    if (exists(candidate)) return candidate;
    if (exists(path.posix.join(candidate, 'index'))) return path.posix.join(candidate, 'index');
  }
  return undefined;
}

function npmCandidates(fromDir: string, target: string): string[] {
  const candidates: string[] = [];
  for (let dir = fromDir; ; dir = path.posix.dirname(dir)) {
    const here = dir === '.' ? '' : dir;
    candidates.push(path.posix.join(here, 'miniprogram_npm', target));
    if (here === '') return candidates;
  }
}

function subpackages(app: Record<string, unknown>): Array<{ raw: unknown; root?: string; pages?: string[] }> {
  const list = app.subpackages ?? app.subPackages;
  if (!Array.isArray(list)) return [];
  return (list as unknown[]).map((raw) => {
    const pkg = asObject(raw);
    const root = typeof pkg?.root === 'string' ? pkg.root.replace(/\/+$/, '') : undefined;
    return {
      raw,
      ...(root ? { root } : {}),
      ...(stringList(pkg?.pages) ? { pages: stringList(pkg?.pages) } : {}),
    };
  });
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
    ? (value as string[])
    : undefined;
}
