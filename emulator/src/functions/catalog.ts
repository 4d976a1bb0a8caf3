import fs from 'node:fs';
import path from 'node:path';

/** A function's `config.json`, as DevTools deploys it. */
export interface FunctionConfig {
  /** Seconds; the platform default is 3. */
  timeout?: number;
  triggers?: Array<{ name: string; type: string; config: string }>;
  permissions?: { openapi?: string[] };
}

/** A function module as the platform loads it: `exports.main(event, context)`. */
export interface CloudFunctionModule {
  main(event: unknown, context: unknown): unknown;
}

/** Where the runner finds functions: their names, configs and modules. */
export interface FunctionCatalog {
  names(): string[];
  has(name: string): boolean;
  config(name: string): FunctionConfig;
  load(name: string): CloudFunctionModule;
}

/** The platform's timeout when config.json sets none, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 3;

/**
 * Functions laid out as `<root>/<name>/index.(ts|js)` beside `config.json` — the source tree
 * (loaded through ts-jest or tsx) or the built `dist/cloudfunctions`.
 */
export function directoryCatalog(root: string): FunctionCatalog {
  const configs = new Map<string, FunctionConfig>();
  const names = (): string[] =>
    fs.existsSync(root)
      ? fs
          .readdirSync(root, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && hasEntryFile(path.join(root, entry.name)))
          .map((entry) => entry.name)
          .sort()
      : [];
  return {
    names,
    has: (name) => /^[A-Za-z0-9_-]+$/.test(name) && hasEntryFile(path.join(root, name)),
    config(name) {
      let config = configs.get(name);
      if (!config) {
        const file = path.join(root, name, 'config.json');
        config = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FunctionConfig) : {};
        configs.set(name, config);
      }
      return config;
    },
    load(name) {
      // Node's module cache keeps each function warm across calls, as a warm instance is.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return require(path.join(root, name, 'index')) as CloudFunctionModule;
    },
  };
}

function hasEntryFile(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.ts')) || fs.existsSync(path.join(dir, 'index.js'));
}

/** Functions given in code, for the local cloud's own tests. */
export function inlineCatalog(
  functions: Record<string, { main: CloudFunctionModule['main']; config?: FunctionConfig }>,
): FunctionCatalog {
  return {
    names: () => Object.keys(functions).sort(),
    has: (name) => Object.prototype.hasOwnProperty.call(functions, name),
    config: (name) => functions[name]?.config ?? {},
    load: (name) => {
      const fn = functions[name];
      if (!fn) throw new Error(`no function ${name}`);
      return fn;
    },
  };
}
