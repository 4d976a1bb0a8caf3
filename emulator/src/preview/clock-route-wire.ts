// The clock door's address, steps and answer, shared by the local cloud and the preview's bar.

/** Where the bar reads the clock (GET) and moves it (POST `{ "by": "5m" | "1h" | "1d" }`). */
export const PREVIEW_CLOCK_PATH = '/preview/clock';

/** The steps the door moves the clock by, in ms: the bar's three buttons. */
export const CLOCK_STEPS_MS = {
  '5m': 5 * 60 * 1000,
  '1h': 60 * 60 * 1000,
  '1d': 24 * 60 * 60 * 1000,
} as const;

/** One of the door's steps. */
export type ClockStep = keyof typeof CLOCK_STEPS_MS;

/** What the door answers: the time now (epoch ms), whether it can be moved, and whether it runs by itself. */
export interface PreviewClockReading {
  nowMs: number;
  adjustable: boolean;
  running: boolean;
}
