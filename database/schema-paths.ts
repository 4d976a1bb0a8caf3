// Walks a collection's JSON Schema by field path, the way index keys and rule expressions name fields.
import type { CollectionSchema } from './types';

type SchemaNode = Record<string, unknown>;

function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/definitions/<name>`); other nodes are returned as they are. */
function dereference(root: CollectionSchema, node: SchemaNode): SchemaNode | undefined {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const match = /^#\/definitions\/([^/]+)$/.exec(ref);
  const definitions = root.definitions;
  if (!match || !isSchemaNode(definitions)) return undefined;
  const target = definitions[match[1] ?? ''];
  return isSchemaNode(target) ? dereference(root, target) : undefined;
}

/** Steps into array items, as a Mongo path `lines.skuId` reaches into each element of `lines`. */
function throughArrays(root: CollectionSchema, node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  while (current && isSchemaNode(current.items)) current = dereference(root, current.items);
  return current;
}

/** The schema of a dotted field path (`address.latitude`, `lines.skuId`), or undefined if the schema has no such field. */
export function resolveSchemaPath(schema: CollectionSchema, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = dereference(schema, schema);
  for (const segment of path.split('.')) {
    node = throughArrays(schema, node);
    const properties = node?.properties;
    if (!isSchemaNode(properties)) return undefined;
    const child = properties[segment];
    node = isSchemaNode(child) ? dereference(schema, child) : undefined;
    if (!node) return undefined;
  }
  return node;
}

/** One declared property: its dotted path, its own name and its (dereferenced) schema. */
export interface SchemaProperty {
  path: string;
  name: string;
  schema: SchemaNode;
}

/** Every property the schema declares, at any depth (array items included), each once per path. */
export function listSchemaProperties(schema: CollectionSchema): SchemaProperty[] {
  const found: SchemaProperty[] = [];
  const visit = (node: SchemaNode | undefined, prefix: string, depth: number): void => {
    const object = throughArrays(schema, node);
    const properties = object?.properties;
    if (!isSchemaNode(properties) || depth > 16) return;
    for (const [name, child] of Object.entries(properties)) {
      const resolved = isSchemaNode(child) ? dereference(schema, child) : undefined;
      if (!resolved) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      found.push({ path, name, schema: resolved });
      visit(resolved, path, depth + 1);
    }
  };
  visit(dereference(schema, schema), '', 0);
  return found;
}

/** The JSON types a schema node allows (`type` as a string or a list). */
export function allowedTypes(node: SchemaNode): string[] {
  const type = node.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === 'string') : [];
}
