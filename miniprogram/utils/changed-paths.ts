// setData paths for what changed between two views, so a small change sends only its own fields.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `setData` argument that turns `previous` into `next` under `base` (e.g. `view`): arrays of the same
 * length and objects are compared field by field (`view.groups[1].options[0].isChosen`), anything else whole.
 */
export function changedPaths(
  previous: unknown,
  next: unknown,
  base: string,
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  if (Array.isArray(previous) && Array.isArray(next) && previous.length === next.length) {
    next.forEach((item, index) => changedPaths(previous[index], item, `${base}[${index}]`, out));
  } else if (isPlainObject(previous) && isPlainObject(next)) {
    for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
      changedPaths(previous[key], next[key], `${base}.${key}`, out);
    }
  } else if (!Object.is(previous, next)) {
    out[base] = next === undefined ? null : next;
  }
  return out;
}
