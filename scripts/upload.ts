// `npm run upload -- --version 1.2.0 --desc "…"` uploads the mini program as a development version;
// `npm run upload -- --preview` makes a preview QR code instead. Optional: needs miniprogram-ci, the AppID
// and the code-upload key (WeChat Official Accounts Platform → 开发管理 → 开发设置 → 小程序代码上传).
import fs from 'node:fs';
import path from 'node:path';
import { buildAll } from './build';
import { parseOptions } from './deploy/cli-args';
import { loadMiniprogramCi, MINIPROGRAM_CI_INSTALL, type MiniprogramCi } from './deploy/miniprogram-ci';
import { UsageError } from './deploy/usage-error';

const root = path.resolve(__dirname, '..');

/** The variables the upload reads (never committed: the key file stays outside the project). */
export const UPLOAD_VARIABLES = {
  appid: 'MINIPROGRAM_APPID',
  privateKeyPath: 'MINIPROGRAM_PRIVATE_KEY_PATH',
} as const;

/** How to call the script, printed with every usage mistake. */
export const UPLOAD_USAGE = [
  'usage: npm run upload -- [--version <x.y.z>] [--desc <text>] [--robot <1-30>]',
  '       npm run upload -- --preview [--qrcode <file.jpg>] [--robot <1-30>]',
  `needs: ${UPLOAD_VARIABLES.appid}=<your AppID> and ${UPLOAD_VARIABLES.privateKeyPath}=<path to the code-upload key>`,
  `       and miniprogram-ci (${MINIPROGRAM_CI_INSTALL})`,
].join('\n');

/** What the upload needs from outside; tests replace the module loader and the build. */
export interface UploadDependencies {
  log: (line: string) => void;
  loadCi: () => MiniprogramCi | null;
  build: (log: (line: string) => void) => unknown;
}

/** Builds, then uploads or previews; resolves the exit code (0 done, 1 the platform refused, 2 setup missing). */
export async function runUpload(
  argv: readonly string[],
  environment: NodeJS.ProcessEnv,
  dependencies: Partial<UploadDependencies> = {},
): Promise<number> {
  const { log, loadCi, build } = {
    log: console.log,
    loadCi: loadMiniprogramCi,
    build: buildAll,
    ...dependencies,
  };
  try {
    const options = parseOptions(argv, {
      values: ['version', 'desc', 'qrcode', 'robot'],
      flags: ['preview', 'help'],
    });
    if (options.flags.has('help')) {
      log(UPLOAD_USAGE);
      return 0;
    }
    const ci = loadCi();
    const problems = setupProblems(environment, ci === null);
    if (!ci || problems.length > 0) {
      log(
        `upload: cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n\n${UPLOAD_USAGE}`,
      );
      return 2;
    }
    const settings = {
      appid: environment[UPLOAD_VARIABLES.appid]?.trim() ?? '',
      privateKeyPath: environment[UPLOAD_VARIABLES.privateKeyPath]?.trim() ?? '',
    };

    const version = options.values.version ?? packageVersion();
    const desc = options.values.desc ?? `Diandan ${version}`;
    const robot = options.values.robot === undefined ? undefined : robotNumber(options.values.robot);
    build(log);
    const project = new ci.Project({
      appid: settings.appid,
      type: 'miniProgram',
      projectPath: root,
      privateKeyPath: settings.privateKeyPath,
      ignores: ['node_modules/**/*'],
    });
    const common = { project, desc, setting: { useProjectConfig: true }, ...(robot ? { robot } : {}) };
    if (options.flags.has('preview')) {
      const qrcode = path.resolve(options.values.qrcode ?? path.join(root, 'dist', 'preview-qrcode.jpg'));
      fs.mkdirSync(path.dirname(qrcode), { recursive: true });
      await ci.preview({ ...common, qrcodeFormat: 'image', qrcodeOutputDest: qrcode });
      log(`Preview ready: scan ${qrcode} with WeChat.`);
    } else {
      await ci.upload({ ...common, version });
      log(`Uploaded version ${version}. Submit it for review in the Official Accounts Platform (版本管理).`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      log(`upload: ${error.message}\n\n${UPLOAD_USAGE}`);
      return 2;
    }
    log(`upload failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** What is missing before an upload can start: the module, the AppID, the key file. */
function setupProblems(environment: NodeJS.ProcessEnv, isCiMissing: boolean): string[] {
  const appid = environment[UPLOAD_VARIABLES.appid]?.trim() ?? '';
  const privateKeyPath = environment[UPLOAD_VARIABLES.privateKeyPath]?.trim() ?? '';
  return [
    ...(isCiMissing
      ? [`miniprogram-ci is not installed; add it for this checkout: ${MINIPROGRAM_CI_INSTALL}`]
      : []),
    ...(appid
      ? []
      : [`${UPLOAD_VARIABLES.appid} is not set (your mini program's AppID, wx followed by 16 characters)`]),
    ...(appid && !/^wx[0-9a-f]{16}$/.test(appid)
      ? [`${UPLOAD_VARIABLES.appid}="${appid}" is not an AppID`]
      : []),
    ...(privateKeyPath
      ? []
      : [
          `${UPLOAD_VARIABLES.privateKeyPath} is not set (the code-upload key downloaded from 开发设置 → 小程序代码上传)`,
        ]),
    ...(privateKeyPath && !fs.existsSync(privateKeyPath)
      ? [`${UPLOAD_VARIABLES.privateKeyPath}="${privateKeyPath}" does not exist`]
      : []),
  ];
}

function packageVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}

function robotNumber(value: string): number {
  const robot = Number(value);
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) throw new UsageError('--robot must be 1 to 30');
  return robot;
}

if (require.main === module) {
  runUpload(process.argv.slice(2), process.env).then((code) => process.exit(code));
}
