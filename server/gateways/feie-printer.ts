// The adapter for a Feie-style cloud printer API: one form POST per ticket, signed with sha1(user + ukey + stime).
import { createHash } from 'node:crypto';
import {
  PRINTER_API_PATH,
  PRINTER_LINE_BREAK,
  type PrintMessageForm,
  type PrintMessageReply,
} from './printer-wire';
import type { PrinterGateway, PrintOutcome, PrintTicket } from './printer-gateway';

/** The public API's base URL. */
export const FEIE_API_URL = 'https://api.feieyun.cn';
/** How long one print call may take before it counts as failed (ms). */
const PRINT_TIMEOUT_MS = 5000;

/** One printer on one account. */
export interface FeieAccount {
  apiUrl: string;
  user: string;
  ukey: string;
  serial: string;
}

/** The API's signature: sha1 hex of user + ukey + stime (seconds as text). */
export function feieSignature(user: string, ukey: string, stime: string): string {
  return createHash('sha1')
    .update(user + ukey + stime)
    .digest('hex');
}

/** The signed form of one print call at `nowMs`. */
export function signedPrintForm(account: FeieAccount, ticket: PrintTicket, nowMs: number): PrintMessageForm {
  const stime = String(Math.floor(nowMs / 1000));
  return {
    user: account.user,
    stime,
    sig: feieSignature(account.user, account.ukey, stime),
    apiname: 'Open_printMsg',
    sn: account.serial,
    content: ticket.lines.join(PRINTER_LINE_BREAK),
    times: String(ticket.copies),
  };
}

/** A gateway posting to the account's API; a refusal, a bad answer or no answer is a failed outcome. */
export function feiePrinter(account: FeieAccount): PrinterGateway {
  return {
    async print(ticket: PrintTicket): Promise<PrintOutcome> {
      const form = signedPrintForm(account, ticket, Date.now());
      try {
        const response = await fetch(account.apiUrl.replace(/\/+$/, '') + PRINTER_API_PATH, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ ...form }).toString(),
          signal: AbortSignal.timeout(PRINT_TIMEOUT_MS),
        });
        const reply = (await response.json()) as PrintMessageReply;
        if (reply.ret === 0 && typeof reply.data === 'string') return { ok: true, jobId: reply.data };
        return { ok: false, reason: `ret ${String(reply.ret)}: ${reply.msg}`, retryable: true };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error), retryable: true };
      }
    },
  };
}
