// Checks project.config.json the way DevTools will read it: roots that exist, the TypeScript compiler plugin,
// the build hooks, no AppID but the tourist one (each developer sets theirs in project.private.config.json).
import fs from 'node:fs';
import path from 'node:path';

/** The only AppID the committed project config may carry. */
export const TOURIST_APPID = 'touristappid';
/** Where `npm run build` writes the deployable functions, relative to the project root. */
export const BUILT_FUNCTIONS_DIR = 'dist/cloudfunctions';
/** The DevTools hooks that must rebuild the functions first. */
export const BUILD_HOOKS = ['beforeCompile', 'beforePreview', 'beforeUpload'] as const;
const PACK_IGNORE_TYPES = ['folder', 'file', 'suffix', 'prefix', 'regexp', 'glob'];

type Json = Record<string, unknown>;

/** Every problem with `<root>/project.config.json`, as `project.config.json: …` lines (none when valid). */
export function checkProjectConfig(root: string): string[] {
  const problems: string[] = [];
  const add = (message: string) => problems.push(`project.config.json: ${message}`);
  const config = readJsonObject(path.join(root, 'project.config.json'), add);
  if (!config) return problems;

  if (config.appid !== TOURIST_APPID) {
    add(`appid must stay "${TOURIST_APPID}"; set your own in project.private.config.json (not committed)`);
  }
  if (config.compileType !== 'miniprogram') add('compileType must be "miniprogram"');

  const miniprogramRoot = relativeDir(config.miniprogramRoot);
  if (!miniprogramRoot) add('miniprogramRoot must be a relative folder');
  else if (!fs.existsSync(path.join(root, miniprogramRoot, 'app.json'))) {
    add(`miniprogramRoot "${String(config.miniprogramRoot)}" holds no app.json`);
  }
  if (config.srcMiniprogramRoot !== undefined && relativeDir(config.srcMiniprogramRoot) !== miniprogramRoot) {
    add('srcMiniprogramRoot must name the same folder as miniprogramRoot');
  }
  if (relativeDir(config.cloudfunctionRoot) !== BUILT_FUNCTIONS_DIR) {
    add(`cloudfunctionRoot must be "${BUILT_FUNCTIONS_DIR}/" (the build output), not the TypeScript sources`);
  }

  const setting = asObject(config.setting);
  const plugins = setting?.useCompilerPlugins;
  if (!Array.isArray(plugins) || !plugins.includes('typescript')) {
    add('setting.useCompilerPlugins must include "typescript" so DevTools compiles the pages');
  }

  const scripts = asObject(config.scripts);
  for (const hook of BUILD_HOOKS) {
    const command = scripts?.[hook];
    if (typeof command !== 'string' || !/\bnpm run build\b/.test(command)) {
      add(`scripts.${hook} must run "npm run build"`);
    }
  }
  if (!hasNpmScript(root, 'build'))
    add('the build hooks run "npm run build", but package.json has no build script');

  const ignore = asObject(config.packOptions)?.ignore;
  if (ignore !== undefined) {
    if (!Array.isArray(ignore)) add('packOptions.ignore must be an array');
    else {
      for (const rule of ignore as unknown[]) {
        const entry = asObject(rule);
        if (!entry || !PACK_IGNORE_TYPES.includes(String(entry.type)) || typeof entry.value !== 'string') {
          add(
            `packOptions.ignore entry ${JSON.stringify(rule)} needs a type (${PACK_IGNORE_TYPES.join(', ')}) and a value`,
          );
        }
      }
    }
  }
  if (!isGitIgnored(root, 'project.private.config.json')) {
    add('project.private.config.json (where each developer keeps their AppID) must be in .gitignore');
  }
  return problems;
}

/** Reads a JSON object file, reporting a missing file or bad JSON through `add`. */
export function readJsonObject(file: string, add: (message: string) => void): Json | undefined {
  if (!fs.existsSync(file)) {
    add('is missing');
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const object = asObject(value);
    if (!object) add('must be a JSON object');
    return object;
  } catch (error) {
    add(`is not JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/** `value` as a plain object, or undefined. */
export function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** A relative folder path without `./` or a trailing slash, or undefined when it is absent or absolute. */
function relativeDir(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || path.isAbsolute(value)) return undefined;
  return path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '').replace(/^\.\//, '');
}

function hasNpmScript(root: string, name: string): boolean {
  const manifest = readJsonObject(path.join(root, 'package.json'), () => undefined);
  return typeof asObject(manifest?.scripts)?.[name] === 'string';
}

function isGitIgnored(root: string, file: string): boolean {
  const ignoreFile = path.join(root, '.gitignore');
  if (!fs.existsSync(ignoreFile)) return false;
  return fs
    .readFileSync(ignoreFile, 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/^\//, ''))
    .includes(file);
}
