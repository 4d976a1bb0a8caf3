// Input validation at run time: the validators are generated code (scripts/build-validators.ts compiles the
// schemas with ajv at build time), so a function's bundle carries no schema compiler and a cold start compiles
// nothing. This file holds their types, the bounded description of a refusal and the depth check.
import type { ErrorObject, JSONSchemaType } from 'ajv';
import type { ActionName, FunctionName, InputOf } from '../../typings/contracts';

/** An input schema typed against its contract, so schema and type cannot drift apart. */
export type Schema<T> = JSONSchemaType<T>;

/** At most this many problems are named in a refusal; the rest are only counted. */
export const MAX_PROBLEMS = 5;
/** Longest field path, field name or value a refusal quotes, in characters; longer ones are cut with `…`. */
export const MAX_QUOTED_CHARS = 64;

/** A validator generated from an input schema: a type guard that leaves its problems in `errors` when it refuses. */
export interface CompiledValidator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

/** The generated validators of function F: one per action of the contract map. */
export type CompiledValidators<F extends FunctionName> = {
  [A in ActionName<F>]: CompiledValidator<InputOf<F, A>>;
};

/** A refusal's problems: at most MAX_PROBLEMS sentences, and how many more there were when there were. */
export interface DescribedProblems {
  problems: string[];
  more?: number;
}

/** One short sentence per problem, naming the field (`input/quantity must be >= 1`), bounded in count and length. */
export function describeErrors(errors: ErrorObject[] | null | undefined): DescribedProblems {
  const all = errors ?? [];
  const problems = all.slice(0, MAX_PROBLEMS).map((error) => {
    const where = quote(`input${error.instancePath}`);
    if (error.keyword === 'additionalProperties') {
      return `${where} has an unknown field "${quote(String(error.params.additionalProperty))}"`;
    }
    return `${where} ${quote(error.message ?? 'is invalid')}`;
  });
  return all.length > MAX_PROBLEMS ? { problems, more: all.length - MAX_PROBLEMS } : { problems };
}

/** Text from the caller, cut to MAX_QUOTED_CHARS characters so a refusal never echoes a large input back. */
export function quote(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS - 1)}…` : text;
}

/** How deep a value that a schema accepts can nest: 0 for a scalar, 1 + its deepest child for an object or array. */
export function schemaDepth(schema: unknown): number {
  if (typeof schema !== 'object' || schema === null) return 0;
  const node = schema as Record<string, unknown>;
  const children: unknown[] = [];
  if (typeof node.properties === 'object' && node.properties !== null) {
    children.push(...Object.values(node.properties));
  }
  children.push(node.additionalProperties, node.items);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) children.push(...branches);
  }
  const deepestChild = Math.max(0, ...children.map(schemaDepth));
  const isContainer = node.type === 'object' || node.type === 'array';
  return isContainer ? 1 + deepestChild : deepestChild;
}

/** Whether a value nests deeper than `limit` (same measure as schemaDepth); iterative, so any depth is safe. */
export function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ container: object; depth: number }> = [];
  if (typeof value === 'object' && value !== null) pending.push({ container: value, depth: 1 });
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.depth > limit) return true;
    for (const child of Object.values(next.container)) {
      if (typeof child === 'object' && child !== null)
        pending.push({ container: child, depth: next.depth + 1 });
    }
  }
  return false;
}
