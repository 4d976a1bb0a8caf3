// What a page's `wx.cloud.uploadFile` and `getTempFileURL` reach: the mini program side of cloud storage. As the
// platform's default storage rule has it, any signed-in user may upload and read, and only a file's uploader may
// replace it (files put there by the server or by hand belong to no user and are not replaced from a page).
import type { LocalCloudServer, RouteRequest, RouteResponse } from '../http/server';
import { OPENID_HEADER } from '../http/client-errors';
import { checkCloudPath } from './cloud-path';
import { CLIENT_TEMP_URL_ROUTE, CLIENT_UPLOAD_ROUTE } from './client-storage-wire';

/** What the client routes need of the storage service. */
export interface ClientStorageDeps {
  /** True when a file is stored at the path. */
  has(cloudPath: string): boolean;
  write(cloudPath: string, bytes: Buffer): string;
  tempUrls(fileIds: unknown[]): Array<Record<string, unknown>>;
}

/** Registers the client upload and temp URL routes. */
export function registerClientStorageRoutes(server: LocalCloudServer, deps: ClientStorageDeps): void {
  const uploaders = new Map<string, string>(); // cloud path → openid of whoever uploaded it from a page
  server.route('PUT', CLIENT_UPLOAD_ROUTE, (request) => upload(request, deps, uploaders));
  server.route('POST', CLIENT_TEMP_URL_ROUTE, (request) => tempUrls(request, deps));
}

function upload(
  request: RouteRequest,
  deps: ClientStorageDeps,
  uploaders: Map<string, string>,
): RouteResponse {
  const openid = callerOf(request);
  if (!openid) return refuse(401, -501007, `header ${OPENID_HEADER} (the caller) is required`);
  let cloudPath: string;
  try {
    cloudPath = checkCloudPath(decodeURIComponent(request.url.pathname.slice(CLIENT_UPLOAD_ROUTE.length)));
  } catch (error) {
    return refuse(400, -501007, (error as Error).message);
  }
  if (request.body.length === 0) return refuse(400, -501007, 'the file is empty');
  if (deps.has(cloudPath) && uploaders.get(cloudPath) !== openid) {
    return refuse(403, -503002, `no permission to replace ${cloudPath}`);
  }
  uploaders.set(cloudPath, openid);
  return { status: 200, json: { fileID: deps.write(cloudPath, request.body) } };
}

function tempUrls(request: RouteRequest, deps: ClientStorageDeps): RouteResponse {
  if (!callerOf(request)) return refuse(401, -501007, `header ${OPENID_HEADER} (the caller) is required`);
  let fileList: unknown;
  try {
    fileList = (JSON.parse(request.body.toString('utf8')) as { fileList?: unknown }).fileList;
  } catch {
    return refuse(400, -501007, 'the body must be JSON { fileList }');
  }
  if (!Array.isArray(fileList)) return refuse(400, -501007, 'fileList must be an array of fileIDs');
  try {
    const answers = deps.tempUrls(fileList.map((fileid) => ({ fileid })));
    return {
      status: 200,
      json: {
        fileList: answers.map((answer) => ({
          fileID: answer.fileID,
          tempFileURL: answer.tempFileURL ?? '',
          maxAge: answer.maxAge ?? 0,
          status: answer.code === 'SUCCESS' ? 0 : -503003,
          errMsg: answer.code === 'SUCCESS' ? 'ok' : String(answer.message ?? 'storage file not exists'),
        })),
      },
    };
  } catch (error) {
    return refuse(400, -501007, (error as Error).message);
  }
}

function callerOf(request: RouteRequest): string {
  return String(request.headers[OPENID_HEADER.toLowerCase()] ?? '');
}

function refuse(status: number, errCode: number, errMsg: string): RouteResponse {
  return { status, json: { errCode, errMsg } };
}
