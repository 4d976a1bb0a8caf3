// Product pictures as http(s) URLs an <image> shows anywhere: cloud file ids are turned into temp URLs by cloud
// storage, 50 a call, and kept in this warm instance until an hour before they expire (most menus ask none).
import { cloud } from '../runtime/cloud';

/** Files one getTempFileURL call may name (the platform's limit). */
const FILES_PER_CALL = 50;
/** Lifetime asked for each URL, in seconds (one day). */
const URL_SECONDS = 86_400;
/** A URL is asked again once less than this is left of it, so a customer never gets one about to expire. */
const RENEW_BEFORE_MS = 60 * 60 * 1000;

const known = new Map<string, { url: string; expiresAtMs: number }>();

interface TempUrlAnswer {
  fileList: Array<{ fileID: string; tempFileURL: string; maxAge?: number; status: number }>;
}

/** True for a cloud storage file id (`cloud://…`); anything else is already a URL or nothing. */
function isCloudFile(fileId: string): boolean {
  return fileId.startsWith('cloud://');
}

/**
 * An http(s) URL for each picture (file id → URL): cloud file ids through temp URLs, other values as they are.
 * A file storage cannot answer for (deleted, or storage unreachable) maps to '' so the menu still shows.
 */
export async function imageUrlsOf(fileIds: readonly string[], nowMs: number): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const wanted: string[] = [];
  for (const fileId of new Set(fileIds)) {
    if (fileId === '') continue;
    const cached = known.get(fileId);
    if (!isCloudFile(fileId)) urls.set(fileId, fileId);
    else if (cached && cached.expiresAtMs - RENEW_BEFORE_MS > nowMs) urls.set(fileId, cached.url);
    else wanted.push(fileId);
  }
  const batches = Array.from({ length: Math.ceil(wanted.length / FILES_PER_CALL) }, (_, index) =>
    wanted.slice(index * FILES_PER_CALL, (index + 1) * FILES_PER_CALL),
  );
  const answers = await Promise.all(batches.map(askTempUrls));
  for (const file of answers.flat()) {
    const isServed = file.status === 0 && /^https?:\/\//.test(file.tempFileURL);
    urls.set(file.fileID, isServed ? file.tempFileURL : '');
    if (isServed) {
      const seconds = file.maxAge ?? URL_SECONDS;
      known.set(file.fileID, { url: file.tempFileURL, expiresAtMs: nowMs + seconds * 1000 });
    }
  }
  return urls;
}

async function askTempUrls(fileIds: string[]): Promise<TempUrlAnswer['fileList']> {
  try {
    const answer = (await cloud.getTempFileURL({
      fileList: fileIds.map((fileID) => ({ fileID, maxAge: URL_SECONDS })),
    })) as TempUrlAnswer;
    return answer.fileList;
  } catch (error) {
    console.error('picture URLs unavailable', error);
    return fileIds.map((fileID) => ({ fileID, tempFileURL: '', status: -1 }));
  }
}
