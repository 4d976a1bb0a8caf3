// Opening a file the server gave a temporary link to: in the client's document viewer where it has one
// (download, then open), else the link is copied for a browser and `copiedText` says so.
import { errorText } from './error-text';

/** Opens `url`'s file, or copies `url` and shows `copiedText`. */
export function openFileUrl(url: string, copiedText: string): void {
  if (wx.canIUse('openDocument') !== true) {
    wx.setClipboardData({ data: url, success: () => wx.showToast({ title: copiedText, icon: 'none' }) });
    return;
  }
  wx.downloadFile({
    url,
    success: (file) => wx.openDocument({ filePath: file.tempFilePath, showMenu: true }),
    fail: () => wx.showToast({ title: errorText('NETWORK'), icon: 'none' }),
  });
}
