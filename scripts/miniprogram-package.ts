// The mini program's packages as DevTools ships them: every file reachable from `app.json` (app files, pages and
// their json/wxml/wxss/script, components used recursively, npm packages, templates, styles, images), split into
// the main package and each subpackage by where the file lies. Bytes count TypeScript as its stripped JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { referencesOf, shippedBytes, type Reference } from './miniprogram-package-files';
import { preloadRuleProblems, type PreloadRuleApp } from './miniprogram-package-preload';
import {
  resolveComponent,
  resolveLocal,
  resolveScript,
  type ShippedFile,
} from './miniprogram-package-resolve';

/** One shipped file: its name inside the package (`/`-separated) and its bytes. */
export interface PackageFile {
  path: string;
  bytes: number;
}

/** A package: `main`, or a subpackage's name and root; its files, largest first, and their sum in bytes. */
export interface PackageSize {
  name: string;
  /** The subpackage's folder (no slashes around it); `''` for the main package. */
  root: string;
  bytes: number;
  files: PackageFile[];
}

/** A main-package file no main page reaches: only the subpackages named use it (it could move into one). */
export interface SubpackageOnlyFile extends PackageFile {
  usedBy: string[];
}

/** The main package, each subpackage, and references that point nowhere or across packages. */
export interface MiniprogramPackages {
  main: PackageSize;
  subpackages: PackageSize[];
  /** Main-package files only subpackages use, largest first. */
  onlySubpackagesUse: SubpackageOnlyFile[];
  problems: string[];
}

interface AppJson extends PreloadRuleApp {
  pages?: string[];
  usingComponents?: Record<string, string>;
  sitemapLocation?: string;
  themeLocation?: string;
  tabBar?: { custom?: boolean; list?: Array<{ iconPath?: string; selectedIconPath?: string }> };
}

const SCRIPT_EXTENSIONS = ['.ts', '.js'];

/** Measures the mini program whose `app.json` is in root. */
export function measurePackages(root: string): MiniprogramPackages {
  const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson;
  const subpackageRoots = (appJson.subpackages ?? appJson.subPackages ?? []).map((sub) => ({
    root: sub.root.replace(/^\/+|\/+$/g, ''),
    name: sub.name ?? sub.root.replace(/^\/+|\/+$/g, ''),
    pages: sub.pages ?? [],
  }));
  const inSubpackage = (file: string) => subpackageRoots.find((sub) => file.startsWith(`${sub.root}/`));
  const walk = new PackageWalk(root, (file) => inSubpackage(file) !== undefined);
  const appFile: ShippedFile = { absolute: path.join(root, 'app.json'), packagePath: 'app.json' };
  walk.add(appFile);
  walk.problems.push(...preloadRuleProblems(appJson));
  walk.addUnit('app', { required: [SCRIPT_EXTENSIONS], optional: ['.wxss'] }, 'app.json');
  for (const location of [appJson.sitemapLocation, appJson.themeLocation]) {
    if (location !== undefined)
      walk.addReference(appFile, { kind: 'file', name: `/${location}`, suffixes: [''] });
  }
  for (const tab of appJson.tabBar?.list ?? []) {
    for (const icon of [tab.iconPath, tab.selectedIconPath]) {
      if (icon !== undefined) walk.addReference(appFile, { kind: 'file', name: `/${icon}`, suffixes: [''] });
    }
  }
  if (appJson.tabBar?.custom === true) walk.addComponentBase('custom-tab-bar/index', 'app.json tabBar');
  for (const page of appJson.pages ?? []) walk.addPage(page);
  const subWalks = subpackageRoots.map((sub) => {
    const subWalk = new PackageWalk(root, (file) => inSubpackage(file)?.root !== sub.root);
    for (const page of sub.pages) subWalk.addPage(`${sub.root}/${page}`);
    return subWalk;
  });
  addAsyncComponents([walk, ...subWalks], (base) => {
    const index = subpackageRoots.findIndex((sub) => base.startsWith(`${sub.root}/`));
    return subWalks[index];
  });
  const mainFiles = walk.files();
  for (const file of mainFiles.keys()) {
    const sub = inSubpackage(file);
    if (sub !== undefined)
      walk.problems.push(`${file} is in subpackage ${sub.root} but the main package uses it`);
  }
  const reachedFromMain = new Set(mainFiles.keys());
  const onlySubpackagesUse = new Map<string, SubpackageOnlyFile>();
  const subpackages: PackageSize[] = [];
  subpackageRoots.forEach((sub, index) => {
    const subWalk = subWalks[index];
    if (subWalk === undefined) return;
    walk.problems.push(...subWalk.problems);
    const own = new Map<string, number>();
    for (const [file, bytes] of subWalk.files()) {
      const owner = inSubpackage(file);
      if (owner === undefined) {
        mainFiles.set(file, bytes);
        if (!reachedFromMain.has(file)) {
          const entry = onlySubpackagesUse.get(file) ?? { path: file, bytes, usedBy: [] };
          onlySubpackagesUse.set(file, { ...entry, usedBy: [...entry.usedBy, sub.name] });
        }
      } else if (owner.root === sub.root) own.set(file, bytes);
      else walk.problems.push(`${file} is in subpackage ${owner.root} but subpackage ${sub.root} uses it`);
    }
    subpackages.push(packageSize(sub.name, sub.root, own));
  });
  return {
    main: packageSize('main', '', mainFiles),
    subpackages,
    onlySubpackagesUse: [...onlySubpackagesUse.values()].sort(largestFirst),
    problems: [...new Set(walk.problems)],
  };
}

