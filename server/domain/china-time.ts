// China time (UTC+8; one zone, no daylight saving): the clock stores keep, pickup numbers count by and payment uses.

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `atMs` (epoch ms) as a Date whose UTC fields read China wall-clock time: use `getUTC…` only. */
export function chinaWallClockAt(atMs: number): Date {
  return new Date(atMs + CHINA_OFFSET_MS);
}

/** `2026-12-02 14:05`: the minute `atMs` (epoch ms) reads in China time (tickets, subscribe messages). */
export function chinaMinuteText(atMs: number): string {
  const local = chinaWallClockAt(atMs);
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${String(local.getUTCFullYear())}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  );
}
