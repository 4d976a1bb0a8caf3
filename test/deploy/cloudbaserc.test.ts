import path from 'node:path';
import { OUTPUT_DIR } from '../../scripts/build';
import {
  cloudbaserc,
  committedCloudbaserc,
  expectedCloudbaserc,
  FUNCTION_ROOT,
  renderCloudbaserc,
} from '../../scripts/deploy/cloudbaserc';

const root = path.resolve(__dirname, '..', '..');

test('the committed cloudbaserc.json matches the functions’ config.json files', () => {
  const isInSync = committedCloudbaserc() === expectedCloudbaserc();
  expect({ file: 'cloudbaserc.json', isInSync }).toEqual({
    file: 'cloudbaserc.json',
    isInSync: true, // when false: run `npm run deploy:config` and commit the result
  });
});

test('the CLI deploys the build output, where the build writes', () => {
  expect(path.resolve(root, FUNCTION_ROOT)).toBe(OUTPUT_DIR);
});

test('each function becomes one entry: timeout and trigger copied, env id left to the CLI', () => {
  const rc = cloudbaserc([
    {
      name: 'sweeper',
      timeoutSeconds: 20,
      triggers: [{ name: 'expireOrders', type: 'timer', config: '0 */5 * * * * *' }],
      openApiPermissions: ['cloudbase.addDelayedFunctionTask'],
    },
    { name: 'browse', timeoutSeconds: 3, triggers: [], openApiPermissions: [] },
  ]);
  expect(rc).toEqual({
    version: '2.0',
    envId: '{{env.ENV_ID}}',
    functionRoot: './dist/cloudfunctions',
    functions: [
      { name: 'browse', handler: 'index.main', runtime: 'Nodejs16.13', timeout: 3, installDependency: true },
      {
        name: 'sweeper',
        handler: 'index.main',
        runtime: 'Nodejs16.13',
        timeout: 20,
        installDependency: true,
        triggers: [{ name: 'expireOrders', type: 'timer', config: '0 */5 * * * * *' }],
      },
    ],
  });
  expect(renderCloudbaserc([])).toBe(`${JSON.stringify(cloudbaserc([]), null, 2)}\n`);
});
