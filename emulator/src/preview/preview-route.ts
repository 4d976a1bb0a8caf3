import type { Clock } from '../clock';
import type { DatabaseEngine } from '../db';
import type { LocalCloudServer } from '../http/server';
import { registerClockRoute } from './clock-route';
import { registerLiveReloadRoute } from './live-reload-route';
import { registerPreviewBarRoute } from './preview-bar-route';
import { bundlePreview } from './preview-bundle';
import { registerPreviewDeclarationsRoute } from './preview-declarations-route';
import { previewHtml } from './preview-page';
import { registerPreviewTablesRoute } from './preview-tables-route';

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

/** Where the preview is served on the local cloud's HTTP server. */
export const PREVIEW_PATH = '/preview/';

/**
 * Serves the mini program in `miniprogramRoot` in a browser: `GET /preview/` is the phone frame and
 * `GET /preview/app.js` the runtime with the mini program's pages, bundled afresh on each load; beside them the
 * bar's doors (stores, clock) and the live-reload stream.
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
    return { status: 404, json: { errCode: 404, errMsg: `no preview file ${file}` } };
  });
}
