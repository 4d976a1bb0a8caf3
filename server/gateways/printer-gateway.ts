// The printer seam: a store's kitchen printer takes a ticket and answers a job id, or a failure to record and
// retry. Which printer a store has is its `printer` config; account secrets are read from the environment.
import type { StorePrinterConfig } from '../domain/printer-config';
import { SANDBOX_PRINTER_ACCOUNT, SANDBOX_PRINTER_URL_VARIABLE } from './printer-wire';
import { FEIE_API_URL, feiePrinter } from './feie-printer';

/** A ticket as the printer takes it: its lines and how many copies. */
export interface PrintTicket {
  lines: readonly string[];
  copies: number;
}

/**
 * A print that was taken (its job id), or why it was not; `retryable` false when retrying cannot help until
 * the store's printer config or the environment changes (no account variables, no sandbox printer here).
 */
export type PrintOutcome = { ok: true; jobId: string } | { ok: false; reason: string; retryable: boolean };

/** A kitchen printer. `print` never throws: every failure is an outcome. */
export interface PrinterGateway {
  print(ticket: PrintTicket): Promise<PrintOutcome>;
}

/** The store's printer: the local cloud's sandbox, or a Feie-style cloud printer with its account from env. */
export function printerGatewayFor(config: StorePrinterConfig): PrinterGateway {
  if (config.provider === 'sandbox') {
    const apiUrl = process.env[SANDBOX_PRINTER_URL_VARIABLE];
    if (!apiUrl) return unavailable('no sandbox printer in this environment');
    return feiePrinter({ apiUrl, ...SANDBOX_PRINTER_ACCOUNT, serial: config.serial });
  }
  const user = process.env[config.userVariable];
  const ukey = process.env[config.keyVariable];
  if (!user || !ukey)
    return unavailable(`printer account variables ${config.userVariable}/${config.keyVariable} unset`);
  return feiePrinter({ apiUrl: FEIE_API_URL, user, ukey, serial: config.serial });
}

function unavailable(reason: string): PrinterGateway {
  return { print: () => Promise.resolve({ ok: false, reason, retryable: false }) };
}
