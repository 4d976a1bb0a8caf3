/** Money in fen as the card draws it: 1250 → "¥12.50" (whole fen, two decimals). */
export function formatFen(amountFen: number): string {
  const fen = Math.max(0, Math.round(amountFen));
  return `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
