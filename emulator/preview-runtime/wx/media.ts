// `wx.chooseMedia` in the browser: the computer's file picker stands in for the phone's album and camera, and the
// chosen picture becomes a blob URL, the temp file path `<image>` and `wx.cloud.uploadFile` take.
import { answer, type Callbacks } from './callbacks';
import { wxFailure } from './sheet-layer';

/** One chosen file, as the platform describes it. */
interface ChosenFile {
  tempFilePath: string;
  size: number;
  fileType: 'image';
  width: number;
  height: number;
}

/** The media APIs: pictures only (a video asked for is refused as the preview cannot record one). */
export function mediaApis(frame: HTMLElement) {
  return {
    chooseMedia: (options: Callbacks & { mediaType?: string[] }) => {
      if (options?.mediaType && !options.mediaType.includes('image')) {
        return answer(options, Promise.reject(wxFailure('chooseMedia', 'the preview chooses pictures only')));
      }
      return answer(options, choosePicture(frame));
    },
  };
}

async function choosePicture(frame: HTMLElement) {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'image/*';
  input.hidden = true;
  frame.append(input);
  const file = await new Promise<File | null>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
  input.remove();
  if (!file) throw wxFailure('chooseMedia', 'cancel');
  const chosen: ChosenFile = {
    tempFilePath: URL.createObjectURL(file),
    size: file.size,
    fileType: 'image',
    width: 0,
    height: 0,
  };
  return { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: [chosen] };
}
