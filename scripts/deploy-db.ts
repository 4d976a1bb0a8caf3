// `npm run deploy:db -- --env <env-id>`: creates the collections and the demo (or no) seed in a cloud
// environment, then prints the security rules and indexes to set in the console. Safe to rerun.
import { loadDatabaseDefinition } from '../database/load';
import { openAdminDatabase } from './deploy/admin-database';
import { parseOptions } from './deploy/cli-args';
import { indexSteps, securityRuleSteps } from './deploy/console-steps';
import { credentialsFromEnvironment } from './deploy/credentials';
import { deployDatabase, type DatabaseDeployReport } from './deploy/database-deploy';
import { issueOwnerSetupCodes, ownerCodeLines } from './deploy/owner-setup-codes';
import { UsageError } from './deploy/usage-error';

/** How to call the script, printed with every usage mistake. */
export const DEPLOY_DB_USAGE = [
  'usage: npm run deploy:db -- --env <env-id> [--seed demo|none] [--refresh-seed] [--owner-codes]',
  '  --env <env-id>   the cloud environment id, as the Cloud Development console (云开发控制台) shows it',
  '  --seed <set>     seed set from database/seed/ (default demo); none creates empty collections',
  '  --refresh-seed   write seed documents back to their seeded content (default: add missing ones only)',
  '  --owner-codes    print a one-time owner setup code for each store without an owner (7 days)',
  'credentials: TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (optional TENCENTCLOUD_SESSIONTOKEN)',
].join('\n');

/**
 * Runs the database deploy with `argv` (the arguments after `--`) and credentials from `environment`;
 * writes progress and the console steps through `log`. Resolves the process exit code: 0 done,
 * 1 the cloud refused, 2 a usage or configuration mistake.
 */
export async function runDeployDb(
  argv: readonly string[],
  environment: NodeJS.ProcessEnv,
  log: (line: string) => void = console.log,
): Promise<number> {
  try {
    const options = parseOptions(argv, {
      values: ['env', 'seed'],
      flags: ['refresh-seed', 'owner-codes', 'help'],
    });
    if (options.flags.has('help')) {
      log(DEPLOY_DB_USAGE);
      return 0;
    }
    const envId = options.values.env;
    if (!envId) throw new UsageError('--env <env-id> is required');
    const seedName = options.values.seed ?? 'demo';
    const credentials = credentialsFromEnvironment(environment);
    const definition = loadDatabaseDefinition();
    const database = openAdminDatabase({ envId, credentials });

    log(`Deploying the database to environment ${envId}`);
    const report = await deployDatabase({
      database,
      definition,
      seed: seedName === 'none' ? null : seedName,
      seedMode: options.flags.has('refresh-seed') ? 'refresh' : 'keep',
      log,
    });
    log(summary(report));
    if (options.flags.has('owner-codes')) {
      log('');
      for (const line of ownerCodeLines(await issueOwnerSetupCodes(database, Date.now()))) log(line);
    }
    log('');
    for (const line of securityRuleSteps(definition.collections)) log(line);
    log('');
    for (const line of indexSteps(definition.collections)) log(line);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      log(`deploy:db: ${error.message}\n\n${DEPLOY_DB_USAGE}`);
      return 2;
    }
    log(`deploy:db failed: ${describeCloudError(error)}`);
    return 1;
  }
}

function summary(report: DatabaseDeployReport): string {
  const created = report.collections.filter((collection) => collection.outcome === 'created').length;
  const collections = `${report.collections.length} collections (${created} created, ${report.collections.length - created} kept)`;
  if (!report.seed) return `Done: ${collections}, no seed.`;
  const total = (key: 'inserted' | 'kept' | 'refreshed') =>
    report.seed?.collections.reduce((sum, collection) => sum + collection[key], 0) ?? 0;
  return (
    `Done: ${collections}; seed ${report.seed.name}: ${total('inserted')} documents added, ` +
    `${total('kept')} kept, ${total('refreshed')} refreshed.`
  );
}

/** The SDK's errors carry errCode/errMsg; anything else is shown by its message. */
function describeCloudError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errCode' in error) {
    const { errCode, errMsg } = error as { errCode: unknown; errMsg?: unknown };
    return `errCode ${String(errCode)}: ${String(errMsg ?? '')}`;
  }
  return error instanceof Error ? error.message : String(error);
}

if (require.main === module) {
  runDeployDb(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
