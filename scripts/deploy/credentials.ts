// Tencent Cloud API credentials for admin scripts, read from the environment only — never from a file or flag.
import { UsageError } from './usage-error';

/** A Tencent Cloud API key pair; `sessionToken` only for temporary keys. */
export interface CloudCredentials {
  secretId: string;
  secretKey: string;
  sessionToken?: string;
}

/** The variables a script reads its credentials from (the names the CloudBase SDK itself uses). */
export const CREDENTIAL_VARIABLES = {
  secretId: 'TENCENTCLOUD_SECRETID',
  secretKey: 'TENCENTCLOUD_SECRETKEY',
  sessionToken: 'TENCENTCLOUD_SESSIONTOKEN',
} as const;

/** Reads the key pair from `environment`; a UsageError naming the missing variables when it is incomplete. */
export function credentialsFromEnvironment(environment: NodeJS.ProcessEnv): CloudCredentials {
  const secretId = environment[CREDENTIAL_VARIABLES.secretId]?.trim() ?? '';
  const secretKey = environment[CREDENTIAL_VARIABLES.secretKey]?.trim() ?? '';
  const missing = [
    ...(secretId ? [] : [CREDENTIAL_VARIABLES.secretId]),
    ...(secretKey ? [] : [CREDENTIAL_VARIABLES.secretKey]),
  ];
  if (missing.length > 0) {
    throw new UsageError(
      [
        `missing ${missing.join(' and ')}.`,
        'Credentials come from the environment only: set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY',
        '(a Tencent Cloud API key that may manage this environment; for a temporary key also',
        'TENCENTCLOUD_SESSIONTOKEN) in your shell for this command, and never write them into a file of the project.',
      ].join('\n'),
    );
  }
  const sessionToken = environment[CREDENTIAL_VARIABLES.sessionToken]?.trim();
  return { secretId, secretKey, ...(sessionToken ? { sessionToken } : {}) };
}
