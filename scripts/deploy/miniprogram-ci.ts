// miniprogram-ci, the upload/preview module taken out of WeChat DevTools. It is large and optional, so it is
// never a dependency: it is loaded only when present, and these few shapes are all the project relies on.

/** The project handle `new ci.Project(…)` returns; opaque to us. */
export type CiProject = object;

/** Compile settings; `useProjectConfig` compiles as project.config.json says (TypeScript plugin included). */
export interface CiCompileSetting {
  useProjectConfig?: boolean;
}

/** The part of miniprogram-ci the upload script calls. */
export interface MiniprogramCi {
  Project: new (options: {
    appid: string;
    type: 'miniProgram';
    projectPath: string;
    privateKeyPath: string;
    ignores?: string[];
  }) => CiProject;
  upload(options: {
    project: CiProject;
    version: string;
    desc: string;
    setting: CiCompileSetting;
    robot?: number;
    onProgressUpdate?: (progress: unknown) => void;
  }): Promise<unknown>;
  preview(options: {
    project: CiProject;
    desc: string;
    setting: CiCompileSetting;
    qrcodeFormat: 'image' | 'terminal';
    qrcodeOutputDest: string;
    robot?: number;
    onProgressUpdate?: (progress: unknown) => void;
  }): Promise<unknown>;
}

/** How to add the module to a checkout without writing it into package.json or the lock file. */
export const MINIPROGRAM_CI_INSTALL = 'npm install --no-save miniprogram-ci';

/** miniprogram-ci when it is installed, else null (any other load failure is thrown). */
export function loadMiniprogramCi(): MiniprogramCi | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional: absent from the default install
    return require('miniprogram-ci') as MiniprogramCi;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes("'miniprogram-ci'"))
      return null;
    throw error;
  }
}
