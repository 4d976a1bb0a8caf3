// The sandbox cloud printer: the Feie-style print call checked as the real API checks it (account, signature,
// printer), each ticket kept as text in memory and, with a data dir, as a file; tests can fail the next N prints.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock';
import type { LocalCloudServer, RouteResponse } from '../http/server';
import {
  PRINTER_API_PATH,
  PRINTER_LINE_BREAK,
  SANDBOX_PRINTER_ACCOUNT,
  SANDBOX_PRINTER_PREFIX,
  type PrintMessageReply,
} from './printer-wire';
import { PREVIEW_PRINTER_PATH, type PreviewTicketsAnswer } from './printer-preview-wire';

/** One printed ticket: its job id, printer, copies, text (lines joined with \n) and when it printed. */
export interface PrintedTicket {
  jobId: string;
  serial: string;
  copies: number;
  text: string;
  printedAtMs: number;
  /** The ticket's file under the data dir, when there is one. */
  file?: string;
}

export interface PrinterSandboxOptions {
  clock: Clock;
  /** Folder for ticket files; null keeps them in memory only. */
  root: string | null;
}

/** The sandbox printer's state and controls. */
export class PrinterSandbox {
  private readonly printed: PrintedTicket[] = [];
  private failuresLeft = 0;
  private jobCounter = 0;

  constructor(private readonly options: PrinterSandboxOptions) {}

  /** Every ticket printed so far, oldest first (optionally of one printer). */
  tickets(serial?: string): PrintedTicket[] {
    return this.printed.filter((ticket) => serial === undefined || ticket.serial === serial);
  }

  /** The next `count` print calls are answered as a printer offline (ret 1002). */
  failNext(count: number): void {
    this.failuresLeft = count;
  }

  registerRoutes(server: LocalCloudServer): void {
    server.route('POST', SANDBOX_PRINTER_PREFIX + PRINTER_API_PATH, (request) =>
      this.handle(new URLSearchParams(request.body.toString('utf8'))),
    );
    server.route('GET', PREVIEW_PRINTER_PATH, ({ url }) => ({
      status: 200,
      json: this.ticketsAfter(Number(url.searchParams.get('after')) || 0),
    }));
  }

  /** What the preview's printer panel shows: the tickets after the first `after`. */
  ticketsAfter(after: number): PreviewTicketsAnswer {
    const tickets = this.printed
      .slice(Math.max(0, after))
      .map(({ jobId, serial, text, printedAtMs }) => ({ jobId, serial, text, printedAtMs }));
    return { total: this.printed.length, tickets };
  }

  private handle(form: URLSearchParams): RouteResponse {
    const field = (name: string) => form.get(name) ?? '';
    const reply = (body: PrintMessageReply): RouteResponse => ({ status: 200, json: body });
    if (field('apiname') !== 'Open_printMsg') return reply({ ret: 1001, msg: 'unknown apiname' });
    const expected = createHash('sha1')
      .update(field('user') + SANDBOX_PRINTER_ACCOUNT.ukey + field('stime'))
      .digest('hex');
    if (field('user') !== SANDBOX_PRINTER_ACCOUNT.user || field('sig') !== expected) {
      return reply({ ret: -2, msg: 'signature or user wrong' });
    }
    if (field('sn') === '' || field('content') === '')
      return reply({ ret: -3, msg: 'sn and content required' });
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      return reply({ ret: 1002, msg: 'printer offline' });
    }
    return reply({
      ret: 0,
      msg: 'ok',
      data: this.keep(field('sn'), field('content'), Number(field('times')) || 1),
    });
  }

  private keep(serial: string, content: string, copies: number): string {
    const jobId = `${serial}_${Date.now().toString(36)}_${String(++this.jobCounter)}`;
    const text = content.split(PRINTER_LINE_BREAK).join('\n');
    const ticket: PrintedTicket = { jobId, serial, copies, text, printedAtMs: this.options.clock.now() };
    if (this.options.root) {
      const file = path.join(this.options.root, serial.replace(/[^A-Za-z0-9_-]/g, '_'), `${jobId}.txt`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text, 'utf8');
      ticket.file = file;
    }
    this.printed.push(ticket);
    return jobId;
  }
}
