// A table's printed mini-program code: `cloud.openapi.wxacode.getUnlimited` (the calling function lists it in
// config.json `permissions.openapi`), kept in cloud storage, and a temporary URL to show it.
import { cloud } from '../runtime/cloud';

/** The page a scanned table code opens; it reads the scene as the table. */
export const TABLE_CODE_PAGE = 'pages/menu/index';
/** Pixels per side of the printed code. */
const CODE_WIDTH = 430;
/** How long the temporary URL works, in seconds. */
const TEMP_URL_SECONDS = 3600;

type GetUnlimited = (request: Record<string, unknown>) => Promise<{ contentType?: string; buffer?: Buffer }>;

/** The PNG of the code that opens the menu with `scene`. */
export async function makeTableCode(scene: string): Promise<Buffer> {
  // SDK boundary: the typings give the open API's parameters loosely.
  const openapi = cloud.openapi as unknown as { wxacode: { getUnlimited: GetUnlimited } };
  const reply = await openapi.wxacode.getUnlimited({
    scene,
    page: TABLE_CODE_PAGE,
    width: CODE_WIDTH,
    checkPath: false,
  });
  if (!reply.buffer || !/^image\//.test(reply.contentType ?? ''))
    throw new Error('wxacode.getUnlimited gave no image');
  return Buffer.from(reply.buffer);
}

/** Stores `png` at `cloudPath`; its fileID. */
export async function storeCodeImage(cloudPath: string, png: Buffer): Promise<string> {
  const reply = (await cloud.uploadFile({ cloudPath, fileContent: png })) as { fileID: string };
  return reply.fileID;
}

/** A temporary URL for `fileId`. */
export async function tempUrlOf(fileId: string): Promise<string> {
  const reply = (await cloud.getTempFileURL({
    fileList: [{ fileID: fileId, maxAge: TEMP_URL_SECONDS }],
  })) as {
    fileList: Array<{ tempFileURL?: string }>;
  };
  const [file] = reply.fileList;
  if (!file?.tempFileURL) throw new Error(`no temporary URL for ${fileId}`);
  return file.tempFileURL;
}
