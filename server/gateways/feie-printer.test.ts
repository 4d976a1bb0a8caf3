import { createHash } from 'node:crypto';
import { feieSignature, signedPrintForm } from './feie-printer';

test('the signature is sha1 hex of user + ukey + stime', () => {
  expect(feieSignature('shop@example.com', 'KEY123', '1700000000')).toBe(
    createHash('sha1').update('shop@example.comKEY1231700000000').digest('hex'),
  );
  // The FIPS 180 test vector: sha1("abc").
  expect(feieSignature('a', 'b', 'c')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
});

test('the signed form: seconds, signature of those seconds, the printer, lines joined with <BR>, copies', () => {
  const form = signedPrintForm(
    { apiUrl: 'https://printer.example', user: 'u', ukey: 'k', serial: 'SN1' },
    { lines: ['一', 'two'], copies: 2 },
    1_700_000_000_999,
  );
  expect(form).toEqual({
    user: 'u',
    stime: '1700000000',
    sig: createHash('sha1').update('uk1700000000').digest('hex'),
    apiname: 'Open_printMsg',
    sn: 'SN1',
    content: '一<BR>two',
    times: '2',
  });
});
