// Each built function's bundle size and cold-require time, against the time wx-server-sdk alone takes to load.
// Every measurement is a fresh Node process (a cold start) that first requires the SDK, then the bundle: the two
// times come from the same process, so a busy machine slows them alike and their ratio is the figure to read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildFunction, functionNames } from '../build';

const root = path.resolve(__dirname, '..', '..');

/** One function's figures: bundle bytes and median cold-require times in ms. */
export interface FunctionColdStart {
  name: string;
  bytes: number;
  /** wx-server-sdk's own cold require, in the same processes. */
  sdkMs: number;
  /** What requiring the bundle adds once the SDK is loaded: its own code, validators included. */
  ownMs: number;
  /** (sdkMs + ownMs) / sdkMs: 1.00 means the function costs nothing beyond the SDK. */
  ratioToSdk: number;
}

/** Each function's figures over `rounds` fresh processes. */
export interface ColdStartFigures {
  rounds: number;
  functions: FunctionColdStart[];
}

/** Builds every function into a scratch folder in the repository (so bundles find wx-server-sdk) and times cold requires. */
export function measureColdStarts(rounds = 7): ColdStartFigures {
  const outputDir = path.join(root, 'dist', `.bench-cold-start-${process.pid}`);
  try {
    const built = functionNames().map((name) => ({
      name,
      bytes: buildFunction(name, outputDir).bytes,
      file: path.join(outputDir, name, 'index.js'),
    }));
    const samples = new Map<string, Array<{ sdkMs: number; ownMs: number }>>(
      built.map(({ name }) => [name, []]),
    );
    for (let round = 0; round < rounds; round++) {
      for (const { name, file } of built) samples.get(name)?.push(coldRequire(file));
    }
    return {
      rounds,
      functions: built.map(({ name, bytes }) => {
        const runs = samples.get(name) ?? [];
        const sdkMs = median(runs.map((run) => run.sdkMs));
        const ownMs = median(runs.map((run) => run.ownMs));
        return { name, bytes, sdkMs, ownMs, ratioToSdk: (sdkMs + ownMs) / sdkMs };
      }),
    };
  } finally {
    fs.rmSync(outputDir, { recursive: true, force: true });
  }
}

/** In a fresh Node process: ms to require wx-server-sdk, then ms to require the bundle on top of it. */
function coldRequire(bundle: string): { sdkMs: number; ownMs: number } {
  const script = [
    'const at = () => Number(process.hrtime.bigint()) / 1e6;',
    "const started = at(); require('wx-server-sdk'); const sdkLoaded = at();",
    `require(${JSON.stringify(bundle)});`,
    'process.stdout.write(JSON.stringify({ sdkMs: sdkLoaded - started, ownMs: at() - sdkLoaded }));',
  ].join(' ');
  const child = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) {
    throw new Error(`requiring ${path.relative(root, bundle)} failed: ${child.stderr.slice(0, 500)}`);
  }
  return JSON.parse(child.stdout) as { sdkMs: number; ownMs: number };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The figures as report lines. */
export function coldStartLines(figures: ColdStartFigures): string[] {
  const col = (value: string | number, width: number) => String(value).padStart(width);
  return [
    `cold start (fresh Node process per sample: the SDK, then the bundle; medians of ${figures.rounds})`,
    `  ${'function'.padEnd(12)}${col('bundle bytes', 14)}${col('SDK ms', 10)}${col('bundle ms', 11)}${col('× SDK', 8)}`,
    ...figures.functions.map(
      (row) =>
        `  ${row.name.padEnd(12)}${col(row.bytes.toLocaleString('en-US'), 14)}${col(row.sdkMs.toFixed(0), 10)}${col(row.ownMs.toFixed(1), 11)}${col(row.ratioToSdk.toFixed(2), 8)}`,
    ),
    '  (bundle ms: what requiring the bundle adds once wx-server-sdk is loaded, in the same process)',
  ];
}

if (require.main === module) {
  console.log(coldStartLines(measureColdStarts()).join('\n'));
}
