// Command-line options for the deploy scripts: `--name value`, `--name=value` and bare `--flag`.
import { UsageError } from './usage-error';

/** Which options a script takes: those that carry a value, and bare flags. */
export interface OptionSpec {
  values: readonly string[];
  flags: readonly string[];
}

/** The options given, by name without the leading dashes. */
export interface ParsedOptions {
  values: Record<string, string>;
  flags: Set<string>;
}

/** Parses `argv` against `spec`; an unknown option, a missing value or a stray argument is a UsageError. */
export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedOptions {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(argument);
    if (!match) throw new UsageError(`unexpected argument "${argument}"`);
    const name = match[1] ?? '';
    if (spec.flags.includes(name)) {
      if (match[2] !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) {
      const known = [...spec.values, ...spec.flags].map((option) => `--${option}`).join(', ');
      throw new UsageError(`unknown option --${name} (known: ${known})`);
    }
    const value = match[2] ?? argv[index + 1];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    if (match[2] === undefined) index += 1;
    values[name] = value;
  }
  return { values, flags };
}
