// Compares what a function's code does with what its config.json declares: every open API it calls needs
// a permission (else the platform answers -604101), and a function that sweeps needs its timer trigger.
import type { FunctionDeployConfig } from './function-configs';

/** `openapi.<ns>.<method>` (or deeper, `openapi.wxa.sec.order.<method>`), with optional chaining or bracket access. */
const OPEN_API_CALL =
  /\bopenapi\s*(?:\?\.|\.)\s*([A-Za-z][A-Za-z0-9]*(?:\??\.[A-Za-z][A-Za-z0-9]*)+)|\bopenapi\s*(?:\?\.)?\[\s*['"]([A-Za-z][A-Za-z0-9]*)['"]\s*\]\s*(?:\?\.)?\[\s*['"]([A-Za-z][A-Za-z0-9]*)['"]\s*\]/g;

/** The open APIs (`<namespace>.<method>`) `code` calls, sorted and without repeats. */
export function openApisCalled(code: string): string[] {
  const apis = new Set<string>();
  for (const match of code.matchAll(OPEN_API_CALL)) {
    const dotted = match[1]?.replace(/\?/g, '');
    if (dotted) apis.add(dotted);
    else if (match[2] && match[3]) apis.add(`${match[2]}.${match[3]}`);
  }
  return [...apis].sort();
}

/** Problems when `code` (the function's bundle) calls an open API its config.json does not permit. */
export function checkOpenApiPermissions(config: FunctionDeployConfig, code: string): string[] {
  return openApisCalled(code)
    .filter((api) => !config.openApiPermissions.includes(api))
    .map(
      (api) =>
        `cloudfunctions/${config.name}/config.json: the code calls openapi.${api}, so permissions.openapi must list "${api}"`,
    );
}

/** A function that sweeps: its name says so, or its entry file (comments aside) calls a sweep. */
export function looksLikeSweeper(name: string, entrySource: string): boolean {
  return /sweep/i.test(name) || /\bsweep/i.test(withoutComments(entrySource));
}

/** Problems when a sweeping function has no timer trigger to run it. */
export function checkSweeperTrigger(config: FunctionDeployConfig, entrySource: string): string[] {
  if (!looksLikeSweeper(config.name, entrySource) || config.triggers.length > 0) return [];
  return [
    `cloudfunctions/${config.name}/config.json: a sweeping function needs a timer trigger ` +
      '("triggers": [{ "name": …, "type": "timer", "config": "<7-field cron>" }])',
  ];
}

/** TypeScript without its comments (line and block); good enough for the words of an entry file. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}
