// What a parsed rule reads: the document fields it names (inside get() paths or not) and its get() calls.
import { GET_PATH_PREFIX, leadingText, type RuleNode } from './rule-expression';

/** Every `doc.<field>` path an expression reads, dot-joined, in order of appearance (get() paths included). */
export function documentFieldsOf(node: RuleNode): string[] {
  return collectFields(node, false).map((field) => field.path);
}

/** The `doc.<field>` paths read inside get() paths: the query must pin each of them to one value. */
export function fieldsInGetPaths(node: RuleNode): string[] {
  return unique(
    collectFields(node, false)
      .filter((field) => field.inGet)
      .map((field) => field.path),
  );
}

/** The `doc.<field>` paths read outside any get() path. */
export function fieldsOutsideGetPaths(node: RuleNode): string[] {
  return unique(
    collectFields(node, false)
      .filter((field) => !field.inGet)
      .map((field) => field.path),
  );
}

/** How many get() calls an expression makes. */
export function getCallsOf(node: RuleNode): number {
  return children(node).reduce((sum, child) => sum + getCallsOf(child), node.kind === 'get' ? 1 : 0);
}

/** A field read from a fetched document: `get('database.staff.…').isActive` is `{ collection: 'staff', path: 'isActive' }`. */
export interface FetchedField {
  collection: string;
  path: string;
}

/** The fields read from get() results whose collection the path writes out (`database.<collection>.…`). */
export function fetchedFieldsOf(node: RuleNode): FetchedField[] {
  const own: FetchedField[] = [];
  if (node.kind === 'member' && node.object.kind === 'get') {
    const collection = writtenCollection(node.object.path);
    if (collection !== undefined) own.push({ collection, path: node.path.join('.') });
  }
  return [...own, ...children(node).flatMap(fetchedFieldsOf)];
}

/** The collection a get() path names in its written start, if it writes it out whole. */
export function writtenCollection(path: RuleNode): string | undefined {
  const written = leadingText(path);
  if (written === undefined || !written.startsWith(GET_PATH_PREFIX)) return undefined;
  const rest = written.slice(GET_PATH_PREFIX.length);
  const dot = rest.indexOf('.');
  return dot > 0 ? rest.slice(0, dot) : undefined;
}

function collectFields(node: RuleNode, inGet: boolean): Array<{ path: string; inGet: boolean }> {
  if (node.kind === 'doc') return [{ path: node.path.join('.'), inGet }];
  const nested = inGet || node.kind === 'get';
  return children(node).flatMap((child) => collectFields(child, nested));
}

function children(node: RuleNode): RuleNode[] {
  switch (node.kind) {
    case 'not':
      return [node.operand];
    case 'and':
    case 'or':
    case 'compare':
    case 'concat':
      return [node.left, node.right];
    case 'in':
      return [node.value];
    case 'get':
      return [node.path];
    case 'member':
      return [node.object];
    case 'template':
      return node.parts;
    default:
      return [];
  }
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}
