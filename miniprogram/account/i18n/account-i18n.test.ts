import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, TABLES } from '../../i18n';
import { ACCOUNT_TABLES, accountTexts, accountTranslate, at } from './index';
import { accountZh } from './account.zh-cn';

// The account subpackage's tables: the same keys and placeholders in every language, apart from the main tables.
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

test.each(LOCALES)(
  '%s has exactly the zh-CN keys with the same placeholders, none in the main tables',
  (locale) => {
    const keys = Object.keys(accountZh).sort();
    const table: Readonly<Record<string, string>> = ACCOUNT_TABLES[locale];
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys) {
      expect([key, (table[key] ?? '').trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(table[key] ?? '')]).toEqual([
        key,
        placeholders(accountZh[key as keyof typeof accountZh]),
      ]);
      expect(key in TABLES[locale]).toBe(false);
    }
  },
);

test('speaks the current language and fills placeholders', () => {
  expect(at('stores.metres', { count: 350 })).toBe('350 米');
  expect(accountTranslate('en', 'me.addresses.full', { count: 10 })).toBe('At most 10 addresses');
  expect(accountTexts({ save: 'me.address.save' })).toEqual({ save: '保存' });
});

test('every key the account pages name is in the account tables', () => {
  const pages = path.join(__dirname, '..', 'pages');
  const used = new Set<string>();
  for (const name of fs.readdirSync(pages, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const source = fs.readFileSync(path.join(pages, name), 'utf8');
    for (const match of source.matchAll(/\bat\(\s*(?:[\w.]+ \? )?'([\w.]+)'/g)) used.add(match[1] ?? '');
  }
  expect(used.size).toBeGreaterThan(10);
  expect([...used].filter((key) => !(key in accountZh))).toEqual([]);
});
