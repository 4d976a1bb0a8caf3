// Small DOM pieces the bar's parts share: a labelled group, a select, a reload with a new parameter, a JSON fetch.

/** A labelled group of the bar: `<label class="bar-group">caption …children</label>`. */
export function barGroup(caption: string, ...children: HTMLElement[]): HTMLElement {
  const group = document.createElement('label');
  group.className = 'bar-group';
  const text = document.createElement('span');
  text.className = 'bar-caption';
  text.textContent = caption;
  group.append(text, ...children);
  return group;
}

/** A `<select id=…>` of `options` (value, text) with `selected` chosen; `onChoose` gets the new value. */
export function barSelect(
  id: string,
  options: Array<{ value: string; text: string }>,
  selected: string,
  onChoose: (value: string) => void,
): HTMLSelectElement {
  const select = document.createElement('select');
  select.id = id;
  for (const option of options) {
    const item = document.createElement('option');
    item.value = option.value;
    item.textContent = option.text;
    item.selected = option.value === selected;
    select.append(item);
  }
  select.addEventListener('change', () => onChoose(select.value));
  return select;
}

/** Reloads the preview with `name` set to `value` in the address (the page's query keeps the rest). */
export function reloadWith(name: string, value: string): void {
  const search = new URLSearchParams(location.search);
  search.set(name, value);
  location.search = search.toString();
}

/**
 * GETs (or, with a body, POSTs) JSON at the local cloud (this page's origin) and checks the answer with `read`;
 * a refusal throws with the door's errMsg.
 */
export async function fetchJson<T>(path: string, read: (answer: unknown) => T, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body !== undefined && {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  });
  const answer: unknown = await response.json();
  if (!response.ok) {
    const errMsg = typeof answer === 'object' && answer && 'errMsg' in answer ? String(answer.errMsg) : '';
    throw new Error(`${path}: ${response.status} ${errMsg}`);
  }
  return read(answer);
}

/** The JSON kinds `hasFields` checks, by their `typeof` names. */
interface JsonKinds {
  string: string;
  number: number;
  boolean: boolean;
}

/** True when `value` is an object whose `fields` are each of the named `typeof` kind. */
export function hasFields<const F extends Record<string, keyof JsonKinds>>(
  value: unknown,
  fields: F,
): value is { [K in keyof F]: JsonKinds[F[K]] } {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(fields).every(([name, kind]) => typeof Reflect.get(value, name) === kind);
}
