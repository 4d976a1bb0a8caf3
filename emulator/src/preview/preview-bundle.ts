import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { scopePageCss } from './component-wxss';
import {
  collectComponents,
  readMiniprogramJson,
  usingOf,
  type CollectedComponent,
} from './preview-components';
import { compileWxml } from './wxml-compiler';
import { readWxss, wxssToCss } from './wxss-for-browser';

/** The browser side of the preview (emulator/preview-runtime/), bundled with the mini program's files. */
const RUNTIME_ENTRY = path.resolve(__dirname, '../../preview-runtime/main.ts');
const BROWSER_TRANSPORT = path.resolve(__dirname, '../../preview-runtime/fetch-transport.ts');

/** What app.json says, as far as the preview reads it. */
interface AppJson {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
  window?: Record<string, unknown>;
  usingComponents?: Record<string, string>;
}

/** The preview's script for the mini program in `miniprogramRoot`, and what went into it. */
export interface PreviewBundle {
  script: string;
  /** The script's source map (JSON): the runtime's and the mini program's own files, as written. */
  sourceMap: string;
  pagePaths: string[];
  /** Absolute paths of the files esbuild bundled that lie outside the mini program root. */
  inputs: string[];
}

/** How the bundle is built: minified (the default, as the browser downloads it) or as written. */
export interface BundleOptions {
  minify?: boolean;
  /** The address the script names its source map by (`//# sourceMappingURL=`). */
  sourceMapUrl?: string;
}

/** Every page of app.json: the main package's, then each subpackage's under its root. */
function allPagePaths(appJson: AppJson): string[] {
  const subpackages = appJson.subpackages ?? appJson.subPackages ?? [];
  return [
    ...appJson.pages,
    ...subpackages.flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/+$/, '')}/${page}`)),
  ];
}

/** A module of the mini program, written in TypeScript or in JavaScript (`base` without extension). */
function moduleFile(base: string): string {
  return existsSync(`${base}.ts`) ? `${base}.ts` : `${base}.js`;
}

/** The page-side client's Node transport (node:http) becomes the browser's (fetch); nothing else changes. */
const browserTransport: Plugin = {
  name: 'browser-transport',
  setup(builder) {
    builder.onResolve({ filter: /\/wx-cloud-transport$/ }, () => ({ path: BROWSER_TRANSPORT }));
  },
};

/**
 * Bundles the real mini program for the browser: each page's TypeScript (esbuild), its WXML (wcc, as one
 * `$gwx` factory run in the page), app.wxss and each page's WXSS (as CSS with rpx scaled to the frame), and
 * app.json and each page's json, handed to the preview runtime. Read fresh on every call.
 */
export async function bundlePreview(
  miniprogramRoot: string,
  options: BundleOptions = {},
): Promise<PreviewBundle> {
  const appJson = readMiniprogramJson(path.join(miniprogramRoot, 'app.json')) as unknown as AppJson;
  const pagePaths = allPagePaths(appJson);
  const globalUsing = usingOf(miniprogramRoot, 'app', { usingComponents: appJson.usingComponents }, {});
  const pageJsons = pagePaths.map((page) => readMiniprogramJson(path.join(miniprogramRoot, `${page}.json`)));
  const pageUsing = pagePaths.map((page, index) =>
    usingOf(miniprogramRoot, page, pageJsons[index] ?? {}, globalUsing),
  );
  const components = collectComponents(miniprogramRoot, globalUsing, pageUsing);
  const gwxSource = compileWxml(miniprogramRoot, [
    ...pagePaths.map((page) => `${page}.wxml`),
    ...components.map((component) => `${component.path}.wxml`),
  ]);
  const css = [
    wxssToCss(readWxss(path.join(miniprogramRoot, 'app.wxss'))),
    ...pagePaths.map((page) =>
      scopePageCss(wxssToCss(readWxss(path.join(miniprogramRoot, `${page}.wxss`))), page),
    ),
  ].join('\n');
  const load = (modulePath: string) =>
    `load: () => import(${JSON.stringify(moduleFile(path.join(miniprogramRoot, modulePath)))})`;
  const pages = pagePaths.map(
    (page, index) =>
      `{ path: ${JSON.stringify(page)}, json: ${JSON.stringify(pageJsons[index] ?? {})}, ` +
      `using: ${JSON.stringify(pageUsing[index] ?? {})}, ${load(page)} }`,
  );
  const componentSources = components.map(
    ({ path: componentPath, ...rest }: CollectedComponent) =>
      `{ path: ${JSON.stringify(componentPath)}, ${JSON.stringify(rest).slice(1, -1)}, ${load(componentPath)} }`,
  );
  const entry = [
    `import { startPreview } from ${JSON.stringify(RUNTIME_ENTRY)};`,
    'startPreview({',
    `  appJson: ${JSON.stringify(appJson)},`,
    `  gwxSource: ${JSON.stringify(gwxSource)},`,
    `  css: ${JSON.stringify(css)},`,
    `  loadApp: () => import(${JSON.stringify(moduleFile(path.join(miniprogramRoot, 'app')))}),`,
    `  pages: [${pages.join(', ')}],`,
    `  components: [${componentSources.join(', ')}],`,
    '});',
  ].join('\n');
  // Loaded on first use: esbuild refuses to load in a jsdom test environment, which imports the local cloud.
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: entry, resolveDir: miniprogramRoot, loader: 'ts', sourcefile: 'preview-entry.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    define: { global: 'window', 'process.env.NODE_ENV': '"development"' },
    plugins: [browserTransport],
    logLevel: 'silent',
    // Minified, names kept (stack traces and component names stay readable), with an external source map.
    minify: options.minify ?? true,
    keepNames: true,
    sourcemap: 'external',
    sourcesContent: true,
    metafile: true,
    outfile: path.join(miniprogramRoot, 'preview-app.js'),
  });
  const script = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text;
  const sourceMap = result.outputFiles.find((file) => file.path.endsWith('.js.map'))?.text;
  if (script === undefined || sourceMap === undefined) throw new Error('preview: esbuild wrote no bundle');
  const mapComment = options.sourceMapUrl ? `\n//# sourceMappingURL=${options.sourceMapUrl}\n` : '';
  const root = path.resolve(miniprogramRoot);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith('<'))
    .map((input) => path.resolve(input)) // metafile paths are relative to the working directory
    .filter((input) => !input.startsWith(`${root}${path.sep}`));
  return { script: `${script}${mapComment}`, sourceMap, pagePaths, inputs };
}
