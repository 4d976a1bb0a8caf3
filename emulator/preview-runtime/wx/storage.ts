import { succeed, type Callbacks } from './callbacks';

/** The part of the browser's Storage the shim uses. */
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { keys(): string[] };

/** The browser's localStorage, or this tab's memory where the browser denies it (a preview framed by another site). */
function backingStore(): KeyValueStore {
  try {
    const local = window.localStorage;
    return {
      getItem: (key) => local.getItem(key),
      setItem: (key, value) => local.setItem(key, value),
      removeItem: (key) => local.removeItem(key),
      keys: () => Object.keys(local),
    };
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
      keys: () => [...memory.keys()],
    };
  }
}

/** Storage APIs over the browser's localStorage, kept apart per previewed user (`openid`). */
export function storageApis(openid: string) {
  const prefix = `diandan-preview:${openid}:`;
  const localStorage = backingStore();
  const read = (key: string): unknown => {
    const text = localStorage.getItem(prefix + key);
    return text === null ? '' : (JSON.parse(text) as unknown);
  };
  const keys = () =>
    localStorage
      .keys()
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
