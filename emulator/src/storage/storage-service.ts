import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import { CloudError, WireCode } from '../errors';
import type { Dispatcher } from '../http/dispatcher';
import { jsonReply } from '../http/protocol';
import type { LocalCloudServer } from '../http/server';
import { type BlobStore, directoryBlobStore, memoryBlobStore } from './blob-store';
import { checkCloudPath, cloudPathOf, fileIdOf } from './cloud-path';
import { registerClientStorageRoutes } from './client-storage-routes';
import { registerStorageRoutes, STORAGE_ROUTE } from './storage-routes';
import { TempUrlSigner } from './temp-url-signer';

/** Temp URL lifetime when none is asked for, and the longest granted: one day, in seconds. */
export const MAX_TEMP_URL_SECONDS = 86_400;
/** Files one getTempFileURL or deleteFile call may name. */
export const MAX_FILES_PER_CALL = 50;

/** Where files live, the URL they are served from, the environment and the clock. */
export interface StorageServiceOptions {
  /** Folder holding the files (survives restarts), or null to keep them in memory. */
  root: string | null;
  /** `http://127.0.0.1:<port>`: where upload and temp URLs point. */
  publicBaseUrl: () => string;
  envId: string;
  clock: Clock;
}

/**
 * Cloud storage behind `cloud.uploadFile`, `getTempFileURL`, `downloadFile` and `deleteFile`: the
 * storage actions on `/admin`, plus the upload target and signed, expiring download URLs served on
 * the local cloud's own port under `/storage/`.
 */
export class StorageService {
  private readonly blobs: BlobStore;
  private readonly signer = new TempUrlSigner();
  /** Upload authorizations handed out by getUploadMetadata and not yet used: token → cloud path. */
  private readonly pendingUploads = new Map<string, string>();

  constructor(private readonly options: StorageServiceOptions) {
    this.blobs = options.root === null ? memoryBlobStore() : directoryBlobStore(options.root);
  }

  registerActions(dispatcher: Dispatcher): void {
    dispatcher.register('storage.getUploadMetadata', ({ params }) =>
      jsonReply({ data: this.uploadMetadata(params.path) }),
    );
    dispatcher.register('storage.batchGetDownloadUrl', ({ params }) =>
      jsonReply({ data: { download_list: this.downloadUrls(params.file_list) } }),
    );
    dispatcher.register('storage.batchDeleteFile', ({ params }) =>
      jsonReply({ data: { delete_list: this.deleteFiles(params.fileid_list) } }),
    );
  }

  registerRoutes(server: LocalCloudServer): void {
    registerStorageRoutes(server, {
      blobs: this.blobs,
      signer: this.signer,
      clock: this.options.clock,
      takeUpload: (token, cloudPath) => {
        if (this.pendingUploads.get(token) !== cloudPath) return false;
        this.pendingUploads.delete(token);
        return true;
      },
    });
    registerClientStorageRoutes(server, {
      has: (cloudPath) => this.blobs.read(cloudPath) !== undefined,
      write: (cloudPath, bytes) => this.put(cloudPath, bytes),
      tempUrls: (fileList) => this.downloadUrls(fileList),
    });
  }

  /** Stores `bytes` at `cloudPath` (seeding product images) and returns its fileID. */
  put(cloudPath: string, bytes: Buffer): string {
    this.blobs.write(checkCloudPath(cloudPath), bytes);
    return this.fileIdOf(cloudPath);
  }

  /** The bytes stored at `cloudPath`, if any. */
  read(cloudPath: string): Buffer | undefined {
    return this.blobs.read(checkCloudPath(cloudPath));
  }

  /** Every stored cloud path, sorted. */
  files(): string[] {
    return this.blobs.paths();
  }

  /** `cloud://<env>.<bucket>/<cloudPath>` */
  fileIdOf(cloudPath: string): string {
    return fileIdOf(this.options.envId, checkCloudPath(cloudPath));
  }

  private uploadMetadata(path: unknown): Record<string, unknown> {
    const cloudPath = checkCloudPath(path);
    const token = randomBytes(16).toString('hex');
    this.pendingUploads.set(token, cloudPath);
    return {
      url: `${this.baseUrl()}${STORAGE_ROUTE}${cloudPath.split('/').map(encodeURIComponent).join('/')}`,
      token,
      authorization: token,
      fileId: fileIdOf(this.options.envId, cloudPath),
      cosFileId: token,
    };
  }

  private downloadUrls(fileList: unknown): Array<Record<string, unknown>> {
    return checkFileList(fileList).map((entry) => {
      const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
      const fileID = String(item.fileid ?? '');
      const cloudPath = cloudPathOf(this.options.envId, item.fileid);
      const maxAge = item.max_age ?? MAX_TEMP_URL_SECONDS;
      if (typeof maxAge !== 'number' || !Number.isFinite(maxAge) || maxAge <= 0) {
        return {
          fileID,
          code: WireCode.INVALID_PARAM,
          message: 'max_age must be a positive number of seconds',
        };
      }
      if (cloudPath === undefined || this.blobs.read(cloudPath) === undefined) {
        return { fileID, code: WireCode.STORAGE_NOT_EXIST, message: `storage file not exists: ${fileID}` };
      }
      const seconds = Math.min(Math.floor(maxAge), MAX_TEMP_URL_SECONDS);
      const expiresAtSec = Math.floor(this.options.clock.now() / 1000) + seconds;
      const signature = this.signer.sign(cloudPath, expiresAtSec);
      // Unencoded like the platform's: the SDK's downloadFile applies encodeURI itself.
      const tempFileURL = `${this.baseUrl()}${STORAGE_ROUTE}${cloudPath}?sign=${signature}&t=${expiresAtSec}`;
      return { fileID, tempFileURL, maxAge: seconds, code: 'SUCCESS' };
    });
  }

  private deleteFiles(fileList: unknown): Array<Record<string, unknown>> {
    return checkFileList(fileList).map((fileID) => {
      const cloudPath = cloudPathOf(this.options.envId, fileID);
      if (cloudPath === undefined || !this.blobs.remove(cloudPath)) {
        return {
          fileID,
          code: WireCode.STORAGE_NOT_EXIST,
          message: `storage file not exists: ${String(fileID)}`,
        };
      }
      return { fileID, code: 'SUCCESS' };
    });
  }

  private baseUrl(): string {
    return this.options.publicBaseUrl().replace(/\/+$/, '');
  }
}

function checkFileList(fileList: unknown): unknown[] {
  if (!Array.isArray(fileList) || fileList.length === 0) {
    throw new CloudError(WireCode.INVALID_PARAM, 'fileList must be a non-empty array');
  }
  if (fileList.length > MAX_FILES_PER_CALL) {
    throw new CloudError(
      WireCode.INVALID_PARAM,
      `fileList holds ${fileList.length} files; at most ${MAX_FILES_PER_CALL}`,
    );
  }
  return fileList;
}
