import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hostOnlyCss, scopeComponentCss } from './component-wxss';
import { readWxss, wxssToCss } from './wxss-for-browser';

/** A json file of the mini program (app, page or component), as far as the preview reads it. */
export type MiniprogramJson = Record<string, unknown> & { usingComponents?: Record<string, string> };

/** A custom component found through `usingComponents`: its path, json, CSS both ways, and what it uses. */
export interface CollectedComponent {
  /** The component's path from the mini program root, without extension (`components/card/index`). */
  path: string;
  json: MiniprogramJson;
  /** The class prefix its elements get (the engine's `classPrefix`); its isolated CSS uses it. */
  prefix: string;
  /** Its CSS with classes and `:host` made its own (isolated, apply-shared). */
  scopedCss: string;
  /** Its CSS with only `:host` rewritten (styleIsolation shared). */
  sharedCss: string;
  /** Tag → component path, app.json's global components included. */
  using: Record<string, string>;
}

/** Reads a json file of the mini program; a missing one is empty, as DevTools treats it. */
export function readMiniprogramJson(file: string): MiniprogramJson {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MiniprogramJson) : {};
}

/** Where a `usingComponents` entry of the file at `owner` points: `/x` from the root, `./x` from the owner. */
function resolveComponent(root: string, owner: string, target: string): string {
  if (target.startsWith('plugin://'))
    throw new Error(`${owner}.json: plugin component ${target} is not supported`);
  const absolute = target.startsWith('/')
    ? path.join(root, target)
    : path.resolve(path.dirname(path.join(root, owner)), target);
  const base = existsSync(`${absolute}.json`) ? absolute : path.join(absolute, 'index');
  if (!existsSync(`${base}.json`)) throw new Error(`${owner}.json: no component at ${target}`);
  return path.relative(root, base).split(path.sep).join('/');
}

/** The tag → component path map of `owner` (a page or component), app.json's global entries beneath its own. */
export function usingOf(
  root: string,
  owner: string,
  json: MiniprogramJson,
  global: Record<string, string>,
): Record<string, string> {
  const using: Record<string, string> = { ...global };
  for (const [tag, target] of Object.entries(json.usingComponents ?? {}))
    using[tag] = resolveComponent(root, owner, target);
  return using;
}

/**
 * Every custom component the pages reach through `usingComponents` (app.json's, each page's, each
 * component's), each once, in the order they were found.
 */
export function collectComponents(
  root: string,
  globalUsing: Record<string, string>,
  pageUsing: Record<string, string>[],
): CollectedComponent[] {
  const found = new Map<string, CollectedComponent>();
  const pending = [...Object.values(globalUsing), ...pageUsing.flatMap((using) => Object.values(using))];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    if (found.has(next)) continue;
    const json = readMiniprogramJson(path.join(root, `${next}.json`));
    const using = usingOf(root, next, json, globalUsing);
    const prefix = next.replace(/[^a-zA-Z0-9]+/g, '-');
    const css = wxssToCss(readWxss(path.join(root, `${next}.wxss`)));
    found.set(next, {
      path: next,
      json,
      prefix,
      scopedCss: scopeComponentCss(css, prefix),
      sharedCss: hostOnlyCss(css, prefix),
      using,
    });
    pending.push(...Object.values(using));
  }
  return [...found.values()];
}
