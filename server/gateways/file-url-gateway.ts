// Temporary download links for files in cloud storage (cloud.getTempFileURL), so a page can open a file the
// server lets it see without reading storage itself.
import { cloud } from '../runtime/cloud';
import { retryTransient } from '../runtime/transient';

/** How long a link works: two hours, in seconds. */
export const FILE_URL_SECONDS = 2 * 60 * 60;

/** Files one getTempFileURL call may name. */
const MAX_FILES_PER_CALL = 50;

interface TempFileEntry {
  fileID: string;
  status: number;
  tempFileURL: string;
}

/** A link for each stored file of `fileIds` (one call per 50); a missing file has none. */
export async function temporaryFileUrls(fileIds: readonly string[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const unique = [...new Set(fileIds)];
  for (let start = 0; start < unique.length; start += MAX_FILES_PER_CALL) {
    const fileList = unique
      .slice(start, start + MAX_FILES_PER_CALL)
      .map((fileID) => ({ fileID, maxAge: FILE_URL_SECONDS }));
    const answer = (await retryTransient(async () => cloud.getTempFileURL({ fileList }))) as {
      fileList: TempFileEntry[];
    };
    for (const entry of answer.fileList)
      if (entry.status === 0 && entry.tempFileURL) urls.set(entry.fileID, entry.tempFileURL);
  }
  return urls;
}
