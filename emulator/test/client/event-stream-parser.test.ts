import { EventStreamParser } from '../../src/client/event-stream-parser';

// The framing both transports share: events cut anywhere on the wire still arrive whole, in order.
test('events split across pieces, CRLF line ends, comments and multi-line data', () => {
  const parser = new EventStreamParser();
  expect(parser.push(': keep-alive\r\n\r\nevent: snap')).toEqual([]);
  expect(parser.push('shot\ndata: {"id":1}\n')).toEqual([]);
  expect(parser.push('\nevent: error\ndata: a\ndata: b\n\ndata: plain')).toEqual([
    { name: 'snapshot', data: '{"id":1}' },
    { name: 'error', data: 'a\nb' },
  ]);
  expect(parser.push('\n\n')).toEqual([{ name: 'message', data: 'plain' }]);
});
