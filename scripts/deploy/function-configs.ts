// Reads and checks every cloud function's source folder and config.json: what deploying each one needs.
import fs from 'node:fs';
import path from 'node:path';
import { checkTimerTriggers } from '../../emulator/src/timers/trigger-config';

/** One timer trigger as config.json and cloudbaserc.json both declare it. */
export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron (second minute hour day month weekday year), China time. */
  config: string;
}

/** A function's deploy settings, read from `cloudfunctions/<name>/config.json`. */
export interface FunctionDeployConfig {
  name: string;
  /** Seconds; the platform's default when config.json sets none. */
  timeoutSeconds: number;
  triggers: TimerTrigger[];
  /** `permissions.openapi`: the open APIs (`<namespace>.<method>`) the function may call. */
  openApiPermissions: string[];
}

/** The platform's function timeout when config.json sets none, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 3;
/** The longest timeout the platform accepts, in seconds. */
export const MAX_TIMEOUT_SECONDS = 60;

const CONFIG_KEYS = ['timeout', 'triggers', 'permissions'];
/** `<namespace>.<method>`, the namespace possibly dotted (`wxa.sec.order.uploadShippingInfo`). */
const OPEN_API_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;

/** Names of the function folders under `sourceDir` (every sub-folder is one function), sorted. */
export function functionFolderNames(sourceDir: string): string[] {
  return fs
    .readdirSync(sourceDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Reads every function folder under `sourceDir`. Each must hold index.ts and a valid config.json, and
 * no index.js beside its index.ts; every mistake is one `cloudfunctions/<name>/…: …` problem line.
 */
export function readFunctionConfigs(sourceDir: string): {
  functions: FunctionDeployConfig[];
  problems: string[];
} {
  const functions: FunctionDeployConfig[] = [];
  const problems: string[] = [];
  for (const name of functionFolderNames(sourceDir)) {
    const folder = path.join(sourceDir, name);
    const where = `cloudfunctions/${name}`;
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) problems.push(`${where}: not a valid function name`);
    if (!fs.existsSync(path.join(folder, 'index.ts'))) problems.push(`${where}: has no index.ts`);
    if (fs.existsSync(path.join(folder, 'index.js'))) {
      problems.push(`${where}: holds an index.js beside index.ts (DevTools' upload fails on that)`);
    }
    const configFile = path.join(folder, 'config.json');
    if (!fs.existsSync(configFile)) {
      problems.push(`${where}: has no config.json`);
      continue;
    }
    const config = parseConfig(name, fs.readFileSync(configFile, 'utf8'), (message) =>
      problems.push(`${where}/config.json: ${message}`),
    );
    if (config) functions.push(config);
  }
  return { functions, problems };
}

/** Checks one config.json text; reports each problem and returns the settings when there were none. */
export function parseConfig(
  name: string,
  text: string,
  report: (problem: string) => void,
): FunctionDeployConfig | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    report(`is not JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report('must be a JSON object');
    return undefined;
  }
  const config = raw as Record<string, unknown>;
  let isValid = true;
  const fail = (problem: string) => {
    isValid = false;
    report(problem);
  };
  for (const key of Object.keys(config)) {
    if (!CONFIG_KEYS.includes(key)) fail(`unknown key "${key}" (known: ${CONFIG_KEYS.join(', ')})`);
  }
  const timeout = config.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  if (
    typeof timeout !== 'number' ||
    !Number.isInteger(timeout) ||
    timeout < 1 ||
    timeout > MAX_TIMEOUT_SECONDS
  ) {
    fail(`"timeout" must be a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
  }
  const triggers = readTriggers(config.triggers, fail);
  const openApiPermissions = readOpenApiPermissions(config.permissions, fail);
  if (!isValid) return undefined;
  return { name, timeoutSeconds: timeout as number, triggers, openApiPermissions };
}

function readTriggers(value: unknown, fail: (problem: string) => void): TimerTrigger[] {
  return checkTimerTriggers(value, fail).map(({ name, type, config }) => ({ name, type, config }));
}

function readOpenApiPermissions(value: unknown, fail: (problem: string) => void): string[] {
  if (value === undefined) return [];
  const openapi =
    typeof value === 'object' && value !== null ? (value as { openapi?: unknown }).openapi : null;
  if (openapi === undefined) return [];
  if (!Array.isArray(openapi) || !openapi.every((entry) => typeof entry === 'string')) {
    fail('"permissions.openapi" must be an array of API names such as "subscribeMessage.send"');
    return [];
  }
  for (const api of openapi as string[]) {
    if (!OPEN_API_NAME.test(api)) fail(`"${api}" in permissions.openapi is not <namespace>.<method>`);
  }
  return openapi as string[];
}
