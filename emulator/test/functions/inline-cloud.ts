// A whole local cloud around functions written in the test, reached by the real wx-server-sdk.
import type * as wxServerSdk from 'wx-server-sdk';
import { inlineCatalog, startLocalCloud, type LocalCloud } from '../../src';
import type { CloudFunctionModule, FunctionConfig } from '../../src/functions/catalog';

/** The real wx-server-sdk, as a function would see it. */
export type WxServerSdk = typeof wxServerSdk;

/** A function defined in a test: given the SDK, its `main`. */
export type InlineFunction = {
  main: (sdk: WxServerSdk) => CloudFunctionModule['main'];
  config?: FunctionConfig;
};

/**
 * Starts a local cloud in memory serving `functions`, with `collections` created and empty, and points
 * this test file's wx-server-sdk at it. Other local-cloud options (admission limits) pass through.
 */
export async function startInlineCloud(
  functions: Record<string, InlineFunction>,
  collections: string[],
  options: { maxRunningInvocations?: number } = {},
): Promise<{ cloud: LocalCloud; sdk: WxServerSdk }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk') as WxServerSdk;
  const catalog = inlineCatalog(
    Object.fromEntries(
      Object.entries(functions).map(([name, fn]) => [
        name,
        { main: fn.main(sdk), ...(fn.config && { config: fn.config }) },
      ]),
    ),
  );
  const cloud = await startLocalCloud({
    functions: catalog,
    database: {
      collections: collections.map((name) => ({
        name,
        schema: {},
        rules: { read: true, write: false },
        indexes: [],
      })),
      seeds: {},
    },
    timers: false,
    ...options,
  });
  Object.assign(process.env, cloud.sdkEnvironment());
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
  return { cloud, sdk };
}

/** POSTs `event` to the client gateway as `openid`, answering the parsed reply (`{result}` or `{errCode, errMsg}`). */
export async function callThroughGateway(
  cloud: LocalCloud,
  name: string,
  event: unknown,
  openid = 'o-test',
): Promise<Record<string, unknown>> {
  const response = await fetch(`${cloud.baseUrl}/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: typeof event === 'string' ? event : JSON.stringify(event),
  });
  return (await response.json()) as Record<string, unknown>;
}
