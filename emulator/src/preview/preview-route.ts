import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock';
import type { DatabaseEngine } from '../db';
import type { LocalCloudServer } from '../http/server';
import { registerClockRoute } from './clock-route';
import { registerLiveReloadRoute } from './live-reload-route';
import { registerPreviewBarRoute } from './preview-bar-route';
import { BundleCache } from './bundle-cache';
import { bundlePreview } from './preview-bundle';
import { registerPreviewDeclarationsRoute } from './preview-declarations-route';
import { previewHtml } from './preview-page';
import { registerPreviewTablesRoute } from './preview-tables-route';

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** How a preview script that could not be built begins (it then shows the build error). */
export const PREVIEW_BUILD_FAILED = 'preview build failed';

/** How many recent builds' source maps are kept, so a tab's devtools find the map of the script it loaded. */
const KEPT_SOURCE_MAPS = 8;

/** The source maps of the latest builds, by build number (`app.js.map?build=N`). */
class SourceMaps {
  private next = 1;
  private readonly maps = new Map<string, string>();

  /** Reserves the number of the next build. */
  reserve(): string {
    return String(this.next++);
  }

  keep(build: string, map: string): void {
    this.maps.set(build, map);
    for (const old of this.maps.keys()) if (this.maps.size > KEPT_SOURCE_MAPS) this.maps.delete(old);
  }

  find(build: string | null): string | undefined {
    return build === null ? undefined : this.maps.get(build);
  }
}

/** The bundle, or a script that shows why it could not be built (a WXML error with its file:line:col). */
async function previewScript(miniprogramRoot: string, maps: SourceMaps, cache: BundleCache): Promise<string> {
  try {
    const built = await cache.script(async () => {
      const build = maps.reserve();
      const bundle = await bundlePreview(miniprogramRoot, { sourceMapUrl: `app.js.map?build=${build}` });
      maps.keep(build, bundle.sourceMap);
      return { script: bundle.script, inputs: bundle.inputs };
    });
    return built.script;
  } catch (error) {
    const message = `${PREVIEW_BUILD_FAILED}: ${error instanceof Error ? error.message : String(error)}`;
    return `// ${PREVIEW_BUILD_FAILED}
console.error(${JSON.stringify(message)});
document.getElementById('preview-errors').textContent = ${JSON.stringify(message)};`;
  }
}

/** Where the mini program's own images (tab bar icons, `src="/images/a.png"`) are served, from its root. */
export const MINIPROGRAM_FILES_PATH = 'files/';

/** The image types the mini program's own files may be served as. */
const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.wav': 'audio/wav',
};

/** An image of the mini program under its root, or undefined (outside the root, not an image, missing). */
function miniprogramImage(
  miniprogramRoot: string,
  relative: string,
): { bytes: Buffer; contentType: string } | undefined {
  const root = path.resolve(miniprogramRoot);
  const file = path.resolve(root, decodeURIComponent(relative));
  const contentType = IMAGE_TYPES[path.extname(file).toLowerCase()];
  if (!file.startsWith(`${root}${path.sep}`) || !contentType || !existsSync(file) || !statSync(file).isFile())
    return undefined;
  return { bytes: readFileSync(file), contentType };
}

/** Where the preview is served on the local cloud's HTTP server. */
export const PREVIEW_PATH = '/preview/';

/**
 * Serves the mini program in `miniprogramRoot` in a browser: `GET /preview/` is the phone frame and
 * `GET /preview/app.js` the runtime with the mini program's pages, rebuilt when one of its files changed, and
 * `GET /preview/app.js.map?build=N` its source map, and `GET /preview/files/<path>` the mini program's own images;
 * beside them the bar's doors (stores, clock), the sheets' doors (tables, declarations) and the live-reload stream.
 */
export function registerPreviewRoute(
  server: LocalCloudServer,
  miniprogramRoot: string,
  cloud: { database: DatabaseEngine; clock: Clock },
): void {
  registerPreviewBarRoute(server, cloud.database);
  registerClockRoute(server, cloud.clock);
  registerLiveReloadRoute(server, miniprogramRoot);
  registerPreviewTablesRoute(server, cloud.database, miniprogramRoot);
  registerPreviewDeclarationsRoute(server, miniprogramRoot);
  const maps = new SourceMaps();
  const cache = new BundleCache(miniprogramRoot);
  server.route('GET', PREVIEW_PATH, async ({ url }) => {
    const file = url.pathname.slice(PREVIEW_PATH.length);
    if (file === '')
      return { status: 200, bytes: Buffer.from(previewHtml()), contentType: 'text/html; charset=utf-8' };
    if (file === 'app.js') {
      return {
        status: 200,
        bytes: Buffer.from(await previewScript(miniprogramRoot, maps, cache)),
        contentType: JAVASCRIPT,
      };
    }
    const sourceMap = file === 'app.js.map' ? maps.find(url.searchParams.get('build')) : undefined;
    if (sourceMap) return { status: 200, bytes: Buffer.from(sourceMap), contentType: 'application/json' };
    const image = file.startsWith(MINIPROGRAM_FILES_PATH)
      ? miniprogramImage(miniprogramRoot, file.slice(MINIPROGRAM_FILES_PATH.length))
      : undefined;
    if (image) return { status: 200, ...image };
    return { status: 404, json: { errCode: 404, errMsg: `no preview file ${file}` } };
  });
}
