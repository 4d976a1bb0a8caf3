// The wire between a page's `wx.cloud.uploadFile` / `getTempFileURL` and the local cloud: paths only, so the
// browser-side client can import it.

/** `PUT /client/storage/<cloudPath>`: the file's bytes as the body; answers `{ fileID }`. */
export const CLIENT_UPLOAD_ROUTE = '/client/storage/';
/** `POST /client/storage-urls` with `{ fileList: fileID[] }`: answers `{ fileList: [{ fileID, tempFileURL, status }] }`. */
export const CLIENT_TEMP_URL_ROUTE = '/client/storage-urls';
