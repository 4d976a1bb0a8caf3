// The one place a deployment names its cloud environment: set `cloudEnv` to your environment id
// (WeChat DevTools → 云开发 → 设置), or leave it empty to use the environment DevTools selected.
export const appConfig = {
  /** Cloud environment id; empty means the default environment of this mini program. */
  cloudEnv: '',
  /** The store a customer sees when no table code or store is given. */
  defaultStoreId: 'store-demo',
};
