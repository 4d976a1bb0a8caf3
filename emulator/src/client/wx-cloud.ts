// `wx.cloud` for page tests and the browser preview: init, callFunction through the client gateway, database().
import {
  CLIENT_DB_PATH,
  CLIENT_WATCH_PATH,
  OPENID_HEADER,
  type ClientDbAction,
  type ClientDbRequest,
  type ClientDbResults,
} from './client-db-wire';
import { CLIENT_TEMP_URL_ROUTE, CLIENT_UPLOAD_ROUTE } from '../storage/client-storage-wire';
import { WxCloudDatabase, type DbChannel } from './wx-cloud-database';
import { replyError, wxCloudError, wxCloudErrorFromReply } from './wx-cloud-errors';
import { openEventStream, postJson, putFile } from './wx-cloud-transport';
import { startWatch, type WatchOptions, type WatchTarget } from './wx-cloud-watch';

/** Where the local cloud is and who the page's user is. */
export interface WxCloudOptions {
  /** The local cloud, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string;
  /** The signed-in user every call is made as. */
  openid: string;
}

/** What `wx.cloud.callFunction` resolves with. */
export interface CallFunctionResult<T = unknown> {
  result: T;
  errMsg: 'cloud.callFunction:ok';
  requestID: string;
}

/** The part of `wx.cloud` pages use. */
export interface WxCloudClient {
  init(options?: { env?: string; traceUser?: boolean }): void;
  /** Resolves `{ result, errMsg, requestID }`; rejects with an Error carrying errCode and errMsg. */
  callFunction<T = unknown>(options: { name: string; data?: unknown }): Promise<CallFunctionResult<T>>;
  database(options?: { env?: string }): WxCloudDatabase;
  /** Uploads the local file at `filePath` to `cloudPath` in cloud storage; resolves with its fileID. */
  uploadFile(options: { cloudPath: string; filePath: string }): Promise<UploadFileResult>;
  /** http(s) URLs for stored files, each with its status (0 when served). */
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: TempFileUrl[]; errMsg: string }>;
}

/** What `wx.cloud.uploadFile` resolves with. */
export interface UploadFileResult {
  fileID: string;
  statusCode: number;
  errMsg: 'cloud.uploadFile:ok';
}

/** One file's answer from `wx.cloud.getTempFileURL`. */
export interface TempFileUrl {
  fileID: string;
  tempFileURL: string;
  maxAge: number;
  status: number;
  errMsg: string;
}

const NOT_INITIALISED = "Cloud API isn't enabled, please call wx.cloud.init first";

/** A `wx.cloud` that talks to the local cloud at `baseUrl` as `openid`. */
export function createWxCloud(options: WxCloudOptions): WxCloudClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const headers = { [OPENID_HEADER]: options.openid };
  let initialised = false;
  let requestCounter = 0;
  const requireInit = (apiName: string) => {
    if (!initialised) throw wxCloudError(apiName, -1, NOT_INITIALISED);
  };

  const channel: DbChannel = {
    async request<A extends ClientDbAction>(action: A, apiName: string, body: ClientDbRequest) {
      const reply = await postJson(`${baseUrl}${CLIENT_DB_PATH}${action}`, headers, body).catch(
        (error: Error) => {
          throw wxCloudError(apiName, -1, error.message);
        },
      );
      const refused = replyError(reply.body);
      if (refused) throw wxCloudError(apiName, refused.errCode, refused.errMsg);
      const data = (reply.body as { data?: unknown } | undefined)?.data;
      if (reply.status !== 200 || data === undefined)
        throw wxCloudError(apiName, -1, `unexpected reply (HTTP ${reply.status})`);
      return data as ClientDbResults[A];
    },
    watch(target: WatchTarget, watchOptions: WatchOptions) {
      const params = new URLSearchParams({ collection: target.collection, openid: options.openid });
      if (target.query) params.set('query', target.query);
      if (target.order?.length) params.set('order', JSON.stringify(target.order));
      if (target.limit) params.set('limit', String(target.limit));
      const url = `${baseUrl}${CLIENT_WATCH_PATH}?${params.toString()}`;
      return startWatch((listener) => openEventStream(url, headers, listener), watchOptions);
    },
  };

  return {
    init() {
      initialised = true;
    },
    async callFunction<T>(call: { name: string; data?: unknown }): Promise<CallFunctionResult<T>> {
      const apiName = 'cloud.callFunction';
      requireInit(apiName);
      if (!call || typeof call.name !== 'string' || call.name === '')
        throw wxCloudError(apiName, -1, 'name must be a non-empty string');
      const reply = await postJson(
        `${baseUrl}/call/${encodeURIComponent(call.name)}`,
        headers,
        call.data ?? {},
      ).catch((error: Error) => {
        throw wxCloudError(apiName, -1, error.message);
      });
      const refused = replyError(reply.body);
      if (refused) throw wxCloudErrorFromReply(refused.errCode, refused.errMsg);
      const body = reply.body as { result?: unknown } | undefined;
      // A function that returns nothing answers `{}`: its result is undefined, as on the platform.
      if (reply.status !== 200 || body === null || typeof body !== 'object')
        throw wxCloudError(apiName, -1, `unexpected reply (HTTP ${reply.status})`);
      requestCounter += 1;
      return {
        result: body.result as T,
        errMsg: 'cloud.callFunction:ok',
        requestID: localRequestId(requestCounter),
      };
    },
    database() {
      requireInit('database');
      return new WxCloudDatabase(channel);
    },
    async uploadFile(upload: { cloudPath: string; filePath: string }): Promise<UploadFileResult> {
      const apiName = 'cloud.uploadFile';
      requireInit(apiName);
      const segments = typeof upload.cloudPath === 'string' ? upload.cloudPath.split('/') : [''];
      if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
        throw wxCloudError(
          apiName,
          -501007,
          'cloudPath must be relative, without empty, "." or ".." segments',
        );
      const target = `${baseUrl}${CLIENT_UPLOAD_ROUTE}${upload.cloudPath.split('/').map(encodeURIComponent).join('/')}`;
      const reply = await putFile(target, headers, upload.filePath).catch((error: Error) => {
        throw wxCloudError(apiName, -1, error.message);
      });
      const refused = replyError(reply.body);
      if (refused) throw wxCloudError(apiName, refused.errCode, refused.errMsg);
      const fileID = (reply.body as { fileID?: unknown } | undefined)?.fileID;
      if (reply.status !== 200 || typeof fileID !== 'string')
        throw wxCloudError(apiName, -1, `unexpected reply (HTTP ${reply.status})`);
      return { fileID, statusCode: 200, errMsg: 'cloud.uploadFile:ok' };
    },
    async getTempFileURL(ask: { fileList: string[] }) {
      const apiName = 'cloud.getTempFileURL';
      requireInit(apiName);
      const reply = await postJson(`${baseUrl}${CLIENT_TEMP_URL_ROUTE}`, headers, {
        fileList: ask.fileList,
      }).catch((error: Error) => {
        throw wxCloudError(apiName, -1, error.message);
      });
      const refused = replyError(reply.body);
      if (refused) throw wxCloudError(apiName, refused.errCode, refused.errMsg);
      const fileList = (reply.body as { fileList?: TempFileUrl[] } | undefined)?.fileList ?? [];
      return { fileList, errMsg: 'cloud.getTempFileURL:ok' };
    },
  };
}

function localRequestId(counter: number): string {
  return `${Date.now().toString(36)}-${counter.toString(36)}`;
}
