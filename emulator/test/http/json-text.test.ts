import { crossJson, toJsonText } from '../../src/http/json-text';

/** `{"a":{"a":…1…}}`, `depth` levels. */
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** `[[[…]]]`, `depth` levels. */
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

test.each([
  ['objects 5,000 deep (30 KB)', nestedObjects(5_000)],
  ['arrays 200,000 deep (400 KB)', nestedArrays(200_000)],
])('JSON nested %s crosses unchanged', (_, text) => {
  expect(toJsonText(JSON.parse(text))).toBe(text);
});

test('past the native depth, every value is written as JSON.stringify writes it', () => {
  const leafs = {
    at: new Date(0),
    gone: undefined,
    fn: () => 1,
    list: [undefined, () => 1, Number.NaN, -0, 'é"\n\u2028', true, null, new String('boxed'), 1.5e300],
    custom: { toJSON: (key: string) => `made for ${key}` },
    '': 'empty key',
  };
  const depth = 20_000;
  let inObjects: unknown = leafs;
  let inArrays: unknown = leafs;
  for (let level = 0; level < depth; level++) {
    inObjects = { down: inObjects, skipped: undefined };
    inArrays = [inArrays, undefined];
  }
  const leafText = JSON.stringify(leafs);
  expect(toJsonText(inObjects)).toBe(`${'{"down":'.repeat(depth)}${leafText}${'}'.repeat(depth)}`);
  expect(toJsonText(inArrays)).toBe(`${'['.repeat(depth)}${leafText}${',null]'.repeat(depth)}`);
});

test('a cycle is refused as JSON.stringify refuses it; undefined alone crosses as undefined', () => {
  const root: Record<string, unknown> = {};
  let deep = root;
  for (let level = 0; level < 20_000; level++) deep = (deep.next = {}) as Record<string, unknown>;
  deep.back = root;
  expect(() => toJsonText(root)).toThrow(TypeError);
  expect(crossJson(undefined)).toBeUndefined();
  expect(crossJson({ at: new Date(0), gone: undefined })).toEqual({ at: '1970-01-01T00:00:00.000Z' });
});
