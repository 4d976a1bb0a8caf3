import type { AppDeclarations } from '../../src/preview/preview-declarations-route';
import { wxFailure } from './sheet-layer';

/** The APIs the platform runs only when app.json lists them in `requiredPrivateInfos`. */
export const DECLARED_PRIVATE_APIS = new Set([
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
]);

/** Where the local cloud answers app.json's declarations (emulator/src/preview/preview-declarations-route.ts). */
const DECLARATIONS_PATH = '/preview/declarations';

/**
 * A guard for private APIs: an API of DECLARED_PRIVATE_APIS that app.json does not declare fails at once, as
 * on the phone (`api:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json`);
 * then `privacy` waits for the user's agreement.
 */
export function declaredPrivacyGuard(
  baseUrl: string,
  privacy: (api: string) => Promise<void>,
): (api: string) => Promise<void> {
  let declarations: Promise<AppDeclarations> | undefined;
  const read = () =>
    (declarations ??= fetch(`${baseUrl}${DECLARATIONS_PATH}`).then(
      (response) => response.json() as Promise<AppDeclarations>,
    ));
  return async (api) => {
    if (DECLARED_PRIVATE_APIS.has(api) && !(await read()).requiredPrivateInfos.includes(api))
      throw wxFailure(
        api,
        'the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
      );
    await privacy(api);
  };
}
