// Compiles collection schemas with ajv (draft-07) and validates decoded documents against them.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { toJsonView } from './ejson';
import type { CollectionSchema } from './types';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 date-time with a zone that names a real instant. */
export function isIsoDateTime(text: string): boolean {
  return ISO_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text));
}

/** A document check: the problems found, as `<json pointer> <message>` lines (empty when valid). */
export type DocumentValidator = (document: Record<string, unknown>) => string[];

/** Compiles schemas into document validators; one instance per load keeps compiled schemas apart. */
export class SchemaCompiler {
  private readonly ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });

  constructor() {
    this.ajv.addFormat('date-time', { type: 'string', validate: isIsoDateTime });
  }

  /** Compiles one schema; throws ajv's own error when the schema itself is invalid. */
  compile(schema: CollectionSchema): DocumentValidator {
    const validate: ValidateFunction = this.ajv.compile(schema);
    return (document) => (validate(toJsonView(document)) ? [] : (validate.errors ?? []).map(describeError));
  }
}

function describeError(error: ErrorObject): string {
  const at = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    return `${at} has unknown field "${String(error.params.additionalProperty)}"`;
  }
  if (error.keyword === 'enum') {
    return `${at} must be one of ${JSON.stringify(error.params.allowedValues)}`;
  }
  return `${at} ${error.message ?? 'is invalid'}`;
}
