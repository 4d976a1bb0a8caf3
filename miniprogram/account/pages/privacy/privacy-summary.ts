// What the privacy page shows of an export and of an erase: counts and a few lines, in the current language.
import type { PrivacyEraseOutput, PrivacyExportOutput } from '../../../../typings/contracts/privacy';
import { chinaTime, getLocale, money, t } from '../../../i18n';
import { at } from '../../i18n';

/** How many lines of orders and addresses the page lists (the copied JSON holds them all). */
const SHOWN_LINES = 5;

export interface ExportSummary {
  counts: string;
  exportedAt: string;
  orders: string[];
  addresses: string[];
}

/** One line per order and per address, and the counts of every kind. */
export function exportSummary(data: PrivacyExportOutput, now: number): ExportSummary {
  const english = getLocale() === 'en';
  return {
    counts: at('me.privacyPage.exportSummary', {
      orders: data.orders.length,
      carts: data.carts.length,
      addresses: data.addresses.length,
      consents: data.consents.length,
      members: data.members.length,
      coupons: data.coupons.length,
      invoices: data.invoices.length,
    }),
    exportedAt: at('me.privacyPage.exportedAt', { time: chinaTime(data.exportedAt, now) }),
    orders: data.orders.slice(0, SHOWN_LINES).map((order) => {
      const store = english ? order.storeNameEn : order.storeName;
      return `${chinaTime(order.createdAt, now)} · ${store} · ${money(order.totalFen)} · ${t(`order.status.${order.status}`)}`;
    }),
    addresses: data.addresses
      .slice(0, SHOWN_LINES)
      .map((address) =>
        address.opened
          ? `${address.userName} ${address.telNumber} · ${address.provinceName}${address.cityName}${address.countyName}${address.detailInfo}`
          : `${address.contactNameMasked} ${address.phoneMasked} · ${address.region} ${address.detailMasked}`,
      ),
  };
}

/** What an erase did, in one or two lines. */
export function eraseSummary(done: PrivacyEraseOutput, now: number): string[] {
  const removed = Object.values(done.removed).reduce((sum, count) => sum + count, 0);
  const lines = [
    at('me.privacyPage.eraseSummary', {
      removed,
      anonymised: done.anonymisedOrders,
      cancelled: done.cancelledOrders,
    }),
  ];
  if (done.keptUntil) lines.push(at('me.privacyPage.keptUntil', { time: chinaTime(done.keptUntil, now) }));
  if (removed === 0 && done.anonymisedOrders === 0) lines.push(at('me.privacyPage.nothingLeft'));
  return lines;
}
