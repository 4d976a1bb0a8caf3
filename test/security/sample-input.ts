// A well-formed input for an action, built from its input schema: named fields take the values a test gives
// (a real order, the demo store…), anything else the simplest value the schema allows.

type Schema = Record<string, unknown>;

/** Builds an input from `schema`; fields named in `known` take those values. Undefined when it cannot. */
export function sampleInput(
  schema: Schema,
  known: Readonly<Record<string, unknown>>,
  allFields = false,
): unknown {
  return sample(schema, known, allFields, '');
}

function sample(
  schema: Schema,
  known: Readonly<Record<string, unknown>>,
  allFields: boolean,
  name: string,
): unknown {
  if (name in known) return known[name];
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const names = Object.keys(properties).filter((key) => allFields || required.has(key));
      return Object.fromEntries(
        names.map((key) => [key, sample(properties[key] ?? {}, known, allFields, key)]),
      );
    }
    case 'array': {
      const count = typeof schema.minItems === 'number' ? Math.max(schema.minItems, 1) : 1;
      const items = (schema.items ?? {}) as Schema;
      return Array.from({ length: count }, () => sample(items, known, allFields, ''));
    }
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'string':
      return sampleString(schema);
    default:
      return undefined;
  }
}

/** Letters and digits as long as the schema's minimum (and dashes' patterns allow them too). */
function sampleString(schema: Schema): string {
  if (schema.format === 'date-time') return new Date(0).toISOString();
  const length = typeof schema.minLength === 'number' ? Math.max(schema.minLength, 1) : 1;
  return 'A1b2C3d4E5f6G7h8J9k0'.repeat(Math.ceil(length / 20)).slice(0, length);
}
