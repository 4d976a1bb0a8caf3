// Where the session is remembered: the platform's local storage, behind a two-method interface.

/** A synchronous key-value store (values as JSON-safe data). */
export interface KeyValueStorage {
  /** The value saved under `key`, or undefined when none (or storage is unreadable). */
  get(key: string): unknown;
  /** Saves `value` under `key`; a full or denied storage loses the value, never the page. */
  set(key: string, value: unknown): void;
}

/** The device's storage through `wx.getStorageSync` / `wx.setStorageSync`. */
export const wxStorage: KeyValueStorage = {
  get(key) {
    try {
      const value: unknown = wx.getStorageSync(key);
      return value === '' ? undefined : value; // the platform answers '' for a key never set
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    try {
      wx.setStorageSync(key, value);
    } catch (error) {
      console.warn('storage: could not save', key, error);
    }
  },
};

/** A storage kept in memory only (a device that denies storage, or a fresh start in tests). */
export function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & {
  readonly saved: Record<string, unknown>;
} {
  const saved: Record<string, unknown> = { ...initial };
  return {
    saved,
    get: (key) => saved[key],
    set: (key, value) => {
      saved[key] = value;
    },
  };
}
