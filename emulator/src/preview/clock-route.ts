// `/preview/clock`: the local cloud's clock for the preview's bar, and a door that moves an adjustable clock forward.
import { isAdjustableClock, isSteppingClock, type Clock } from '../clock';
import type { LocalCloudServer, RouteResponse } from '../http/server';
import {
  CLOCK_STEPS_MS,
  PREVIEW_CLOCK_PATH,
  type ClockStep,
  type PreviewClockReading,
} from './clock-route-wire';

function readingOf(clock: Clock): PreviewClockReading {
  return { nowMs: clock.now(), adjustable: isAdjustableClock(clock), running: !isSteppingClock(clock) };
}

function isClockStep(value: unknown): value is ClockStep {
  return typeof value === 'string' && Object.hasOwn(CLOCK_STEPS_MS, value);
}

function refusal(status: number, errMsg: string): RouteResponse {
  return { status, json: { errCode: status, errMsg } };
}

async function moveClock(clock: Clock, body: Buffer): Promise<RouteResponse> {
  if (!isAdjustableClock(clock))
    return refusal(409, 'this local cloud runs on the wall clock; it cannot be moved');
  let by: unknown;
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8') || '{}');
    by = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'by') : undefined;
  } catch {
    return refusal(400, 'the body must be JSON: { "by": "5m" | "1h" | "1d" }');
  }
  if (!isClockStep(by)) return refusal(400, `by must be one of ${Object.keys(CLOCK_STEPS_MS).join(', ')}`);
  await clock.advance(CLOCK_STEPS_MS[by]);
  return { status: 200, json: readingOf(clock) };
}

/** Serves the clock's reading and the door that moves it (running the timers it passes on the way). */
export function registerClockRoute(server: LocalCloudServer, clock: Clock): void {
  server.route('GET', PREVIEW_CLOCK_PATH, () => ({ status: 200, json: readingOf(clock) }));
  server.route('POST', PREVIEW_CLOCK_PATH, ({ body }) => moveClock(clock, body));
}
