// The cloud printer's HTTP API on the wire (Feie-style: one signed form POST per call), as the adapter speaks it.
// The local cloud keeps its own copy (emulator/src/printer/printer-wire.ts); test/staff/kitchen-ticket.test.ts checks they agree.

/** The API's path under its base URL; the sandbox serves it at `/printer` + this. */
export const PRINTER_API_PATH = '/Api/Open/';
/** Where the local cloud mounts its sandbox printer. */
export const SANDBOX_PRINTER_PREFIX = '/printer';
/** The variable holding the sandbox printer's base URL inside a local cloud function. */
export const SANDBOX_PRINTER_URL_VARIABLE = 'LOCAL_PRINTER_URL';
/** The sandbox account: its user and key are public, since the sandbox prints on paper nobody reads. */
export const SANDBOX_PRINTER_ACCOUNT = { user: 'sandbox@diandan.local', ukey: 'sandbox-ukey' } as const;

/** The print call's form fields: account, time in seconds, signature, the printer and the ticket text. */
export interface PrintMessageForm {
  user: string;
  /** Unix seconds as text. */
  stime: string;
  /** sha1 hex of user + ukey + stime. */
  sig: string;
  apiname: 'Open_printMsg';
  sn: string;
  /** Ticket lines joined with `<BR>`. */
  content: string;
  /** Copies, as text. */
  times: string;
}

/** The API's answer: ret 0 and the print job id in `data`, or a non-zero ret and why. */
export interface PrintMessageReply {
  ret: number;
  msg: string;
  data?: string;
}

/** The line break the API's content uses. */
export const PRINTER_LINE_BREAK = '<BR>';
