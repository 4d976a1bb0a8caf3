import type * as wxServerSdk from 'wx-server-sdk';
import type { Dispatcher } from '../src/http/dispatcher';
import { LocalCloudServer } from '../src/http/server';
import { sdkEnvironment } from '../src/functions/sdk-env';

/** The real wx-server-sdk, as a function would see it. */
export type WxServerSdk = typeof wxServerSdk;

/**
 * Serves `dispatcher` on loopback and points this test file's `wx-server-sdk` at it.
 * For tests of one service; whole-system tests use `startLocalCloud`.
 */
export async function serveForSdk(dispatcher: Dispatcher): Promise<{
  cloud: WxServerSdk;
  server: LocalCloudServer;
  adminUrl: string;
  close(): Promise<void>;
}> {
  const server = new LocalCloudServer(dispatcher);
  const port = await server.listen(0);
  const adminUrl = `http://127.0.0.1:${port}/admin`;
  Object.assign(process.env, sdkEnvironment(adminUrl));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as WxServerSdk;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  return { cloud, server, adminUrl, close: () => server.close() };
}
