// A page's `watch({ onChange, onError })`: snapshots from the watch stream, delivered until close() or the first error.
import { WATCH_EVENTS, type OrderSpec, type WatchSnapshot } from './client-db-wire';
import { decodeExtendedJson } from './platform-builder';
import { replyError, wxCloudError } from './wx-cloud-errors';
import type { EventStream, EventStreamListener } from './wx-cloud-transport';

/** What a listener watches. */
export interface WatchTarget {
  collection: string;
  /** Extended JSON filter. */
  query?: string;
  order?: OrderSpec[];
  limit?: number;
}

/** The callbacks a page passes to `watch()`. */
export interface WatchOptions {
  /** The first snapshot has `type: 'init'`; later ones carry the changes since. */
  onChange(snapshot: WatchSnapshot): void;
  /** Called once; the listener is closed by then. */
  onError(error: Error): void;
}

/** What watch() returns, as on the platform. */
export interface WatchListener {
  close(): Promise<void>;
}

const WATCH_API = 'collection.watch';

/** Starts a listener over `open` (which opens the event stream with the given listener). */
export function startWatch(
  open: (listener: EventStreamListener) => EventStream,
  options: WatchOptions,
): WatchListener {
  let closed = false;
  const stream = open({
    onEvent(name, data) {
      if (closed) return;
      if (name === WATCH_EVENTS.snapshot) return options.onChange(decodeExtendedJson(data) as WatchSnapshot);
      if (name === WATCH_EVENTS.error) return stopWithError(readError(data));
    },
    onFailure(error) {
      if (!closed) stopWithError(wxCloudError(WATCH_API, -1, error.message));
    },
  });
  function stopWithError(error: Error): void {
    closed = true;
    stream.close();
    options.onError(error);
  }
  return {
    async close() {
      closed = true;
      stream.close();
    },
  };
}

function readError(data: string): Error {
  let body: unknown;
  try {
    body = JSON.parse(data) as unknown;
  } catch {
    body = undefined;
  }
  const error = replyError(body);
  return error ? wxCloudError(WATCH_API, error.errCode, error.errMsg) : wxCloudError(WATCH_API, -1, data);
}
