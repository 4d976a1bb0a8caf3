import path from 'node:path';
import { PREVIEW_PATH, type LocalCloud } from '../../emulator/src';
import { PREVIEW_CLOCK_PATH } from '../../emulator/src/preview/clock-route-wire';

/** Tells a developer where the local cloud listens and how to point their own processes at it. */
export function printBanner(cloud: LocalCloud, dataDir: string | undefined): void {
  const env = cloud.sdkEnvironment();
  const lines = [
    '',
    '点单 Diandan local cloud is running',
    '',
    `  Preview          ${cloud.baseUrl}${PREVIEW_PATH}   (the mini program's pages in a phone frame; open it in a browser)`,
    `  Test clock       POST ${cloud.baseUrl}${PREVIEW_CLOCK_PATH} -d '{"by":"1h"}'   (or the bar's +5 min / +1 h / +1 day; runs due timers)`,
    `  Client gateway   POST ${cloud.baseUrl}/call/<function>   (JSON event body, header X-WX-OPENID: <openid>)`,
    `  SDK endpoint     ${cloud.adminUrl}`,
    `  Client database  ${cloud.baseUrl}/client/db`,
    `  Dev store        ${dataDir ? `${path.relative(process.cwd(), dataDir) || '.'}/ (kept across restarts; npm start -- --fresh resets it)` : 'memory'}`,
    '',
    '  Point any wx-server-sdk process at it with:',
    ...Object.entries(env).map(([key, value]) => `    export ${key}='${value}'`),
    '',
    `  Try: curl -s -X POST ${cloud.baseUrl}/call/browse -H 'X-WX-OPENID: o-demo-customer' \\`,
    `         -d '{"action":"home","input":{"storeId":"store-demo"}}'`,
    '',
    'Press Ctrl-C to stop.',
  ];
  console.log(lines.join('\n'));
}
