// The sandbox cloud printer: what the local cloud and tests use from `printer/`.
export { PrinterSandbox, type PrintedTicket, type PrinterSandboxOptions } from './printer-sandbox';
export * from './printer-wire';
export * from './printer-preview-wire';
