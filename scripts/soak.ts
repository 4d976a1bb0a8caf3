// npm run soak -- --runs 5000 [--seed <n>] [--steps <n>] [--path <replay path>]: the order model for as long
// as asked, on one in-memory local cloud, printing progress; exits 1 with the failing seed and steps.
import { runOrderModel, modelSeed } from '../test/model/order-model';
import { startTestCloud } from '../test/support/test-cloud';

interface SoakArguments {
  runs: number;
  seed: number;
  steps: number;
  path?: string;
}

function parseArguments(argv: readonly string[]): SoakArguments {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const integer = (name: string, fallback: number): number => {
    const text = value(name);
    if (text === undefined) return fallback;
    const parsed = Number(text);
    if (!Number.isSafeInteger(parsed) || parsed < 0)
      throw new Error(`--${name} must be a whole number, got ${text}`);
    return parsed;
  };
  const path = value('path');
  return {
    runs: integer('runs', 1000),
    seed: integer('seed', modelSeed()),
    steps: integer('steps', 14),
    ...(path !== undefined && { path }),
  };
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  console.log(`soak: ${options.runs} runs of up to ${options.steps} steps, seed ${options.seed}`);
  const shop = await startTestCloud();
  // The flows log what a shop would read (refused notices, late refunds); the soak reports only its own result.
  const log = { error: console.error, warn: console.warn };
  console.error = () => undefined;
  console.warn = () => undefined;
  const startedMs = performance.now();
  const every = Math.max(1, Math.round(options.runs / 20));
  try {
    await runOrderModel(shop, {
      runs: options.runs,
      seed: options.seed,
      maxSteps: options.steps,
      ...(options.path !== undefined && { path: options.path }),
      onRun: (finished) => {
        if (finished % every !== 0 && finished !== options.runs) return;
        const seconds = (performance.now() - startedMs) / 1000;
        console.log(`soak: ${finished} runs in ${seconds.toFixed(1)} s`);
      },
    });
    console.log(`soak: ${options.runs} runs passed (seed ${options.seed})`);
  } catch (error) {
    log.error(
      `soak: FAILED with seed ${options.seed}; replay: npm run soak -- --seed ${options.seed} --runs ${options.runs}`,
    );
    log.error(String(error));
    process.exitCode = 1;
  } finally {
    console.error = log.error;
    console.warn = log.warn;
    await shop.close();
  }
}

void main();
