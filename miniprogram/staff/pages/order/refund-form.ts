// The staff order page's refund form: the lines chosen, the amount (yuan as typed), and the ask it makes.
// Pure: tested beside the page.
import type { BoardOrder } from '../../../../typings/contracts/staff-board';

/** What staff.refund is sent (besides order, request id and reason). */
export interface RefundAsk {
  amountFen?: number;
  lines?: Array<{ lineId: string; quantity: number }>;
}

/** Fen of the chosen lines, at most what is refundable. */
export function chosenValueFen(order: BoardOrder, chosen: readonly string[]): number {
  const fen = order.lines
    .filter((line) => chosen.includes(line.lineId))
    .reduce((sum, line) => sum + line.lineTotalFen, 0);
  return Math.min(fen, order.refundableFen);
}

/** Yuan as typed (`12`, `12.5`, `12.50`) in fen, or null when it is not an amount. */
export function yuanToFen(typed: string): number | null {
  const match = /^\s*(\d{1,6})(?:\.(\d{1,2}))?\s*$/.exec(typed);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * The ask: no lines and the whole refundable amount is "everything left"; lines go with their quantity; a typed
 * amount different from the default is sent as the amount. Null when the amount is not within 1..refundable.
 */
export function refundAsk(order: BoardOrder, chosen: readonly string[], typed: string): RefundAsk | null {
  const amountFen = yuanToFen(typed);
  if (amountFen === null || amountFen < 1 || amountFen > order.refundableFen) return null;
  const lines = order.lines
    .filter((line) => chosen.includes(line.lineId))
    .map((line) => ({ lineId: line.lineId, quantity: line.quantity }));
  const defaultFen = lines.length > 0 ? chosenValueFen(order, chosen) : order.refundableFen;
  return {
    ...(lines.length > 0 && { lines }),
    ...(amountFen !== defaultFen && { amountFen }),
  };
}

/** Yuan text of fen for the amount box (`12.50`). */
export function fenToYuanText(fen: number): string {
  return (fen / 100).toFixed(2);
}
