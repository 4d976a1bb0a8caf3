// Cloud storage of the local cloud: uploads, signed expiring temp URLs, downloads, deletes.
export {
  MAX_FILES_PER_CALL,
  MAX_TEMP_URL_SECONDS,
  StorageService,
  type StorageServiceOptions,
} from './storage-service';
export { bucketOf, checkCloudPath, cloudPathOf, fileIdOf } from './cloud-path';
export { STORAGE_ROUTE } from './storage-routes';
