import { succeed, type Callbacks } from './callbacks';

/** `previewImage`: the current image full screen over the phone frame on black, as the phone shows it; a tap closes. */
export function previewImageApis(frame: HTMLElement) {
  return {
    previewImage: (options: Callbacks & { urls: string[]; current?: string }) => {
      const viewer = document.createElement('div');
      viewer.className = 'wx-image-preview';
      viewer.dataset.sheet = 'preview-image';
      Object.assign(viewer.style, {
        position: 'absolute',
        inset: '0',
        background: '#000',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        zIndex: '1000',
      });
      const image = document.createElement('img');
      image.src = options.current ?? options.urls[0] ?? '';
      Object.assign(image.style, { maxWidth: '100%', maxHeight: '100%' });
      viewer.append(image);
      viewer.addEventListener('click', () => viewer.remove());
      frame.append(viewer);
      return succeed(options, { errMsg: 'previewImage:ok' });
    },
  };
}
