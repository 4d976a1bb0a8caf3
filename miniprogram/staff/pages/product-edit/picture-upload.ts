// The product's picture: chosen from the album or camera (wx.chooseMedia), uploaded to cloud storage under the
// store's folder as `products/<storeId>/<productId>-<time>.jpg`; answers the file id and a local preview.

/** A picture uploaded: the file id the product stores and the local path to preview it now. */
export interface UploadedPicture {
  fileID: string;
  previewPath: string;
}

/** Lets the person choose one picture and uploads it; null when they cancel. Rejects when the upload fails. */
export async function chooseAndUploadPicture(
  storeId: string,
  productId: string,
): Promise<UploadedPicture | null> {
  let chosen: WechatMiniprogram.ChooseMediaSuccessCallbackResult;
  try {
    chosen = await wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
    });
  } catch {
    return null; // cancelled
  }
  const file = chosen.tempFiles[0];
  if (!file) return null;
  const extension = /\.(png|webp|gif)$/i.exec(file.tempFilePath)?.[1]?.toLowerCase() ?? 'jpg';
  const cloudPath = `products/${storeId}/${productId || 'new'}-${Date.now()}.${extension}`;
  const uploaded = await wx.cloud.uploadFile({ cloudPath, filePath: file.tempFilePath });
  return { fileID: uploaded.fileID, previewPath: file.tempFilePath };
}
