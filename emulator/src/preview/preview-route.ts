import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LocalCloudServer } from '../http/server';
import { bundlePreview } from './preview-bundle';
import { previewHtml } from './preview-page';

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** How a preview script that could not be built begins (it then shows the build error). */
export const PREVIEW_BUILD_FAILED = 'preview build failed';

/** The bundle, or a script that shows why it could not be built (a WXML error with its file:line:col). */
async function previewScript(miniprogramRoot: string): Promise<string> {
  try {
    return (await bundlePreview(miniprogramRoot)).script;
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
 * `GET /preview/app.js` the runtime with the mini program's pages, bundled afresh on each load, and
 * `GET /preview/files/<path>` the mini program's own images.
 */
export function registerPreviewRoute(server: LocalCloudServer, miniprogramRoot: string): void {
  server.route('GET', PREVIEW_PATH, async ({ url }) => {
    const file = url.pathname.slice(PREVIEW_PATH.length);
    if (file === '')
      return { status: 200, bytes: Buffer.from(previewHtml()), contentType: 'text/html; charset=utf-8' };
    if (file === 'app.js') {
      return {
        status: 200,
        bytes: Buffer.from(await previewScript(miniprogramRoot)),
        contentType: JAVASCRIPT,
      };
    }
    const image = file.startsWith(MINIPROGRAM_FILES_PATH)
      ? miniprogramImage(miniprogramRoot, file.slice(MINIPROGRAM_FILES_PATH.length))
      : undefined;
    if (image) return { status: 200, ...image };
    return { status: 404, json: { errCode: 404, errMsg: `no preview file ${file}` } };
  });
}
