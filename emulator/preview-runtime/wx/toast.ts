import { succeed, type Callbacks } from './callbacks';

/** `showToast`/`hideToast`: one toast at a time, drawn in the phone frame. */
export function toastApis(frame: HTMLElement) {
  let current: HTMLElement | undefined;
  const hideToast = () => {
    current?.remove();
    current = undefined;
  };
  return {
    showToast: (options: Callbacks & { title: string; duration?: number }) => {
      hideToast();
      const toast = document.createElement('div');
      toast.className = 'wx-toast';
      toast.textContent = options.title;
      frame.append(toast);
      current = toast;
      setTimeout(() => toast === current && hideToast(), options.duration ?? 1500);
      return succeed(options, { errMsg: 'showToast:ok' });
    },
    hideToast,
  };
}
