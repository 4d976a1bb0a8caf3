import fs from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from '../../typings/result';
import { errorKey, errorText } from '../utils/error-text';
import { en } from './en';
import {
  bilingual,
  chinaHhmm,
  chinaTime,
  getLocale,
  LOCALES,
  money,
  setLocale,
  t,
  TABLES,
  texts,
  translate,
  type TextKey,
  type TextTable,
} from './index';
import { zhCN } from './zh-cn';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const textsOf = (entry: TextTable[TextKey]): string[] =>
  typeof entry === 'string' ? [entry] : [entry.one, entry.other];

afterEach(() => setLocale('zh-CN'));

describe('the tables', () => {
  const keys = Object.keys(zhCN).sort();

  test.each(LOCALES)('%s has exactly the zh-CN keys, each a non-empty text', (locale) => {
    const table = TABLES[locale];
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys as TextKey[]) {
      for (const text of textsOf(table[key])) expect(text.trim()).not.toBe('');
    }
  });

  test.each(LOCALES)('%s uses the same placeholders as zh-CN, and plurals where zh-CN has them', (locale) => {
    for (const key of keys as TextKey[]) {
      const zh = TABLES['zh-CN'][key];
      const other = TABLES[locale][key];
      expect([key, typeof other]).toEqual([key, typeof zh]);
      const zhNames = placeholders(textsOf(zh).join(' '));
      for (const text of textsOf(other)) {
        expect([key, [...new Set(placeholders(text))]]).toEqual([key, [...new Set(zhNames)]]);
      }
    }
  });

  test('a table missing a key is a type error', () => {
    const { 'app.name': dropped, ...rest } = en;
    // @ts-expect-error every language must fill every key
    const missing: TextTable = rest;
    expect(Object.keys(missing)).not.toContain('app.name');
    expect(dropped).toBe('Diandan');
  });

  test('every error code has words in every language', () => {
    const codes: Record<ErrorCode, true> = {
      INVALID_INPUT: true,
      UNKNOWN_ACTION: true,
      UNAUTHENTICATED: true,
      FORBIDDEN: true,
      NOT_FOUND: true,
      OUT_OF_STOCK: true,
      PRICE_CHANGED: true,
      STORE_CLOSED: true,
      CHECKOUT_BLOCKED: true,
      PAYMENT_UNAVAILABLE: true,
      ORDER_STATE_CONFLICT: true,
      PAYMENT_FAILED: true,
      PAYMENT_CANCELLED: true,
      NETWORK: true,
      BUSY: true,
      INTERNAL: true,
      STORE_BUSY: true,
    };
    for (const code of Object.keys(codes) as ErrorCode[]) {
      for (const locale of LOCALES) expect(TABLES[locale][errorKey(code)]).toEqual(expect.any(String));
    }
    expect(errorText('NOT_FOUND')).toBe('没有找到相关内容 · Not found');
  });

  test('every key the mini program names in its code is in the tables', () => {
    const root = path.join(__dirname, '..');
    const used = new Set<string>();
    const call = /\b(?:t|bilingual|labelPair|translate\(\s*[\w.']+\s*,)\s*\(?\s*'([\w.]+)'/g;
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'miniprogram_npm' ? [] : walk(full);
        return /\.(ts|wxml)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
      });
    for (const file of walk(root)) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(call)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((key) => !(key in zhCN))).toEqual([]);
  });
});

describe('t', () => {
  test('speaks zh-CN by default and English once switched', () => {
    expect(getLocale()).toBe('zh-CN');
    expect(t('cart.checkout')).toBe('去结算');
    setLocale('en');
    expect(t('cart.checkout')).toBe('Check out');
  });

  test('fills placeholders', () => {
    expect(t('order.pickupNumber', { number: 'A012' })).toBe('取餐号 A012');
    expect(translate('en', 'cart.total', { amount: money(1250) })).toBe('Total ¥12.50');
  });

  test('plurals: one item, two items, zero items; zh-CN has one form', () => {
    expect(translate('en', 'cart.itemCount', { count: 1 })).toBe('1 item');
    expect(translate('en', 'cart.itemCount', { count: 2 })).toBe('2 items');
    expect(translate('en', 'cart.itemCount', { count: 0 })).toBe('0 items');
    expect(translate('zh-CN', 'cart.itemCount', { count: 1 })).toBe('1 件');
    expect(translate('zh-CN', 'cart.itemCount', { count: 3 })).toBe('3 件');
  });

  test("a page's static texts in one object, in the current language or the one given", () => {
    const keys = { retry: 'common.retry', open: 'store.open' } as const;
    expect(texts(keys)).toEqual({ retry: '重试', open: '营业中' });
    setLocale('en');
    expect(texts(keys)).toEqual({ retry: 'Retry', open: 'Open' });
    expect(texts(keys, 'zh-CN').retry).toBe('重试');
    // @ts-expect-error a text with placeholders needs its params, so it cannot be a static text
    expect(() => texts({ total: 'cart.total' })).toThrow('text needs {amount}');
  });

  test('both languages side by side, zh-CN first', () => {
    expect(bilingual('store.open')).toBe('营业中 · Open');
  });
});

describe('money from fen', () => {
  test.each([
    [1250, '¥12.50'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100, '¥1.00'],
    [123456789, '¥1234567.89'],
    [-300, '-¥3.00'],
  ])('%i fen is %s', (fen, text) => expect(money(fen)).toBe(text));

  test('a fraction of a fen is a bug, not a price', () => {
    expect(() => money(12.5)).toThrow(RangeError);
    expect(() => money(Number.NaN)).toThrow(RangeError);
  });
});

describe('China time', () => {
  // 2026-12-02 10:00 in China is 02:00 UTC.
  const now = Date.parse('2026-12-02T02:00:00Z');

  test('HH:mm on the China clock whatever the device zone', () => {
    expect(chinaHhmm('2026-12-02T06:05:00Z')).toBe('14:05');
    expect(chinaHhmm('2026-12-01T16:00:00Z')).toBe('00:00');
  });

  test('today, tomorrow and yesterday by the China calendar day', () => {
    expect(chinaTime('2026-12-02T06:30:00Z', now, 'zh-CN')).toBe('今天 14:30');
    expect(chinaTime('2026-12-02T15:59:00Z', now, 'en')).toBe('Today 23:59');
    // 00:30 UTC on the 3rd is 08:30 on the 3rd in China: tomorrow.
    expect(chinaTime('2026-12-03T00:30:00Z', now, 'en')).toBe('Tomorrow 08:30');
    // 16:00 UTC on the 2nd is already 00:00 on the 3rd in China.
    expect(chinaTime('2026-12-02T16:00:00Z', now, 'zh-CN')).toBe('明天 00:00');
    expect(chinaTime('2026-12-01T03:00:00Z', now, 'en')).toBe('Yesterday 11:00');
  });

  test('further days show the date', () => {
    expect(chinaTime('2026-12-05T01:00:00Z', now, 'zh-CN')).toBe('12月5日 09:00');
    expect(chinaTime('2027-01-01T01:00:00Z', now, 'en')).toBe('Jan 1, 09:00');
  });

  test('uses the current language unless told', () => {
    setLocale('en');
    expect(chinaTime(now, now)).toBe('Today 10:00');
  });

  test('a time that is not one is refused', () => {
    expect(() => chinaTime('soon', now)).toThrow(RangeError);
  });
});
