import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalCloudServer } from '../http/server';

/** Where the preview's `wx` reads what app.json declares for the platform's checks. */
export const PREVIEW_DECLARATIONS_PATH = '/preview/declarations';

/** What app.json declares that the platform checks before an API runs. */
export interface AppDeclarations {
  /** The location and address APIs the mini program declared it calls; the platform refuses the others. */
  requiredPrivateInfos: string[];
}

/** Reads app.json's declarations afresh (an edit to app.json counts on the next call). */
export function appDeclarations(miniprogramRoot: string): AppDeclarations {
  const appJson = JSON.parse(readFileSync(path.join(miniprogramRoot, 'app.json'), 'utf8')) as {
    requiredPrivateInfos?: unknown;
  };
  const declared = Array.isArray(appJson.requiredPrivateInfos) ? appJson.requiredPrivateInfos : [];
  return { requiredPrivateInfos: declared.filter((name): name is string => typeof name === 'string') };
}

/** `GET /preview/declarations`: app.json's `requiredPrivateInfos`, for the preview's location and address APIs. */
export function registerPreviewDeclarationsRoute(server: LocalCloudServer, miniprogramRoot: string): void {
  server.route('GET', PREVIEW_DECLARATIONS_PATH, ({ url }) => {
    if (url.pathname !== PREVIEW_DECLARATIONS_PATH)
      return { status: 404, json: { errCode: 404, errMsg: `no preview file ${url.pathname}` } };
    return { status: 200, json: appDeclarations(miniprogramRoot) };
  });
}
