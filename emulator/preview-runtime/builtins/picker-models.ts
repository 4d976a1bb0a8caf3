/** What a picker's bottom sheet shows and answers, for each `mode`. */
export interface PickerModel {
  /** The labels of each column, left to right. */
  columns(): string[][];
  /** The selected row of each column. */
  selected(): number[];
  /** Moves `column` to `row`; later columns may change (a month's days, the minutes an hour allows). */
  select(column: number, row: number): void;
  /** The value `bindchange` reports: an index, indices, "HH:mm" or "YYYY-MM-DD". */
  value(): unknown;
}

/** What a picker was given (its attributes). */
export interface PickerAttributes {
  mode: string;
  range: unknown[];
  rangeKey: string;
  value: unknown;
  start: string;
  end: string;
  fields: string;
}

const pad = (part: number) => String(part).padStart(2, '0');
const inRange = (row: number, length: number) =>
  Math.min(Math.max(0, Math.trunc(row) || 0), Math.max(0, length - 1));

function labelOf(item: unknown, rangeKey: string): string {
  if (item && typeof item === 'object' && rangeKey) return String(Reflect.get(item, rangeKey) ?? '');
  return String(item ?? '');
}

function selectorModel(attributes: PickerAttributes): PickerModel {
  const labels = attributes.range.map((item) => labelOf(item, attributes.rangeKey));
  let row = inRange(Number(attributes.value), labels.length);
  return {
    columns: () => [labels],
    selected: () => [row],
    select: (_column, next) => (row = inRange(next, labels.length)),
    value: () => row,
  };
}

function multiSelectorModel(attributes: PickerAttributes): PickerModel {
  const columns = attributes.range.map((column) =>
    (Array.isArray(column) ? column : []).map((item: unknown) => labelOf(item, attributes.rangeKey)),
  );
  const given = Array.isArray(attributes.value) ? attributes.value : [];
  const rows = columns.map((labels, column) => inRange(Number(given[column]), labels.length));
  return {
    columns: () => columns,
    selected: () => [...rows],
    select: (column, row) => (rows[column] = inRange(row, columns[column]?.length ?? 0)),
    value: () => [...rows],
  };
}

/** Numbers from `from` to `to`, both included. */
const span = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** A picker over numeric parts (hours:minutes, year-month-day), each column bounded by start and end. */
function partsModel(
  parts: number[],
  bounds: (chosen: number[], column: number) => number[],
  format: (chosen: number[]) => string,
  unit: (column: number) => string,
): PickerModel {
  const chosen = [...parts];
  const options = (column: number) => bounds(chosen, column);
  const settle = () => {
    for (let column = 0; column < chosen.length; column += 1) {
      const allowed = options(column);
      const current = chosen[column] ?? 0;
      if (!allowed.includes(current))
        chosen[column] = current < (allowed[0] ?? 0) ? (allowed[0] ?? 0) : (allowed[allowed.length - 1] ?? 0);
    }
  };
  settle();
  return {
    columns: () => chosen.map((_, column) => options(column).map((part) => `${pad(part)}${unit(column)}`)),
    selected: () => chosen.map((part, column) => Math.max(0, options(column).indexOf(part))),
    select: (column, row) => {
      const allowed = options(column);
      chosen[column] = allowed[inRange(row, allowed.length)] ?? 0;
      settle();
    },
    value: () => format(chosen),
  };
}

const timeParts = (text: string, fallback: number[]) => {
  const match = /^(\d{1,2}):(\d{1,2})$/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : fallback;
};

function timeModel(attributes: PickerAttributes): PickerModel {
  const start = timeParts(attributes.start, [0, 0]);
  const end = timeParts(attributes.end, [23, 59]);
  const now = new Date();
  const given = timeParts(String(attributes.value ?? ''), [now.getHours(), now.getMinutes()]);
  return partsModel(
    given,
    (chosen, column) => {
      if (column === 0) return span(start[0] ?? 0, end[0] ?? 23);
      const hour = chosen[0];
      return span(hour === start[0] ? (start[1] ?? 0) : 0, hour === end[0] ? (end[1] ?? 59) : 59);
    },
    (chosen) => chosen.map(pad).join(':'),
    () => '',
  );
}

const dateParts = (text: string, fallback: number[]) => {
  const match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text);
  return match ? [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)] : fallback;
};

function dateModel(attributes: PickerAttributes): PickerModel {
  const start = dateParts(attributes.start, [1900, 1, 1]);
  const end = dateParts(attributes.end, [2100, 12, 31]);
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  const columnCount = attributes.fields === 'year' ? 1 : attributes.fields === 'month' ? 2 : 3;
  const given = dateParts(String(attributes.value ?? ''), today).slice(0, columnCount);
  const sameUpTo = (chosen: number[], bound: number[], column: number) =>
    chosen.slice(0, column).every((part, i) => part === bound[i]);
  return partsModel(
    given,
    (chosen, column) => {
      const last =
        column === 0 ? 9999 : column === 1 ? 12 : new Date(chosen[0] ?? 2000, chosen[1] ?? 1, 0).getDate();
      const low = sameUpTo(chosen, start, column) ? (start[column] ?? 1) : column === 0 ? 0 : 1;
      const high = sameUpTo(chosen, end, column) ? Math.min(end[column] ?? last, last) : last;
      return span(low, high);
    },
    (chosen) => [String(chosen[0]), ...chosen.slice(1).map(pad)].join('-'),
    (column) => ['年', '月', '日'][column] ?? '',
  );
}

/** The model of a picker's sheet for its `mode` (selector, multiSelector, time, date). */
export function pickerModel(attributes: PickerAttributes): PickerModel {
  if (attributes.mode === 'multiSelector') return multiSelectorModel(attributes);
  if (attributes.mode === 'time') return timeModel(attributes);
  if (attributes.mode === 'date') return dateModel(attributes);
  return selectorModel(attributes);
}
