// The sandbox printer over HTTP: a correctly signed print is kept in memory and as a file under its root;
// a wrong signature is refused; the fail switch answers the next N prints as offline.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestClock } from '../../src/clock';
import { Dispatcher } from '../../src/http/dispatcher';
import { LocalCloudServer } from '../../src/http/server';
import {
  PRINTER_API_PATH,
  PrinterSandbox,
  SANDBOX_PRINTER_ACCOUNT,
  SANDBOX_PRINTER_PREFIX,
  type PrintMessageReply,
} from '../../src/printer';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'printer-sandbox-'));
const printer = new PrinterSandbox({ clock: new TestClock(Date.UTC(2026, 11, 2)), root });
const server = new LocalCloudServer(new Dispatcher());
let url = '';
beforeAll(async () => {
  printer.registerRoutes(server);
  url = `http://127.0.0.1:${String(await server.listen(0))}${SANDBOX_PRINTER_PREFIX}${PRINTER_API_PATH}`;
});
afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function print(
  content: string,
  ukey: string = SANDBOX_PRINTER_ACCOUNT.ukey,
): Promise<PrintMessageReply> {
  const { user } = SANDBOX_PRINTER_ACCOUNT;
  const stime = '1764633600';
  const sig = createHash('sha1')
    .update(user + ukey + stime)
    .digest('hex');
  const body = new URLSearchParams({
    user,
    stime,
    sig,
    apiname: 'Open_printMsg',
    sn: 'SN-1',
    content,
    times: '1',
  });
  const response = await fetch(url, { method: 'POST', body });
  return (await response.json()) as PrintMessageReply;
}

test('a signed print is kept as text, in memory and as a file', async () => {
  const reply = await print('点单<BR>#A001');
  expect(reply).toMatchObject({ ret: 0, data: expect.any(String) });
  const [ticket] = printer.tickets('SN-1');
  expect(ticket).toMatchObject({ jobId: reply.data, text: '点单\n#A001', copies: 1 });
  expect(fs.readFileSync(ticket?.file ?? '', 'utf8')).toBe('点单\n#A001');
});

test('a wrong signature is refused and nothing prints', async () => {
  const count = printer.tickets().length;
  expect(await print('x', 'wrong-key')).toMatchObject({ ret: -2 });
  expect(printer.tickets()).toHaveLength(count);
});

test('failNext(2): two prints offline, the third prints', async () => {
  const count = printer.tickets().length;
  printer.failNext(2);
  expect(await print('a')).toMatchObject({ ret: 1002 });
  expect(await print('b')).toMatchObject({ ret: 1002 });
  expect(await print('c')).toMatchObject({ ret: 0 });
  expect(
    printer
      .tickets()
      .slice(count)
      .map((ticket) => ticket.text),
  ).toEqual(['c']);
});
