// What the page-side client's transports share: the Node one (wx-cloud-transport.ts) and the browser's
// (preview-runtime/fetch-transport.ts) answer in these shapes, so either can be bundled in.

/** A finished HTTP exchange: status and JSON body. */
export interface HttpReply {
  status: number;
  /** The reply body parsed as JSON (undefined when it is not JSON). */
  body: unknown;
}

/** Receives a server-sent event stream's events, then at most one failure. */
export interface EventStreamListener {
  onEvent(name: string, data: string): void;
  /** The stream could not open, or ended without close(). */
  onFailure(error: Error): void;
}

/** An open server-sent event stream. */
export interface EventStream {
  /** Stops the stream; no listener method runs afterwards. */
  close(): void;
}
