import { createWxCloud } from '../src/client/wx-cloud';
import { reportFailure } from './failures';
import { succeed, type Callbacks } from './wx/callbacks';
import { actionSheetApis } from './wx/action-sheet';
import { addressApis } from './wx/address';
import { audioApis } from './wx/audio';
import { deviceApis } from './wx/device';
import { loadingApis } from './wx/loading';
import { locationApis } from './wx/location';
import { mediaApis } from './wx/media';
import { modalApis } from './wx/modal';
import { previewImageApis } from './wx/preview-image';
import { privacyApis, privacyGuard } from './wx/privacy';
import { declaredPrivacyGuard } from './wx/privacy-declarations';
import { paymentApis } from './wx/payment';
import { routingApis, type Navigation } from './wx/routing';
import { scanApis } from './wx/scan-code';
import { AuthSettings } from './wx/settings';
import { storageApis } from './wx/storage';
import { subscribeApis } from './wx/subscribe';
import { systemInfoApis } from './wx/system-info';
import { toastApis } from './wx/toast';

export { FRAME } from './wx/system-info';
export type { Navigation } from './wx/routing';

/** What the shim needs to know about the preview. */
export interface WxShimOptions {
  /** The local cloud (this page's origin). */
  baseUrl: string;
  /** The previewed user: every cloud call is made as them, and their storage is theirs alone. */
  openid: string;
  /** Where toasts and sheets are drawn (the phone frame). */
  frame: HTMLElement;
  setNavigationBarTitle(title: string): void;
  /** The navigation stack the routing APIs move. */
  navigation: Navigation;
}

/**
 * The `wx` the previewed pages see, composed of one module per family of APIs under `wx/`. Any API the
 * shim lacks throws, and says so on screen and in the console.
 */
export function createWxShim(options: WxShimOptions): object {
  const cloud = createWxCloud({ baseUrl: options.baseUrl, openid: options.openid });
  const { frame } = options;
  const toasts = toastApis(frame);
  const privacy = declaredPrivacyGuard(options.baseUrl, privacyGuard(frame));
  const settings = new AuthSettings(frame, privacy);
  const api: Record<string, unknown> = {
    cloud,
    ...storageApis(options.openid),
    ...toasts,
    ...modalApis(frame),
    ...loadingApis(frame),
    ...actionSheetApis(frame),
    ...privacyApis(frame),
    ...settings.apis(),
    ...locationApis({ frame, privacy, settings }),
    ...addressApis(frame, privacy),
    ...scanApis(frame, options.baseUrl),
    ...deviceApis({ frame, privacy, showToast: toasts.showToast }),
    ...audioApis(),
    ...mediaApis(frame),
    ...systemInfoApis(),
    ...routingApis(options.navigation),
    ...paymentApis(options),
    ...subscribeApis(options),
    ...previewImageApis(frame),
    setNavigationBarTitle: (call: Callbacks & { title: string }) => {
      options.setNavigationBarTitle(call.title);
      return succeed(call, { errMsg: 'setNavigationBarTitle:ok' });
    },
    nextTick: (callback: () => void) => void Promise.resolve().then(callback),
    canIUse: (schema: string) => schema.split('.')[0] in api,
  };
  return new Proxy(api, {
    get(target, name) {
      if (typeof name === 'symbol' || name in target) return Reflect.get(target, name);
      return () => {
        const message = `wx.${name} is not supported by the preview yet`;
        reportFailure(message);
        throw new Error(message);
      };
    },
  });
}
