import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadMiniprogramCi, type MiniprogramCi } from '../../scripts/deploy/miniprogram-ci';
import { runUpload } from '../../scripts/upload';

// miniprogram-ci is optional and stays out of the default install, so its place is taken by a recording fake.
const fakeAppId = ['wx', '0f1e2d3c4b5a6978'].join('');
let keyDir: string;
let keyPath: string;
let output: string[];
const log = (line: string) => output.push(line);

beforeEach(() => {
  keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-key-'));
  keyPath = path.join(keyDir, 'upload.key');
  fs.writeFileSync(keyPath, 'not a real key');
  output = [];
});
afterEach(() => fs.rmSync(keyDir, { recursive: true, force: true }));

function recordingCi(calls: Array<[string, unknown]>): MiniprogramCi {
  return {
    Project: class {
      constructor(options: unknown) {
        calls.push(['Project', options]);
      }
    },
    upload: async (options) => calls.push(['upload', { ...options, project: undefined }]),
    preview: async (options) => calls.push(['preview', { ...options, project: undefined }]),
  };
}

test('without miniprogram-ci, the AppID or the key it says how to install and which variables to set', async () => {
  const build = jest.fn();
  const code = await runUpload([], {}, { log, loadCi: () => null, build });
  expect(code).toBe(2);
  const text = output.join('\n');
  expect(text).toContain('npm install --no-save miniprogram-ci');
  expect(text).toContain('MINIPROGRAM_APPID is not set');
  expect(text).toContain('MINIPROGRAM_PRIVATE_KEY_PATH is not set');
  expect(build).not.toHaveBeenCalled();
});

test('a wrong AppID or a key path that does not exist is named', async () => {
  const calls: Array<[string, unknown]> = [];
  const environment = {
    MINIPROGRAM_APPID: 'touristappid',
    MINIPROGRAM_PRIVATE_KEY_PATH: path.join(keyDir, 'none.key'),
  };
  expect(await runUpload([], environment, { log, loadCi: () => recordingCi(calls), build: jest.fn() })).toBe(
    2,
  );
  expect(output.join('\n')).toContain('MINIPROGRAM_APPID="touristappid" is not an AppID');
  expect(output.join('\n')).toContain('does not exist');
  expect(calls).toEqual([]);
});

test('builds first, then uploads this project with the given version and description', async () => {
  const calls: Array<[string, unknown]> = [];
  const environment = { MINIPROGRAM_APPID: fakeAppId, MINIPROGRAM_PRIVATE_KEY_PATH: keyPath };
  const code = await runUpload(['--version', '1.2.0', '--desc', 'spring menu'], environment, {
    log,
    loadCi: () => recordingCi(calls),
    build: () => calls.push(['build', null]),
  });
  expect(code).toBe(0);
  expect(calls).toEqual([
    ['build', null],
    [
      'Project',
      {
        appid: fakeAppId,
        type: 'miniProgram',
        projectPath: path.resolve(__dirname, '..', '..'),
        privateKeyPath: keyPath,
        ignores: ['node_modules/**/*'],
      },
    ],
    [
      'upload',
      { project: undefined, version: '1.2.0', desc: 'spring menu', setting: { useProjectConfig: true } },
    ],
  ]);
});

test('--preview writes the QR code where asked', async () => {
  const calls: Array<[string, unknown]> = [];
  const qrcode = path.join(keyDir, 'qr', 'preview.jpg');
  const environment = { MINIPROGRAM_APPID: fakeAppId, MINIPROGRAM_PRIVATE_KEY_PATH: keyPath };
  const argv = ['--preview', '--qrcode', qrcode, '--robot', '3'];
  expect(
    await runUpload(argv, environment, { log, loadCi: () => recordingCi(calls), build: jest.fn() }),
  ).toBe(0);
  expect(calls[1]).toEqual([
    'preview',
    expect.objectContaining({ qrcodeFormat: 'image', qrcodeOutputDest: qrcode, robot: 3 }),
  ]);
  expect(fs.existsSync(path.dirname(qrcode))).toBe(true);
});

test('the default loader finds miniprogram-ci only when it is installed', () => {
  const isInstalled = (() => {
    try {
      require.resolve('miniprogram-ci');
      return true;
    } catch {
      return false;
    }
  })();
  expect(loadMiniprogramCi() === null).toBe(!isInstalled);
});
