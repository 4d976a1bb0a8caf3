// The local cloud's public surface, for scripts, tools and tests.
export { startLocalCloud, type LocalCloud, type LocalCloudOptions } from './local-cloud';
export { TestClock, systemClock, type Clock } from './clock';
export { directoryCatalog, inlineCatalog, type FunctionCatalog } from './functions/catalog';
export { sdkEnvironment, LOCAL_ENV_ID } from './functions/sdk-env';
export { PREVIEW_BUILD_FAILED, PREVIEW_PATH } from './preview/preview-route';
export type { PaymentAttemptResult, Trade } from './pay/trade-types';
export type { PrintedTicket } from './printer';
