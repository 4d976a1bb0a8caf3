// Picking the issued invoice's file on the phone and putting it in cloud storage: a file from a chat
// (wx.chooseMessageFile: PDF, OFD or a picture) where the client has it, else a photo (wx.chooseMedia).

/** A picked file: where it is on the phone and the extension its cloud path keeps. */
interface PickedFile {
  path: string;
  extension: string;
}

/** File types an electronic invoice comes as. */
const INVOICE_EXTENSIONS = ['pdf', 'ofd', 'png', 'jpg', 'jpeg'];

const extensionOf = (name: string): string => {
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(name);
  return match?.[1] ? match[1].toLowerCase() : 'pdf';
};

/** The file the staff member picks, or null when they cancel. */
async function pickFile(): Promise<PickedFile | null> {
  try {
    if (wx.canIUse('chooseMessageFile')) {
      const chosen = await wx.chooseMessageFile({ count: 1, type: 'file', extension: INVOICE_EXTENSIONS });
      const file = chosen.tempFiles[0];
      return file ? { path: file.path, extension: extensionOf(file.name || file.path) } : null;
    }
    const media = await wx.chooseMedia({ count: 1, mediaType: ['image'] });
    const photo = media.tempFiles[0];
    return photo ? { path: photo.tempFilePath, extension: extensionOf(photo.tempFilePath) } : null;
  } catch {
    return null; // cancelled
  }
}

/** Picks a file and uploads it as `invoices/<storeId>/<invoiceId>-<ms>.<ext>`; its fileID, or null when cancelled. */
export async function uploadInvoiceFile(
  storeId: string,
  invoiceId: string,
  nowMs: number,
): Promise<string | null> {
  const file = await pickFile();
  if (!file) return null;
  const cloudPath = `invoices/${storeId}/${invoiceId}-${nowMs}.${file.extension}`;
  const uploaded = await wx.cloud.uploadFile({ cloudPath, filePath: file.path });
  return uploaded.fileID;
}
