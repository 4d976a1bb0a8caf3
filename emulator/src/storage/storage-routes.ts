import type { Clock } from '../clock';
import type { LocalCloudServer, RouteRequest, RouteResponse } from '../http/server';
import type { BlobStore } from './blob-store';
import { checkCloudPath } from './cloud-path';
import { contentTypeFor } from './content-type';
import type { TempUrlSigner } from './temp-url-signer';

/** Prefix of upload targets and temp download URLs on the local cloud's port. */
export const STORAGE_ROUTE = '/storage/';

/** What the file routes read and write: the bytes, the URL signer, the clock and upload authorizations. */
export interface StorageRouteDeps {
  blobs: BlobStore;
  signer: TempUrlSigner;
  clock: Clock;
  /** Spends an upload authorization; true when `token` was issued for exactly `cloudPath`. */
  takeUpload(token: string, cloudPath: string): boolean;
}

/**
 * `PUT /storage/<path>` (authorization from getUploadMetadata) stores the body, answering empty on
 * success as object storage does; `GET|HEAD /storage/<path>?sign=…&t=…` serves a file while its temp URL
 * is valid on the clock. Failures are object-storage XML errors, which the SDK reads.
 */
export function registerStorageRoutes(server: LocalCloudServer, deps: StorageRouteDeps): void {
  server.route('PUT', STORAGE_ROUTE, (request) => upload(request, deps));
  server.route('GET', STORAGE_ROUTE, (request) => download(request, deps));
  server.route('HEAD', STORAGE_ROUTE, (request) => download(request, deps));
}

function upload({ url, headers, body }: RouteRequest, deps: StorageRouteDeps): RouteResponse {
  const cloudPath = pathOf(url);
  if (cloudPath === undefined)
    return storageError(400, 'InvalidObjectName', 'the object name is not valid', url);
  const token = String(headers.authorization ?? '');
  if (!deps.takeUpload(token, cloudPath)) {
    return storageError(
      403,
      'AccessDenied',
      'no upload authorization for this object (ask getUploadMetadata)',
      url,
    );
  }
  deps.blobs.write(cloudPath, body);
  return { status: 200, bytes: Buffer.alloc(0), contentType: 'application/xml' };
}

function download({ url }: RouteRequest, deps: StorageRouteDeps): RouteResponse {
  const cloudPath = pathOf(url);
  if (cloudPath === undefined)
    return storageError(400, 'InvalidObjectName', 'the object name is not valid', url);
  const expiresAtSec = Number(url.searchParams.get('t'));
  const signature = url.searchParams.get('sign') ?? '';
  if (!Number.isInteger(expiresAtSec) || !deps.signer.verify(cloudPath, expiresAtSec, signature)) {
    return storageError(403, 'AccessDenied', 'the signature does not match', url);
  }
  if (deps.clock.now() >= expiresAtSec * 1000) {
    return storageError(403, 'AccessDenied', 'the temp URL has expired', url);
  }
  const bytes = deps.blobs.read(cloudPath);
  if (!bytes) return storageError(404, 'NoSuchKey', 'the specified key does not exist', url);
  return { status: 200, bytes, contentType: contentTypeFor(cloudPath) };
}

function pathOf(url: URL): string | undefined {
  try {
    return checkCloudPath(decodeURIComponent(url.pathname.slice(STORAGE_ROUTE.length)));
  } catch {
    return undefined;
  }
}

function storageError(status: number, code: string, message: string, url: URL): RouteResponse {
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${message}</Message>\n` +
    `  <Resource>${escapeXml(url.pathname)}</Resource>\n  <RequestId>local</RequestId>\n  <TraceId>local</TraceId>\n</Error>\n`;
  return { status, bytes: Buffer.from(xml, 'utf8'), contentType: 'application/xml' };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
