import fs from 'node:fs';
import path from 'node:path';
import { appConfig } from '../../miniprogram/config';
import { ENV_ID_PLACEHOLDER } from '../../scripts/deploy/cloudbaserc';
import { projectFiles } from '../../scripts/deploy/project-files';
import { looksLikeEnvironmentId, scanFile, scanFiles } from '../../scripts/deploy/secret-scan';

const root = path.resolve(__dirname, '..', '..');

test("no environment id, real AppID, secret, private key or merchant key in the project's files", () => {
  const files = projectFiles(root);
  expect(files).toContain('project.config.json');
  expect(scanFiles(files, (file) => fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
});

test('the environment is configured in one place, left empty; the CLI file reads it from .env.local', () => {
  expect(appConfig.cloudEnv).toBe('');
  const rc = JSON.parse(fs.readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8')) as { envId: string };
  expect(rc.envId).toBe(ENV_ID_PLACEHOLDER);
});

// Made-up values, assembled at run time so this file itself holds none of them.
const fakeAppId = ['wx', '5f3c9a0b7d2e4f61'].join('');
const fakeEnvId = ['shop', '8g3kd92a1b7c'].join('-');
const fakeSecret = ['Xy7', 'Qm2pL9', 'vT4kR8nB3wZ6sD1'].join('');
const findingsIn = (file: string, text: string) => scanFile(file, text).map((finding) => finding.kind);

test('each kind of leak is caught, and the report masks the value', () => {
  expect(findingsIn('miniprogram/config.ts', `export const appid = '${fakeAppId}';`)).toEqual([
    'mini program AppID (only touristappid may be committed)',
  ]);
  expect(
    findingsIn('scripts/x.ts', `const id = '${['AKID', 'a'.repeat(16), 'B7'.repeat(8)].join('')}';`),
  ).toEqual(['Tencent Cloud SecretId']);
  expect(findingsIn('key.txt', ['-----BEGIN', 'RSA PRIVATE', 'KEY-----'].join(' '))).toEqual(['private key']);
  for (const line of [
    `secretKey: '${fakeSecret}'`,
    `TENCENTCLOUD_SECRETKEY=${fakeSecret}`,
    `"mchKey": "${fakeSecret}"`,
  ]) {
    expect(findingsIn('notes.md', line)).toEqual(['secret, token, app secret or merchant key']);
  }
  for (const line of [`env: '${fakeEnvId}'`, `"envId": "${fakeEnvId}"`, `tcb fn deploy -e ${fakeEnvId}`]) {
    expect(findingsIn('README.md', line)).toEqual(['cloud environment id']);
  }
  expect(findingsIn(`private.${fakeAppId}.key`, 'binary\0')).toContain('upload private key file');
  expect(findingsIn('.env.local', 'ENV_ID=')).toEqual(['local environment file']);

  const [finding] = scanFile('a.ts', `secretKey: '${fakeSecret}'`);
  expect(finding?.excerpt).toBe("secretKey: 'Xy7Q…");
  expect(finding?.line).toBe(1);
});

test('placeholders and the local cloud’s stand-ins are not leaks', () => {
  const harmless = [
    "appid: 'touristappid', LOCAL_APPID = 'wx0000000000000000'",
    "env: 'local-env', env: cloud.DYNAMIC_CURRENT_ENV, envId: 'prod-123'",
    `"envId": "${ENV_ID_PLACEHOLDER}", npm run deploy:db -- --env <your-env-id>`,
    "secretKey: 'TENCENTCLOUD_SECRETKEY', TENCENTCLOUD_SECRETKEY=local, secretKey: string",
    'sessionToken: environment[CREDENTIAL_VARIABLES.sessionToken]',
  ].join('\n');
  expect(scanFile('src.ts', harmless)).toEqual([]);
  expect(looksLikeEnvironmentId(fakeEnvId)).toBe(true);
  expect(looksLikeEnvironmentId('local-env')).toBe(false);
});
