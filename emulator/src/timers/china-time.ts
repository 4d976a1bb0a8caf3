// Calendar arithmetic in UTC+8, the time zone of timer triggers and of payment timestamps (no daylight saving).

/** UTC+8 minus UTC, in milliseconds. */
export const UTC8_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An instant's calendar fields as a clock in UTC+8 shows them; `month` is 1–12, `weekday` 0 (Sunday)–6. */
export interface ChinaDateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** Reads `epochMs` on a UTC+8 wall clock. */
export function chinaDateFields(epochMs: number): ChinaDateFields {
  const shifted = new Date(epochMs + UTC8_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** Epoch milliseconds of a UTC+8 wall-clock time; out-of-range fields roll over as in `Date.UTC`. */
export function chinaEpochMs(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) - UTC8_OFFSET_MS;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `yyyyMMddHHmmss` in UTC+8, as payment APIs write times (`time_end`, `time_expire`). */
export function formatChinaCompact(epochMs: number): string {
  const f = chinaDateFields(epochMs);
  return `${pad(f.year, 4)}${pad(f.month)}${pad(f.day)}${pad(f.hour)}${pad(f.minute)}${pad(f.second)}`;
}

/** `yyyy-MM-dd HH:mm:ss` in UTC+8, as refund results write `success_time`. */
export function formatChinaDateTime(epochMs: number): string {
  const f = chinaDateFields(epochMs);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

/** Parses `yyyyMMddHHmmss` (UTC+8) to epoch milliseconds; undefined when it is not a real time. */
export function parseChinaCompact(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const epochMs = chinaEpochMs(year, month, day, hour, minute, second);
  return formatChinaCompact(epochMs) === text ? epochMs : undefined;
}
