// Counts what pages and components hand to `setData`: calls and their UTF-8 bytes, per page or component
// path, read by the journey test and `npm run bench` as `window.__setDataMeter` (the platform's audit
// line is 256 KB a call; the first screen's budget is 32 KB).

/** One `setData` call: who made it (page or component path) and the bytes of its data as JSON. */
export interface SetDataCall {
  owner: string;
  bytes: number;
}

/** What the meter saw since the preview loaded or since the last `reset()`. */
export interface SetDataMeter {
  calls: SetDataCall[];
  reset(): void;
}

type SetData = (data: Record<string, unknown>, callback?: () => void) => void;

const encoder = new TextEncoder();
const calls: SetDataCall[] = [];

/** The meter, also published on `window` for the test and the bench to read. */
export const setDataMeter: SetDataMeter = {
  calls,
  reset: () => void calls.splice(0, calls.length),
};

/** The `created` lifetime that wraps an instance's `setData` so each call is counted before it applies. */
export function meterSetData(this: { is?: string; setData: SetData }): void {
  const original = this.setData;
  const owner = this.is ?? 'unknown';
  this.setData = function meteredSetData(this: unknown, data, callback) {
    calls.push({ owner, bytes: encoder.encode(JSON.stringify(data)).length });
    return original.call(this, data, callback);
  };
}
