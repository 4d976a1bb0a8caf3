import { multipartBoundary, parseMultipart } from '../../src/http/multipart';
import { requireFromSdkTree } from '../../src/sdk-modules';

// Bodies written by `form-data`, the encoder under the SDK's multipart requests (wx.wxPayApi, wx.openApi).

interface FormDataBody {
  append(name: string, value: string | Buffer, options?: { filename?: string; contentType?: string }): void;
  getBoundary(): string;
  getHeaders(): Record<string, string>;
  getBuffer(): Buffer;
}
const FormData = requireFromSdkTree<new () => FormDataBody>('form-data', 'wx-server-sdk');

/** Bytes a UTF-8 decoder would ruin: invalid sequences, NUL, CR LF, and something like a delimiter. */
const PROTOBUF_LIKE = Buffer.concat([
  Buffer.from([0x0a, 0x05, 0xff, 0xfe, 0x80, 0xc3, 0x28, 0x00, 0x0d, 0x0a]),
  Buffer.from('--not-the-boundary\r\n\r\n'),
  Buffer.from([0xe2, 0x82]),
]);

test('every part comes back with its exact bytes, name, filename and type', () => {
  const form = new FormData();
  form.append('action', 'wx.openApi');
  form.append('requestData', PROTOBUF_LIKE);
  form.append('note', '点单 ☕');
  form.append('file', PROTOBUF_LIKE, { filename: 'menu.bin', contentType: 'application/octet-stream' });
  const boundary = multipartBoundary(form.getHeaders()['content-type']);
  expect(boundary).toBe(form.getBoundary());

  const parts = parseMultipart(form.getBuffer(), boundary ?? '');
  expect(parts.map((part) => part.name)).toEqual(['action', 'requestData', 'note', 'file']);
  expect(parts[0]?.data.toString('utf8')).toBe('wx.openApi');
  expect(parts[1]?.data.equals(PROTOBUF_LIKE)).toBe(true);
  expect(parts[2]?.data.toString('utf8')).toBe('点单 ☕');
  expect(parts[3]).toMatchObject({ filename: 'menu.bin', contentType: 'application/octet-stream' });
  expect(parts[3]?.data.equals(PROTOBUF_LIKE)).toBe(true);
});

test('the boundary is read from a quoted or plain parameter, and only for form data', () => {
  expect(multipartBoundary('multipart/form-data; boundary="a b;c"')).toBe('a b;c');
  expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; boundary=xyz')).toBe('xyz');
  expect(multipartBoundary('application/json')).toBeUndefined();
  expect(multipartBoundary(undefined)).toBeUndefined();
});

test('a part cut off before its delimiter is not a part', () => {
  const form = new FormData();
  form.append('action', 'wx.wxPayApi');
  form.append('requestData', PROTOBUF_LIKE);
  const body = form.getBuffer();
  const cut = body.subarray(0, body.length - 30);
  expect(parseMultipart(cut, form.getBoundary()).map((part) => part.name)).toEqual(['action']);
});
