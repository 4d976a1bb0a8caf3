// China time (UTC+8; one zone, no daylight saving): the clock stores keep, pickup numbers count by and payment uses.

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `atMs` (epoch ms) as a Date whose UTC fields read China wall-clock time: use `getUTC…` only. */
export function chinaWallClockAt(atMs: number): Date {
  return new Date(atMs + CHINA_OFFSET_MS);
}
