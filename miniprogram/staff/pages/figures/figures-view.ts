// The figures page's view: the period's big numbers as text, orders by hour and sales by day as bars whose
// heights are percentages of the tallest, and the top items in the current language. Pure: data in, view out.
import type { StaffFiguresOutput } from '../../../../typings/contracts/staff-figures';
import { formatFen, getLocale } from '../../../i18n';
import { st } from '../../i18n';

/** One bar: its height (% of the tallest, at least a sliver when not zero), its value and an axis label. */
export interface Bar {
  key: string;
  heightPct: number;
  value: string;
  /** Shown under the bar ('' for unlabeled ones). */
  label: string;
  isZero: boolean;
}

export interface FiguresView {
  /** The period these figures are of (the toggle may already show the next). */
  period: StaffFiguresOutput['period'];
  sales: string;
  orders: string;
  average: string;
  refunds: string;
  hasRefunds: boolean;
  isEmpty: boolean;
  hourBars: Bar[];
  dayBars: Bar[];
  topItems: Array<{ key: string; rank: number; name: string; units: string; widthPct: number }>;
}

/** The smallest height a non-zero bar is drawn with, so one order still shows. */
const MIN_BAR_PCT = 4;
/** The hours the chart always spans (a café's day); earlier or later ones join when they have orders. */
const FIRST_HOUR = 8;
const LAST_HOUR = 21;
/** Every how many hours the axis is labelled. */
const LABEL_EVERY_HOURS = 3;
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function heights(values: readonly number[]): number[] {
  const tallest = Math.max(0, ...values);
  return values.map((value) =>
    value <= 0 || tallest === 0 ? 0 : Math.max(MIN_BAR_PCT, Math.round((value / tallest) * 100)),
  );
}

/** Money without the fen when it is whole yuan, for the short values above the bars: `¥128`, `¥12.50`. */
function shortFen(fen: number): string {
  return fen % 100 === 0 ? `¥${fen / 100}` : formatFen(fen);
}

/** A China date `YYYY-MM-DD` as the day's short label: `周一 5` / `Mon 5`. */
function dayLabel(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const day = Number(date.slice(8, 10));
  return getLocale() === 'en' ? `${WEEKDAYS_EN[weekday]} ${day}` : `周${WEEKDAYS_ZH[weekday]} ${day}`;
}

/** The hours the chart shows: FIRST_HOUR–LAST_HOUR, widened to any hour with orders. */
function shownHours(ordersByHour: readonly number[]): number[] {
  const busy = ordersByHour.flatMap((count, hour) => (count > 0 ? [hour] : []));
  const first = Math.min(FIRST_HOUR, ...busy);
  const last = Math.max(LAST_HOUR, ...busy);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The page's view of `figures`. */
export function figuresView(figures: StaffFiguresOutput): FiguresView {
  const en = getLocale() === 'en';
  const hourHeights = heights(figures.ordersByHour);
  const dayHeights = heights(figures.salesByDay.map((day) => day.salesFen));
  const mostUnits = Math.max(1, ...figures.topItems.map((item) => item.units));
  return {
    period: figures.period,
    sales: formatFen(figures.salesFen),
    orders: String(figures.orderCount),
    average: formatFen(figures.averageOrderFen),
    refunds: formatFen(figures.refundsFen),
    hasRefunds: figures.refundsFen > 0,
    isEmpty: figures.orderCount === 0,
    hourBars: shownHours(figures.ordersByHour).map((hour) => {
      const count = figures.ordersByHour[hour] ?? 0;
      return {
        key: `h${hour}`,
        heightPct: hourHeights[hour] ?? 0,
        value: count > 0 ? String(count) : '',
        label: hour % LABEL_EVERY_HOURS === 0 ? String(hour) : '',
        isZero: count === 0,
      };
    }),
    dayBars: figures.salesByDay.map((day, index) => ({
      key: day.date,
      heightPct: dayHeights[index] ?? 0,
      value: day.salesFen > 0 ? shortFen(day.salesFen) : '',
      label: dayLabel(day.date),
      isZero: day.salesFen === 0,
    })),
    topItems: figures.topItems.map((item, index) => ({
      key: item.productId,
      rank: index + 1,
      name: en ? item.nameEn || item.name : item.name,
      units: st('staff.figures.units', { count: item.units }),
      widthPct: Math.round((item.units / mostUnits) * 100),
    })),
  };
}
