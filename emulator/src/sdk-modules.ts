import { createRequire } from 'node:module';

const requireHere = createRequire(__filename);

/**
 * Loads `moduleId` from the dependency tree of `owner` (a package the SDK ships with), so the local cloud
 * encodes exactly as the SDK it serves: bson via @cloudbase/database, protobufjs via wx-server-sdk.
 */
export function requireFromSdkTree<T>(moduleId: string, owner: '@cloudbase/database' | 'wx-server-sdk'): T {
  return requireHere(requireHere.resolve(moduleId, { paths: [requireHere.resolve(owner)] })) as T;
}
