// Contract of `staff.figures`: one store's sales figures for today or the last 7 days, in China time.

/** `today`: the China-time calendar day; `week`: the last 7 China-time days, today included. */
export type FiguresPeriod = 'today' | 'week';

/** Which store and which period. */
export interface StaffFiguresInput {
  storeId: string;
  period: FiguresPeriod;
}

/** One of the most sold products, by units. */
export interface TopItemFigure {
  productId: string;
  name: string;
  nameEn: string;
  units: number;
}

/** The period's figures; money in integer fen. */
export interface StaffFiguresOutput {
  period: FiguresPeriod;
  /** ISO times: the period's start (China midnight) and its end (exclusive). */
  from: string;
  to: string;
  /** Paid amount of the orders paid in the period (refunded ones included). */
  salesFen: number;
  orderCount: number;
  /** salesFen / orderCount rounded to whole fen; 0 without orders. */
  averageOrderFen: number;
  /** Refunded amount of those orders (refunds settled so far). */
  refundsFen: number;
  /** Most units first, at most 5. */
  topItems: TopItemFigure[];
  /** Paid orders per China-time hour of payment, index 0–23. */
  ordersByHour: number[];
  /** Each China day of the period, oldest first (1 for today, 7 for the week), with zeros where nothing sold. */
  salesByDay: DayFigure[];
}

/** One China day of the period. */
export interface DayFigure {
  /** `YYYY-MM-DD`, China time. */
  date: string;
  salesFen: number;
  orderCount: number;
}
