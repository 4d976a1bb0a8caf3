// Server-sent event framing, shared by the Node transport and the browser's: text in, whole events out.

/** One server-sent event: its name (`message` when unnamed) and its data lines joined. */
export interface StreamEvent {
  name: string;
  data: string;
}

/** Cuts a server-sent event stream into events as its text arrives, in pieces of any size. */
export class EventStreamParser {
  private buffered = '';

  /** Adds the next piece of the stream; answers the events it completed, in order. */
  push(text: string): StreamEvent[] {
    this.buffered += text.replace(/\r\n?/g, '\n');
    const events: StreamEvent[] = [];
    let boundary = this.buffered.indexOf('\n\n');
    while (boundary >= 0) {
      const event = parseEventBlock(this.buffered.slice(0, boundary));
      this.buffered = this.buffered.slice(boundary + 2);
      if (event) events.push(event);
      boundary = this.buffered.indexOf('\n\n');
    }
    return events;
  }
}

function parseEventBlock(block: string): StreamEvent | undefined {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { name, data: data.join('\n') } : undefined;
}
