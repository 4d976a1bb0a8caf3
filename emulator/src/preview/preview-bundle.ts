import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { compileWxml } from './wxml-compiler';
import { readWxss, wxssToCss } from './wxss-for-browser';

/** The browser side of the preview (emulator/preview-runtime/), bundled with the mini program's files. */
const RUNTIME_ENTRY = path.resolve(__dirname, '../../preview-runtime/main.ts');
const BROWSER_TRANSPORT = path.resolve(__dirname, '../../preview-runtime/fetch-transport.ts');

/** What app.json says, as far as the preview reads it. */
interface AppJson {
  pages: string[];
  window?: Record<string, unknown>;
}

/** The preview's script for the mini program in `miniprogramRoot`, and what went into it. */
export interface PreviewBundle {
  script: string;
  pagePaths: string[];
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
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
export async function bundlePreview(miniprogramRoot: string): Promise<PreviewBundle> {
  const appJson = readJson(path.join(miniprogramRoot, 'app.json')) as unknown as AppJson;
  const pagePaths = appJson.pages;
  const gwxSource = compileWxml(
    miniprogramRoot,
    pagePaths.map((page) => `${page}.wxml`),
  );
  const css = [
    readWxss(path.join(miniprogramRoot, 'app.wxss')),
    ...pagePaths.map((page) => readWxss(path.join(miniprogramRoot, `${page}.wxss`))),
  ]
    .map(wxssToCss)
    .join('\n');
  const pages = pagePaths.map(
    (page) =>
      `{ path: ${JSON.stringify(page)}, json: ${JSON.stringify(readJson(path.join(miniprogramRoot, `${page}.json`)))}, ` +
      `load: () => import(${JSON.stringify(moduleFile(path.join(miniprogramRoot, page)))}) }`,
  );
  const entry = [
    `import { startPreview } from ${JSON.stringify(RUNTIME_ENTRY)};`,
    'startPreview({',
    `  appJson: ${JSON.stringify(appJson)},`,
    `  gwxSource: ${JSON.stringify(gwxSource)},`,
    `  css: ${JSON.stringify(css)},`,
    `  loadApp: () => import(${JSON.stringify(moduleFile(path.join(miniprogramRoot, 'app')))}),`,
    `  pages: [${pages.join(', ')}],`,
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
  });
  const script = result.outputFiles[0]?.text;
  if (script === undefined) throw new Error('preview: esbuild wrote no bundle');
  return { script, pagePaths };
}
