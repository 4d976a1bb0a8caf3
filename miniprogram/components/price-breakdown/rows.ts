// The breakdown the server priced, as rows to draw: names in the current language, money formatted.
import type { PriceBreakdown, PricedLine } from '../../../typings/contracts/pricing';
import { getLocale, labelPair, money } from '../../i18n';

/** One priced line as drawn. */
export interface BreakdownLineRow {
  lineId: string;
  name: string;
  specText: string;
  quantity: number;
  total: string;
}

/** One label and amount row (fees, adjustments, the total). */
export interface BreakdownAmountRow {
  label: string;
  amount: string;
}

/** Everything the component draws. */
export interface BreakdownRows {
  lines: BreakdownLineRow[];
  amounts: BreakdownAmountRow[];
  total: BreakdownAmountRow;
}

/** A line's choices and add-ons in one text: `大杯 / 冰 / 少糖 / 加浓缩×2` (English names in English). */
export function choiceText(
  line: Pick<PricedLine, 'specText' | 'specTextEn' | 'addons'>,
  isEnglish: boolean,
): string {
  const addons = line.addons.map((addon) => {
    const name = isEnglish ? addon.nameEn : addon.name;
    return addon.quantity > 1 ? `${name}×${addon.quantity}` : name;
  });
  return [isEnglish ? line.specTextEn : line.specText, ...addons].filter((part) => part !== '').join(' / ');
}

/** Rows of `breakdown`: each line, items, the fees charged (zero fees left out), adjustments, the total. */
export function breakdownRows(breakdown: PriceBreakdown): BreakdownRows {
  const isEnglish = getLocale() === 'en';
  const lines = breakdown.lines.map((line) => ({
    lineId: line.lineId,
    name: isEnglish ? line.nameEn : line.name,
    specText: choiceText(line, isEnglish),
    quantity: line.quantity,
    total: money(line.lineTotalFen),
  }));
  const amounts: BreakdownAmountRow[] = [
    { label: labelPair('checkout.breakdown.items'), amount: money(breakdown.itemsFen) },
  ];
  if (breakdown.packagingFeeFen > 0)
    amounts.push({
      label: labelPair('checkout.breakdown.packaging'),
      amount: money(breakdown.packagingFeeFen),
    });
  if (breakdown.deliveryFeeFen > 0)
    amounts.push({
      label: labelPair('checkout.breakdown.delivery'),
      amount: money(breakdown.deliveryFeeFen),
    });
  for (const adjustment of breakdown.adjustments)
    amounts.push({
      label: isEnglish ? adjustment.labelEn : adjustment.label,
      amount: money(adjustment.amountFen),
    });
  const total = { label: labelPair('checkout.breakdown.total'), amount: money(breakdown.totalFen) };
  return { lines, amounts, total };
}
