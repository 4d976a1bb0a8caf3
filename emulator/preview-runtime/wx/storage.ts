import { succeed, type Callbacks } from './callbacks';

/** Storage APIs over the browser's localStorage, kept apart per previewed user (`openid`). */
export function storageApis(openid: string) {
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
