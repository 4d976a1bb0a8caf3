// JSON text for values of any depth: what the platform accepts (up to 6 MB per event) nests far deeper than
// the native JSON.stringify's recursion can follow, so past that depth the same text is made without recursion.

/** `JSON.stringify(value)` with the same output for every value, however deeply nested. */
export function toJsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return stringifyWithoutRecursion(value);
  }
}

/** A fresh copy of `value` as JSON carries it: Dates become strings, `undefined` and functions disappear. */
export function crossJson(value: unknown): unknown {
  const text = toJsonText(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

type Frame =
  | { kind: 'array'; items: unknown[]; next: number }
  | { kind: 'object'; record: Record<string, unknown>; keys: string[]; next: number; written: boolean };

/** Applies `toJSON` (Dates) and unwraps boxed primitives, as JSON.stringify does before writing a value. */
function prepare(value: unknown, key: string): unknown {
  let prepared = value;
  if (typeof prepared === 'object' && prepared !== null) {
    const toJSON = (prepared as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') prepared = (toJSON as (key: string) => unknown).call(prepared, key);
  }
  if (prepared instanceof Number || prepared instanceof String || prepared instanceof Boolean)
    return prepared.valueOf();
  return prepared;
}

/** Values JSON leaves out of objects (and writes as null in arrays). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function stringifyWithoutRecursion(root: unknown): string | undefined {
  const top = prepare(root, '');
  if (isSkipped(top)) return undefined;
  let text = '';
  const stack: Frame[] = [];
  const onPath = new Set<object>();
  const write = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) {
      text += JSON.stringify(value); // strings, numbers (non-finite → null), booleans, null; bigint throws
      return;
    }
    if (onPath.has(value)) throw new TypeError('Converting circular structure to JSON');
    onPath.add(value);
    if (Array.isArray(value)) {
      text += '[';
      stack.push({ kind: 'array', items: value as unknown[], next: 0 });
    } else {
      text += '{';
      const record = value as Record<string, unknown>;
      stack.push({ kind: 'object', record, keys: Object.keys(record), next: 0, written: false });
    }
  };
  write(top);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.kind === 'array') {
      if (frame.next >= frame.items.length) {
        text += ']';
        onPath.delete(frame.items);
        stack.pop();
        continue;
      }
      const index = frame.next++;
      if (index > 0) text += ',';
      const item = prepare(frame.items[index], String(index));
      if (isSkipped(item)) text += 'null';
      else write(item);
      continue;
    }
    if (frame.next >= frame.keys.length) {
      text += '}';
      onPath.delete(frame.record);
      stack.pop();
      continue;
    }
    const key = frame.keys[frame.next++] as string;
    const member = prepare(frame.record[key], key);
    if (isSkipped(member)) continue;
    text += `${frame.written ? ',' : ''}${JSON.stringify(key)}:`;
    frame.written = true;
    write(member);
  }
  return text;
}
