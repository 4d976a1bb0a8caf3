import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkOpenApiPermissions,
  checkSweeperTrigger,
  looksLikeSweeper,
  openApisCalled,
} from '../../scripts/deploy/function-code-checks';
import {
  type FunctionDeployConfig,
  parseConfig,
  readFunctionConfigs,
} from '../../scripts/deploy/function-configs';

// The checks themselves, on small made-up functions: each mistake they exist for is caught.
const config = (overrides: Partial<FunctionDeployConfig> = {}): FunctionDeployConfig => ({
  name: 'notify',
  timeoutSeconds: 3,
  triggers: [],
  openApiPermissions: [],
  ...overrides,
});

const problemsOf = (text: string) => {
  const problems: string[] = [];
  const parsed = parseConfig('fn', text, (problem) => problems.push(problem));
  return { parsed, problems };
};

test('open API calls are found however the code spells them', () => {
  const code = [
    'await cloud.openapi.subscribeMessage.send({ touser });',
    'await sdk.openapi?.cloudbase?.addDelayedFunctionTask(task);',
    'cloud.openapi["wxacode"]["getUnlimited"](options);',
    'cloud.openapi.subscribeMessage.send(again);',
    'openapi.wxa.sec.order.uploadShippingInfo(shipped);',
  ].join('\n');
  expect(openApisCalled(code)).toEqual([
    'cloudbase.addDelayedFunctionTask',
    'subscribeMessage.send',
    'wxa.sec.order.uploadShippingInfo',
    'wxacode.getUnlimited',
  ]);
  expect(openApisCalled('const openapiNamespace = 1; cloud.database();')).toEqual([]);
});

test('a call without its permission is reported, a permitted one is not', () => {
  const code =
    'cloud.openapi.subscribeMessage.send(message); cloud.openapi.cloudbase.addDelayedFunctionTask(t);';
  expect(checkOpenApiPermissions(config({ openApiPermissions: ['subscribeMessage.send'] }), code)).toEqual([
    'cloudfunctions/notify/config.json: the code calls openapi.cloudbase.addDelayedFunctionTask, so permissions.openapi must list "cloudbase.addDelayedFunctionTask"',
  ]);
  const everything = ['subscribeMessage.send', 'cloudbase.addDelayedFunctionTask'];
  expect(checkOpenApiPermissions(config({ openApiPermissions: everything }), code)).toEqual([]);
});

test('a sweeper is known by its name or its code, not by a comment, and needs a trigger', () => {
  expect(looksLikeSweeper('sweeper', '')).toBe(true);
  expect(looksLikeSweeper('order', 'export const main = () => sweepExpiredOrders(Date.now());')).toBe(true);
  expect(
    looksLikeSweeper('order', '// expired orders are left to the sweeper\nexport const main = list;'),
  ).toBe(false);
  expect(checkSweeperTrigger(config({ name: 'sweeper' }), '')).toHaveLength(1);
  const trigger = { name: 'expireOrders', type: 'timer' as const, config: '0 */5 * * * * *' };
  expect(checkSweeperTrigger(config({ name: 'sweeper', triggers: [trigger] }), '')).toEqual([]);
});

test('config.json mistakes are each reported', () => {
  expect(problemsOf('{"timeout": 5, "permissions": {"openapi": ["subscribeMessage.send"]}}')).toEqual({
    parsed: { name: 'fn', timeoutSeconds: 5, triggers: [], openApiPermissions: ['subscribeMessage.send'] },
    problems: [],
  });
  expect(problemsOf('{}').parsed?.timeoutSeconds).toBe(3);
  expect(problemsOf('{ "timeout": 5,').problems[0]).toMatch(/^is not JSON/);
  expect(problemsOf('{"timeout": 90}').problems).toEqual([
    '"timeout" must be a whole number of seconds from 1 to 60',
  ]);
  expect(problemsOf('{"trigger": []}').problems).toEqual([
    'unknown key "trigger" (known: timeout, triggers, permissions)',
  ]);
  expect(problemsOf('{"permissions": {"openapi": "subscribeMessage.send"}}').problems).toHaveLength(1);
  expect(problemsOf('{"permissions": {"openapi": ["send"]}}').problems).toEqual([
    '"send" in permissions.openapi is not <namespace>.<method>',
  ]);
  const twoTriggers = JSON.stringify({
    triggers: [
      { name: 'a', type: 'timer', config: '0 0 * * * * *' },
      { name: 'b', type: 'timer', config: '0 0 * * * * *' },
    ],
  });
  expect(problemsOf(twoTriggers).problems).toEqual(['the platform allows one trigger per function, found 2']);
  const badTrigger = JSON.stringify({ triggers: [{ name: '1st', type: 'cron', config: '*/5 * * * *' }] });
  const { parsed, problems } = problemsOf(badTrigger);
  expect(parsed).toBeUndefined();
  expect(problems).toHaveLength(3);
});

test('a function folder without index.ts or config.json, or with a built index.js, is reported', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'functions-'));
  try {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('good/index.ts', 'export const main = () => 1;');
    write('good/config.json', '{}');
    write('built/index.ts', 'export const main = () => 1;');
    write('built/index.js', 'exports.main = () => 1;');
    write('built/config.json', '{}');
    write('bare/index.ts', 'export const main = () => 1;');
    write('nocode/config.json', '{}');
    const { functions, problems } = readFunctionConfigs(dir);
    expect(functions.map((fn) => fn.name)).toEqual(['built', 'good', 'nocode']);
    expect(problems).toEqual([
      'cloudfunctions/bare: has no config.json',
      "cloudfunctions/built: holds an index.js beside index.ts (DevTools' upload fails on that)",
      'cloudfunctions/nocode: has no index.ts',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