/**
 * Components used across packages with a `componentPlaceholder` (the platform loads them with their
 * subpackage, showing the placeholder meanwhile): each counts in the subpackage it lies in, which may lead on.
 */
function addAsyncComponents(walks: PackageWalk[], walkOf: (base: string) => PackageWalk | undefined): void {
  const added = new Set<string>();
  for (let found = true; found;) {
    found = false;
    for (const walk of walks) {
      for (const component of walk.asyncComponents) {
        if (added.has(component.base)) continue;
        added.add(component.base);
        found = true;
        const target = walkOf(component.base);
        if (target === undefined)
          walk.problems.push(`${component.usedBy}: "${component.base}" is in no package`);
        else target.addComponentBase(component.base, component.usedBy);
      }
    }
  }
}

function largestFirst(a: PackageFile, b: PackageFile): number {
  return b.bytes - a.bytes || a.path.localeCompare(b.path);
}

function packageSize(name: string, root: string, files: Map<string, number>): PackageSize {
  const list = [...files].map(([file, bytes]) => ({ path: file, bytes }));
  list.sort(largestFirst);
  return { name, root, bytes: list.reduce((sum, file) => sum + file.bytes, 0), files: list };
}

/** Files reached from the units added so far, each measured once; references that lead nowhere become problems. */
class PackageWalk {
  readonly problems: string[] = [];
  /** Components this package uses from another subpackage with a placeholder: that subpackage counts them. */
  readonly asyncComponents: Array<{ base: string; usedBy: string }> = [];
  private readonly reached = new Map<string, ShippedFile>();

  /** `inOtherPackage` tells a file of another subpackage from one of this package or the main package. */
  constructor(
    private readonly root: string,
    private readonly inOtherPackage: (packagePath: string) => boolean = () => false,
  ) {}

  /** A page: its wxml and script must exist, json and wxss may. */
  addPage(base: string): void {
    this.addUnit(
      base,
      { required: ['.wxml', SCRIPT_EXTENSIONS], optional: ['.json', '.wxss'] },
      'app.json pages',
    );
  }

  /** A component by its base path in the package: json, wxml and script must exist, wxss may. */
  addComponentBase(base: string, usedBy: string): void {
    this.addUnit(base, { required: ['.json', '.wxml', SCRIPT_EXTENSIONS], optional: ['.wxss'] }, usedBy);
  }

  /** The files of a page, component or the app: each required entry is one extension or the first that exists. */
  addUnit(
    base: string,
    parts: { required: Array<string | string[]>; optional: string[] },
    usedBy: string,
  ): void {
    const absoluteBase = path.join(this.root, base);
    this.addSiblings(base, absoluteBase, parts, usedBy);
  }

  /** Follows one reference from a reached file. */
  addReference(from: ShippedFile, reference: Reference): void {
    if (reference.kind === 'component') {
      const json = resolveComponent(this.root, from, reference.name);
      if (json === undefined) {
        this.problems.push(`${from.packagePath}: component "${reference.name}" not found`);
        return;
      }
      const base = json.packagePath.replace(/\.json$/, '');
      if (reference.placeholder === true && this.inOtherPackage(json.packagePath)) {
        this.asyncComponents.push({ base, usedBy: from.packagePath });
        return;
      }
      const parts = { required: ['.json', '.wxml', SCRIPT_EXTENSIONS], optional: ['.wxss'] };
      this.addSiblings(base, json.absolute.replace(/\.json$/, ''), parts, from.packagePath);
      return;
    }
    const found =
      reference.kind === 'script'
        ? resolveScript(this.root, from, reference.name)
        : resolveLocal(this.root, from, reference.name, reference.suffixes);
    if (found === undefined) {
      this.problems.push(`${from.packagePath}: "${reference.name}" not found`);
    } else {
      this.add(found);
    }
  }

  /** Adds a file and everything it references, once. */
  add(file: ShippedFile): void {
    if (file.packagePath.startsWith('../')) {
      this.problems.push(`${file.packagePath} lies outside the mini program but is shipped code`);
      return;
    }
    if (this.reached.has(file.packagePath)) return;
    this.reached.set(file.packagePath, file);
    let references: Reference[];
    try {
      references = referencesOf(file);
    } catch (error) {
      this.problems.push(`${file.packagePath}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const reference of references) this.addReference(file, reference);
  }

  /** Every reached file by its package path, with its shipped bytes. */
  files(): Map<string, number> {
    return new Map([...this.reached].map(([name, file]) => [name, shippedBytes(file)]));
  }

  private addSiblings(
    base: string,
    absoluteBase: string,
    parts: { required: Array<string | string[]>; optional: string[] },
    usedBy: string,
  ): void {
    const entries = [
      ...parts.required.map((part) => ({
        extensions: typeof part === 'string' ? [part] : part,
        required: true,
      })),
      ...parts.optional.map((part) => ({ extensions: [part], required: false })),
    ];
    for (const entry of entries) {
      const extension = entry.extensions.find((candidate) => fs.existsSync(`${absoluteBase}${candidate}`));
      if (extension !== undefined) {
        this.add({ absolute: `${absoluteBase}${extension}`, packagePath: `${base}${extension}` });
      } else if (entry.required) {
        this.problems.push(`${base}${entry.extensions.join(' or ')} (used by ${usedBy}) not found`);
      }
    }
  }
}
