// staff.figures: a store's sales, orders, average, refunds, top items and orders by hour for today or the
// week, China time, for its owner and managers. Three reads (membership, two aggregations) and one audit entry.
import type { StaffFiguresInput, StaffFiguresOutput } from '../../../typings/contracts/staff-figures';
import { CHINA_OFFSET_MS, periodBounds } from '../../domain/figures-period';
import { appendAudit } from '../../repositories/audit-repository';
import { figuresByHour, topProducts } from '../../repositories/figures-repository';
import { findStaffMembership } from '../../repositories/staff-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';

/** Roles that see the money of their store. */
const FIGURES_ROLES = ['owner', 'manager'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Products listed in the top items. */
export const TOP_ITEMS = 5;

/** The figures of `input.storeId` for `input.period` as of `nowMs`; FORBIDDEN (logged) for anyone else. */
export async function storeFigures(
  input: StaffFiguresInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffFiguresOutput> {
  const member = await findStaffMembership(input.storeId, caller.openid);
  const isAllowed = member?.isActive === true && FIGURES_ROLES.includes(member.role);
  await appendAudit(
    {
      storeId: input.storeId,
      actorOpenid: caller.openid,
      actorRole: member?.role ?? 'none',
      action: isAllowed ? 'staff.figures' : 'staff.figures.denied',
      targetCollection: 'orders',
      targetId: input.storeId,
      before: null,
      after: { period: input.period },
      source: caller.source,
    },
    nowMs,
  );
  if (!isAllowed) throw new AppError('FORBIDDEN', 'Only the store’s owner and managers see its figures.');
  const { fromMs, toMs } = periodBounds(input.period, nowMs);
  const [hours, top] = await Promise.all([
    figuresByHour(input.storeId, fromMs, toMs),
    topProducts(input.storeId, fromMs, toMs, TOP_ITEMS),
  ]);
  const ordersByHour = Array.from({ length: 24 }, () => 0);
  const salesByDay = periodDates(fromMs, toMs).map((date) => ({ date, salesFen: 0, orderCount: 0 }));
  let salesFen = 0;
  let refundsFen = 0;
  for (const row of hours) {
    ordersByHour[row._id.hour] = (ordersByHour[row._id.hour] ?? 0) + row.orders;
    const day = salesByDay.find((candidate) => candidate.date === row._id.day);
    if (day) {
      day.salesFen += row.salesFen;
      day.orderCount += row.orders;
    }
    salesFen += row.salesFen;
    refundsFen += row.refundsFen;
  }
  const orderCount = ordersByHour.reduce((sum, count) => sum + count, 0);
  return {
    period: input.period,
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    salesFen,
    orderCount,
    averageOrderFen: orderCount === 0 ? 0 : Math.round(salesFen / orderCount),
    refundsFen,
    topItems: top.map((item) => ({
      productId: item._id,
      name: item.name,
      nameEn: item.nameEn,
      units: item.units,
    })),
    ordersByHour,
    salesByDay,
  };
}

/** The China dates (`YYYY-MM-DD`) from the China midnight `fromMs` up to `toMs`, oldest first. */
function periodDates(fromMs: number, toMs: number): string[] {
  const dates: string[] = [];
  for (let dayMs = fromMs; dayMs < toMs; dayMs += DAY_MS)
    dates.push(new Date(dayMs + CHINA_OFFSET_MS).toISOString().slice(0, 10));
  return dates;
}
