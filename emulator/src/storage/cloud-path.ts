import { CloudError, WireCode } from '../errors';

/** Longest object key cloud storage accepts, in UTF-8 bytes. */
export const MAX_CLOUD_PATH_BYTES = 850;

/**
 * Checks a cloud path (`products/latte.png`) and returns it: relative, `/`-separated, no empty, `.` or
 * `..` segment (no way out of the bucket), no backslash or control character, and none of `? # %`,
 * which would not survive the round trip through a temp URL.
 */
export function checkCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '') {
    throw new CloudError(WireCode.INVALID_PARAM, 'cloudPath must be a non-empty string');
  }
  if (Buffer.byteLength(cloudPath, 'utf8') > MAX_CLOUD_PATH_BYTES) {
    throw new CloudError(WireCode.INVALID_PARAM, `cloudPath is over ${MAX_CLOUD_PATH_BYTES} bytes`);
  }
  if ([...cloudPath].some(isForbiddenCharacter)) {
    throw new CloudError(
      WireCode.INVALID_PARAM,
      `cloudPath ${JSON.stringify(cloudPath)} has a forbidden character`,
    );
  }
  const segments = cloudPath.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new CloudError(
      WireCode.INVALID_PARAM,
      `cloudPath ${JSON.stringify(cloudPath)} must be relative, without empty, "." or ".." segments`,
    );
  }
  return cloudPath;
}

/** The bucket of an environment, shaped like the platform's (`<hex of 2 chars>-<env>-<number>`). */
export function bucketOf(envId: string): string {
  return `${Buffer.from(envId.slice(0, 2), 'utf8').toString('hex')}-${envId}-1300000000`;
}

/** `cloud://<env>.<bucket>/<path>` */
export function fileIdOf(envId: string, cloudPath: string): string {
  return `cloud://${envId}.${bucketOf(envId)}/${cloudPath}`;
}

/** The cloud path a fileID names in this environment's bucket; undefined for another bucket or a bad id. */
export function cloudPathOf(envId: string, fileId: unknown): string | undefined {
  const prefix = `cloud://${envId}.${bucketOf(envId)}/`;
  if (typeof fileId !== 'string' || !fileId.startsWith(prefix)) return undefined;
  try {
    return checkCloudPath(fileId.slice(prefix.length));
  } catch {
    return undefined;
  }
}

function isForbiddenCharacter(character: string): boolean {
  return character < ' ' || character === '\u007f' || '\\?#%'.includes(character);
}
