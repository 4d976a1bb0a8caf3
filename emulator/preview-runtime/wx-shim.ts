import { createWxCloud } from '../src/client/wx-cloud';
import { reportFailure } from './failures';

/** What the frame is, for `getSystemInfoSync`: a 375-pixel-wide phone under a 44-pixel navigation bar. */
export const FRAME = { width: 375, height: 750, navigationBarHeight: 44 };

/** What the shim needs to know about the preview. */
export interface WxShimOptions {
  /** The local cloud (this page's origin). */
  baseUrl: string;
  /** The previewed user: every cloud call is made as them, and their storage is theirs alone. */
  openid: string;
  /** Where toasts are drawn (the phone frame). */
  frame: HTMLElement;
  setNavigationBarTitle(title: string): void;
  /** The navigation stack the routing APIs move. */
  navigation: Navigation;
}

/** The routing the shim's navigateTo/navigateBack/redirectTo/reLaunch call. */
export interface Navigation {
  navigateTo(url: string): Promise<void>;
  navigateBack(delta?: number): Promise<void>;
  redirectTo(url: string): Promise<void>;
  reLaunch(url: string): Promise<void>;
}

type Callbacks = { success?: (result: unknown) => void; complete?: (result: unknown) => void };

function succeed<T extends object>(options: Callbacks | undefined, result: T): Promise<T> {
  options?.success?.(result);
  options?.complete?.(result);
  return Promise.resolve(result);
}

/** A routing API: `success`/`complete` after the move; a refused move calls `fail` and rejects. */
function routing<O extends Callbacks & { fail?: (error: unknown) => void }>(
  name: string,
  move: (options: O | undefined) => Promise<void>,
) {
  return async (options?: O) => {
    try {
      await move(options);
    } catch (error) {
      const failure = { errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}` };
      options?.fail?.(failure);
      options?.complete?.(failure);
      throw failure;
    }
    return succeed(options, { errMsg: `${name}:ok` });
  };
}

function storage(openid: string) {
  const prefix = `diandan-preview:${openid}:`;
  const read = (key: string): unknown => {
    const text = localStorage.getItem(prefix + key);
    return text === null ? '' : (JSON.parse(text) as unknown);
  };
  const keys = () =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  return {
    setStorageSync: (key: string, value: unknown) =>
      localStorage.setItem(prefix + key, JSON.stringify(value)),
    getStorageSync: read,
    removeStorageSync: (key: string) => localStorage.removeItem(prefix + key),
    clearStorageSync: () => keys().forEach((key) => localStorage.removeItem(prefix + key)),
    getStorageInfoSync: () => ({ keys: keys(), currentSize: 0, limitSize: 10240 }),
    setStorage: (options: Callbacks & { key: string; data: unknown }) => {
      localStorage.setItem(prefix + options.key, JSON.stringify(options.data));
      return succeed(options, { errMsg: 'setStorage:ok' });
    },
    getStorage: (options: Callbacks & { key: string }) =>
      succeed(options, { data: read(options.key), errMsg: 'getStorage:ok' }),
    removeStorage: (options: Callbacks & { key: string }) => {
      localStorage.removeItem(prefix + options.key);
      return succeed(options, { errMsg: 'removeStorage:ok' });
    },
  };
}

function toasts(frame: HTMLElement) {
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

/**
 * The `wx` the previewed pages see: the cloud through the client gateway as the previewed user, toasts,
 * storage, system info. Any other API throws, and says so on screen and in the console.
 */
export function createWxShim(options: WxShimOptions): object {
  const cloud = createWxCloud({ baseUrl: options.baseUrl, openid: options.openid });
  const api: Record<string, unknown> = {
    cloud,
    ...storage(options.openid),
    ...toasts(options.frame),
    getSystemInfoSync: () => ({
      brand: 'devtools',
      model: 'Diandan preview',
      platform: 'devtools',
      system: 'preview',
      language: 'zh_CN',
      version: '8.0.50',
      SDKVersion: '3.3.0',
      pixelRatio: 2,
      screenWidth: FRAME.width,
      screenHeight: FRAME.height,
      windowWidth: FRAME.width,
      windowHeight: FRAME.height - FRAME.navigationBarHeight,
      statusBarHeight: 0,
    }),
    setNavigationBarTitle: (call: Callbacks & { title: string }) => {
      options.setNavigationBarTitle(call.title);
      return succeed(call, { errMsg: 'setNavigationBarTitle:ok' });
    },
    navigateTo: routing('navigateTo', (call?: Callbacks & { url: string }) =>
      options.navigation.navigateTo(call?.url ?? ''),
    ),
    redirectTo: routing('redirectTo', (call?: Callbacks & { url: string }) =>
      options.navigation.redirectTo(call?.url ?? ''),
    ),
    reLaunch: routing('reLaunch', (call?: Callbacks & { url: string }) =>
      options.navigation.reLaunch(call?.url ?? ''),
    ),
    navigateBack: routing('navigateBack', (call?: Callbacks & { delta?: number }) =>
      options.navigation.navigateBack(call?.delta),
    ),
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
