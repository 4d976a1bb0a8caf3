import * as sdk from 'wx-server-sdk';
import { PREVIEW_BUILD_FAILED, PREVIEW_PATH, type LocalCloud } from '../../emulator/src';

type Check = { name: string; run: () => Promise<string> };

/** Start-up checks: every function loads, the database is there, and both doors (SDK and gateway) answer. */
export async function runStartupChecks(cloud: LocalCloud, log: (line: string) => void): Promise<number> {
  const checks: Check[] = [
    {
      name: 'cloud functions load',
      run: async () => {
        const names = cloud.runner.names();
        for (const name of names) {
          const module = cloud.runner.load(name);
          if (typeof module.main !== 'function') throw new Error(`${name} exports no main()`);
        }
        return names.join(', ');
      },
    },
    {
      name: 'database is seeded',
      run: async () => {
        const names = cloud.database.collectionNames();
        const stores = cloud.database.count('stores');
        const products = cloud.database.count('products');
        if (!stores || !products) throw new Error('no store or no products: run npm start -- --fresh');
        return `${names.length} collections, ${stores} store(s), ${products} products`;
      },
    },
    {
      name: 'wx-server-sdk reaches /admin',
      run: async () => {
        sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
        const { total } = (await sdk.database().collection('categories').count()) as { total: number };
        return `${total} categories counted through the SDK`;
      },
    },
    {
      name: 'client gateway answers',
      run: async () => {
        const response = await fetch(`${cloud.baseUrl}/call/browse`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-startup-check' },
          body: JSON.stringify({ action: 'home', input: { storeId: 'store-demo' } }),
        });
        const body = (await response.json()) as {
          result?: { ok?: boolean; error?: unknown };
          errMsg?: string;
        };
        if (!body.result?.ok) throw new Error(JSON.stringify(body.result?.error ?? body.errMsg));
        return 'browse.home ok';
      },
    },
    {
      name: 'preview builds',
      run: async () => {
        const response = await fetch(`${cloud.baseUrl}${PREVIEW_PATH}app.js`);
        const script = await response.text();
        if (!response.ok) throw new Error(`HTTP ${response.status}: ${script.slice(0, 200)}`);
        if (script.startsWith(`// ${PREVIEW_BUILD_FAILED}`)) throw new Error(script.split('\n')[1] ?? script);
        return `${cloud.baseUrl}${PREVIEW_PATH} (${Math.round(script.length / 1024)} KB of script)`;
      },
    },
    {
      name: 'timer triggers',
      run: async () => {
        const timers = cloud.timerTriggers();
        return timers.length
          ? timers.map((t) => `${t.functionName}/${t.triggerName}`).join(', ')
          : 'none configured';
      },
    },
  ];
  let failures = 0;
  for (const check of checks) {
    try {
      log(`  ✓ ${check.name}: ${await check.run()}`);
    } catch (error) {
      failures += 1;
      log(`  ✗ ${check.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}
