// What the preview's printer panel reads from the sandbox printer: shared by the route and the browser side.

/** `GET /preview/printer?after=<n>`: the tickets printed after the first n. */
export const PREVIEW_PRINTER_PATH = '/preview/printer';

/** One ticket as the panel draws it: its job, printer, text (lines joined with \n) and when it printed (ms). */
export interface PreviewTicket {
  jobId: string;
  serial: string;
  text: string;
  printedAtMs: number;
}

/** The answer: how many tickets were printed in all, and those after `after`, oldest first. */
export interface PreviewTicketsAnswer {
  total: number;
  tickets: PreviewTicket[];
}
