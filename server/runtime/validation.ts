import Ajv, { type ErrorObject, type JSONSchemaType, type ValidateFunction } from 'ajv';

// One ajv per cold start; each schema compiles once and stays warm with the function instance.
const ajv = new Ajv({ allErrors: true, strict: true, removeAdditional: false, useDefaults: false });

/** An input schema typed against its contract, so schema and type cannot drift apart. */
export type Schema<T> = JSONSchemaType<T>;

/** Compiles a schema with the shared ajv (strict, all errors reported); call once per schema per cold start. */
export function compileSchema<T>(schema: Schema<T>): ValidateFunction<T> {
  return ajv.compile(schema);
}

/** One short sentence per problem, naming the field: `input/quantity must be >= 1`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = `input${error.instancePath}`;
    if (error.keyword === 'additionalProperties') {
      return `${where} has an unknown field "${String(error.params.additionalProperty)}"`;
    }
    return `${where} ${error.message ?? 'is invalid'}`;
  });
}
