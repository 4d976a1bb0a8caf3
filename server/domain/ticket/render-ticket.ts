// A kitchen ticket as plain text lines for a 58 mm (32 columns) or 80 mm (48 columns) receipt printer:
// store, pickup number, mode and table, time in China time, each line with its specs and add-ons, remark, total.
import type { OrderMode } from '../../../typings/contracts/order';
import type { PricedLine } from '../../../typings/contracts/pricing';
import { chinaMinuteText } from '../china-time';
import { centreInWidth, spreadToWidth, textWidth, wrapToWidth } from './text-width';

/** Paper widths in columns (a CJK character takes two). */
export type TicketWidth = 32 | 48;

/** What a ticket shows of an order. */
export interface TicketOrder {
  _id: string;
  storeName: string;
  mode: OrderMode;
  pickupNumber?: string;
  tableName?: string;
  lines: readonly PricedLine[];
  remark?: string;
  totalFen: number;
  /** When it was accepted (or paid), epoch ms. */
  atMs: number;
}

const MODE_LABELS: Readonly<Record<OrderMode, string>> = {
  dine_in: '堂食 Dine-in',
  pickup: '自取 Pickup',
  delivery: '外送 Delivery',
};

/** Fen as `12.50`. */
function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** One order line: name and quantity and amount on the first row(s), specs and add-ons indented below. */
function lineRows(line: PricedLine, width: number): string[] {
  const amount = `x${String(line.quantity)} ${yuan(line.lineTotalFen)}`;
  const [first = '', ...rest] = wrapToWidth(line.name, width - textWidth(amount) - 1);
  const rows = [spreadToWidth(first, amount, width), ...rest];
  const details = [
    line.specText,
    ...line.addons.map((addon) => `+${addon.name}${addon.quantity > 1 ? ` x${String(addon.quantity)}` : ''}`),
  ].filter((detail) => detail !== '');
  for (const detail of details) rows.push(...wrapToWidth(detail, width - 2).map((piece) => `  ${piece}`));
  return rows;
}

/** The ticket's lines; none is wider than `width` columns. */
export function renderTicket(order: TicketOrder, width: TicketWidth): string[] {
  const rule = '-'.repeat(width);
  const where = order.tableName ? `${MODE_LABELS[order.mode]} ${order.tableName}` : MODE_LABELS[order.mode];
  const rows = [
    ...wrapToWidth(order.storeName, width).map((piece) => centreInWidth(piece, width)),
    centreInWidth(`#${order.pickupNumber ?? order._id.slice(-4)}`, width),
    ...wrapToWidth(where, width),
    chinaMinuteText(order.atMs),
    rule,
    ...order.lines.flatMap((line) => lineRows(line, width)),
    rule,
  ];
  if (order.remark) rows.push(...wrapToWidth(`备注 Remark: ${order.remark}`, width), rule);
  rows.push(spreadToWidth('合计 Total', yuan(order.totalFen), width));
  return rows;
}
