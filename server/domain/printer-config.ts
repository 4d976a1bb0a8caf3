// A store's kitchen printer as its `printer` field stores it (database/collections/stores.schema.json).
import type { TicketWidth } from './ticket/render-ticket';

/** What every printer config says: the printer's serial, paper width, copies and whether accepting prints. */
interface PrinterConfigBase {
  serial: string;
  width: TicketWidth;
  copies: number;
  /** Print the kitchen ticket when staff accept an order. */
  printOnAccept: boolean;
}

/**
 * `sandbox`: the local cloud's sandbox printer. `feie`: a Feie-style cloud printer whose account user and
 * key are read from the environment variables named here (never stored in the database or the repository).
 */
export type StorePrinterConfig =
  | (PrinterConfigBase & { provider: 'sandbox' })
  | (PrinterConfigBase & { provider: 'feie'; userVariable: string; keyVariable: string });
